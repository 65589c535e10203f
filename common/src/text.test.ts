import { describe, expect, it } from 'vitest';
import { cleanStrings, cleanText } from './text.js';

describe('text at the edge', () => {
  it('refuses lone surrogates, NUL and other control characters, keeps tabs and line breaks', () => {
    expect(cleanText('ok\ud800ok')).toEqual({ problem: 'invalid_characters' });
    expect(cleanText('\udc00')).toEqual({ problem: 'invalid_characters' });
    expect(cleanText('a\u0000b')).toEqual({ problem: 'invalid_characters' });
    expect(cleanText('a\u001bb')).toEqual({ problem: 'invalid_characters' });
    expect(cleanText('第一行\n第二行\t备注\r\n')).toEqual({ text: '第一行\n第二行\t备注\r\n' });
    expect(cleanText('表情😀')).toEqual({ text: '表情😀' }); // a proper surrogate pair
  });

  it('normalises to NFC, so the same text is one string', () => {
    expect(cleanText('e\u0301')).toEqual({ text: '\u00e9' });
  });

  it('names every bad string of a nested body by its path', () => {
    const r = cleanStrings({ reason: 'ok\ud800', items: [{ note: 'x\u0000' }, { note: 'fine' }], n: 3 });
    expect(r.bad).toEqual(['reason', 'items.0.note']);
    expect(cleanStrings({ a: ['e\u0301'] }).value).toEqual({ a: ['\u00e9'] });
  });
});
