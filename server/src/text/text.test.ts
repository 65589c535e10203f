import { describe, expect, it } from 'vitest';
import { normalizeText, stripNumbering, toHalfWidth } from './normalize.js';
import { itemSimilarity } from './similarity.js';
import { contentTokens } from './tokens.js';

describe('normalisation', () => {
  it('folds full width, drops numbering, brackets and punctuation', () => {
    expect(toHalfWidth('ＡＢＣ１２３（）')).toBe('ABC123()');
    expect(stripNumbering('D3.公民身份号码')).toBe('公民身份号码');
    expect(stripNumbering('（一）居民会议')).toBe('居民会议');
    expect(stripNumbering('3、联系电话')).toBe('联系电话');
    expect(normalizeText('身份证号码（18位）')).toBe('身份证号码18位');
  });

  it('keeps content words only', () => {
    expect(contentTokens('请社区协助开展亲属关系证明工作')).toEqual(expect.arrayContaining(['亲属关系', '证明']));
    expect(contentTokens('请社区协助开展亲属关系证明工作')).not.toContain('社区');
  });
});

describe('item similarity', () => {
  const kinship = { name: '亲属关系证明', text: '由公安机关、民政部门出具' };
  it('recognises a request for a certificate on the negative list', () => {
    expect(itemSimilarity({ title: '请社区为居民开具亲属关系证明' }, kinship)).toBeGreaterThan(0.75);
  });
  it('sees a renamed request partly, and unrelated work not at all', () => {
    const renamed = itemSimilarity({ title: '开展居民家庭成员关系核实', description: '核实亲属关系' }, kinship);
    expect(renamed).toBeGreaterThan(0.4);
    expect(renamed).toBeLessThan(0.75);
    expect(itemSimilarity({ title: '垃圾分类入户宣传' }, kinship)).toBeLessThan(0.1);
  });
  it('does not let a shared generic word (证明) make two certificates the same', () => {
    expect(itemSimilarity({ title: '请社区为居民开具亲属关系证明' }, { name: '居住证明' })).toBeLessThan(0.45);
  });
});
