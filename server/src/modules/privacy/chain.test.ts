import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, entryHash, verifyChain, type ChainEntry } from './chain.js';

const base = (id: number): ChainEntry => ({
  id,
  at: `2026-12-03T06:0${id}:00.000Z`,
  request_id: `r${id}`,
  user_id: 7,
  username: 'dept.shushan.minzheng',
  role: 'department_officer',
  org_code: '340104',
  department_code: '340104-minzheng',
  district_code: '340104',
  action: 'ledger.read',
  outcome: 'allowed',
  subject_ids: '[1,2,3]',
  subject_count: 3,
  elements: '["name","id_number"]',
  purpose: '高龄津贴资格认证',
  admission_number: '蜀准〔2026〕1号',
  file_sha256: null,
  detail: '',
});

function chain(n: number) {
  const rows = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = base(i);
    const hash = entryHash(prev, e);
    rows.push({ ...e, prev_hash: prev, hash });
    prev = hash;
  }
  return { rows, head: { last_id: n, last_hash: prev } };
}

describe('audit hash chain', () => {
  it('accepts an intact chain', () => {
    const { rows, head } = chain(5);
    expect(verifyChain(rows, head)).toEqual({ ok: true, entries: 5, lastId: 5 });
  });
  it('names the edited entry', () => {
    const { rows, head } = chain(5);
    rows[2] = { ...rows[2], purpose: '随便看看' };
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, brokenAt: 3, reason: 'hash_mismatch' });
  });
  it('names where an entry was deleted', () => {
    const { rows, head } = chain(5);
    rows.splice(1, 1);
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, brokenAt: 2, reason: 'gap' });
  });
  it('notices the newest entry deleted (the head remembers it)', () => {
    const { rows, head } = chain(5);
    rows.pop();
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, brokenAt: 5, reason: 'head_mismatch' });
  });
  it('notices a rehashed edit that does not fit the next entry', () => {
    const { rows, head } = chain(4);
    const edited = { ...rows[1], subject_count: 1 };
    edited.hash = entryHash(edited.prev_hash, edited);
    rows[1] = edited;
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, brokenAt: 3, reason: 'prev_mismatch' });
  });
});
