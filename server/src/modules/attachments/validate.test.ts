import { expect, it } from 'vitest';
import { acceptedType, cleanFilename } from './validate.js';

it('accepts documents whose bytes match their extension', () => {
  expect(acceptedType('通知.pdf', Buffer.from('%PDF-1.7 ...'))).toBe('application/pdf');
  expect(acceptedType('名单.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toContain('spreadsheetml');
  expect(acceptedType('说明.txt', Buffer.from('社区工作说明', 'utf8'))).toContain('text/plain');
});

it('refuses other types and disguised files', () => {
  expect(acceptedType('setup.exe', Buffer.from('MZ...'))).toBeNull();
  expect(acceptedType('通知.pdf', Buffer.from('MZ\u0000\u0001'))).toBeNull();
  expect(acceptedType('empty.pdf', Buffer.alloc(0))).toBeNull();
  expect(acceptedType('noext', Buffer.from('%PDF-'))).toBeNull();
});

it('keeps only the base name of an uploaded file', () => {
  expect(cleanFilename('C:\\Users\\a\\通知.pdf')).toBe('通知.pdf');
  expect(cleanFilename('../../etc/passwd')).toBe('passwd');
});
