import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  KEY_ROTATED,
  checkpointMac,
  entryHash,
  unkeyedHash,
  verifyChain,
  type ChainEntry,
  type StoredEntry,
} from './chain.js';

const K1 = crypto.randomBytes(32);
const K2 = crypto.randomBytes(32);
const keys = new Map([
  ['k1', K1],
  ['k2', K2],
]);

const base = (id: number, keyId: string | null = 'k1'): ChainEntry => ({
  id,
  at: `2026-12-03T06:0${id % 10}:00.000Z`,
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
  key_id: keyId,
});

/** Chains entries as the writer does; `keyOf(i)` picks each entry's key id (null: the unkeyed v1). */
function chain(
  n: number,
  keyOf: (i: number) => string | null = () => 'k1',
  edit: (e: ChainEntry) => ChainEntry = (e) => e,
) {
  const rows: StoredEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = edit(base(i, keyOf(i)));
    const hash = e.key_id ? entryHash(keys.get(e.key_id)!, prev, e) : unkeyedHash(prev, e);
    rows.push({ ...e, prev_hash: prev, hash });
    prev = hash;
  }
  return { rows, head: { last_id: n, last_hash: prev } };
}

/** What someone who can write the database but has no key can do: recompute hashes from `from` on. */
function rehashWithoutKey(rows: StoredEntry[], from: number) {
  let prev = rows[from - 2]?.hash ?? GENESIS_HASH;
  for (let i = from - 1; i < rows.length; i++) {
    const hash = crypto.createHmac('sha256', crypto.randomBytes(32)).update(prev).digest('hex');
    rows[i] = { ...rows[i], prev_hash: prev, hash };
    prev = hash;
  }
  return { last_id: rows.length, last_hash: prev };
}

describe('audit chain (keyed)', () => {
  it('accepts an intact chain', () => {
    const { rows, head } = chain(5);
    expect(verifyChain(rows, head, keys)).toEqual({ ok: true, entries: 5, lastId: 5, unkeyed: 0, checkpoints: 0 });
  });

  it('names the edited entry, and every separately edited one', () => {
    const { rows, head } = chain(8);
    rows[2] = { ...rows[2], purpose: '随便看看' };
    rows[6] = { ...rows[6], outcome: 'denied' };
    expect(verifyChain(rows, head, keys)).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'hash_mismatch',
      breaks: [
        { from: 3, to: 3, reason: 'hash_mismatch' },
        { from: 7, to: 7, reason: 'hash_mismatch' },
      ],
    });
  });

  it('names where an entry was deleted, and the newest deleted (the head remembers it)', () => {
    const { rows, head } = chain(5);
    rows.splice(1, 1);
    expect(verifyChain(rows, head, keys)).toMatchObject({ ok: false, brokenAt: 2, reason: 'gap' });
    const last = chain(5);
    last.rows.pop();
    expect(verifyChain(last.rows, last.head, keys)).toMatchObject({ ok: false, brokenAt: 5, reason: 'head_mismatch' });
  });

  it('is not fooled by a database writer who recomputes the hashes without the key', () => {
    const { rows } = chain(6);
    rows[3] = { ...rows[3], username: 'someone.else' };
    const head = rehashWithoutKey(rows, 4);
    expect(verifyChain(rows, head, keys)).toMatchObject({
      ok: false,
      brokenAt: 4,
      breaks: [{ from: 4, to: 6, reason: 'hash_mismatch' }],
    });
    // Nor by one who rewrites the entries as the unkeyed chain v1.
    const v1 = chain(6);
    const forged = chain(6, (i) => (i >= 4 ? null : 'k1'));
    expect(verifyChain(forged.rows, forged.head, keys)).toMatchObject({
      ok: false,
      breaks: [{ from: 4, to: 6, reason: 'unkeyed_after_keyed' }],
    });
    expect(verifyChain(v1.rows, v1.head, keys).ok).toBe(true);
  });

  it('accepts an unkeyed prefix written before keying, and counts it', () => {
    const { rows, head } = chain(5, (i) => (i <= 2 ? null : 'k1'));
    expect(verifyChain(rows, head, keys)).toMatchObject({ ok: true, entries: 5, unkeyed: 2 });
  });

  it('follows a key rotation recorded in the chain, and refuses a switch that was not', () => {
    const rotated = chain(
      5,
      (i) => (i <= 3 ? 'k1' : 'k2'),
      (e) => (e.id === 3 ? { ...e, action: KEY_ROTATED, detail: JSON.stringify({ from: 'k1', to: 'k2' }) } : e),
    );
    expect(verifyChain(rotated.rows, rotated.head, keys).ok).toBe(true);
    const switched = chain(5, (i) => (i <= 3 ? 'k1' : 'k2'));
    expect(verifyChain(switched.rows, switched.head, keys)).toMatchObject({
      ok: false,
      breaks: [{ from: 4, to: 4, reason: 'key_switched' }], // the switch is named; the rest follows it
    });
    expect(verifyChain(rotated.rows, rotated.head, new Map([['k1', K1]]))).toMatchObject({
      ok: false,
      reason: 'unknown_key',
    });
  });

  it('holds the chain to its signed checkpoints', () => {
    const { rows, head } = chain(6);
    const at = '2026-12-03T07:00:00.000Z';
    const c = { id: 4, hash: rows[3].hash, at, keyId: 'k1' };
    const checkpoint = { ...c, mac: checkpointMac(K1, c) };
    expect(verifyChain(rows, head, keys, [checkpoint])).toMatchObject({ ok: true, checkpoints: 1 });
    // Entries 5 and 6 deleted and the head moved back: the checkpoint of entry 4 still holds, but one of 6 would not.
    const c6 = { id: 6, hash: rows[5].hash, at, keyId: 'k1' };
    const cut = rows.slice(0, 4);
    expect(
      verifyChain(cut, { last_id: 4, last_hash: rows[3].hash }, keys, [{ ...c6, mac: checkpointMac(K1, c6) }]),
    ).toMatchObject({ ok: false, breaks: [{ from: 6, reason: 'checkpoint_mismatch' }] });
  });
});
