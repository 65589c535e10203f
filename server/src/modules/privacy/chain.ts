// The audit trail's hash chain, in plain functions: each entry's hash is SHA-256 over the previous
// entry's hash and a canonical serialisation of its own fields (fixed order, no whitespace), so that
// changing any field, removing an entry or reordering entries breaks the chain from that entry on.
import crypto from 'node:crypto';
import type { AuditLogTable } from '../../db/types.js';

export const GENESIS_HASH = '0'.repeat(64);

/** An audit entry as stored, without its two hashes (what the hash covers). */
export type ChainEntry = Omit<AuditLogTable, 'prev_hash' | 'hash'>;

/** The fields covered by the hash, in this order; adding a field needs a new chain version. */
const FIELDS: (keyof ChainEntry)[] = [
  'id',
  'at',
  'request_id',
  'user_id',
  'username',
  'role',
  'org_code',
  'department_code',
  'district_code',
  'action',
  'outcome',
  'subject_ids',
  'subject_count',
  'elements',
  'purpose',
  'admission_number',
  'file_sha256',
  'detail',
];

export function canonical(e: ChainEntry): string {
  // An array keeps the order fixed; numbers are normalised so that pg and SQLite rows hash alike.
  return JSON.stringify(
    FIELDS.map((f) => {
      const v = e[f];
      if (f === 'id' || f === 'subject_count' || (f === 'user_id' && v !== null)) return Number(v);
      return v ?? null;
    }),
  );
}

export function entryHash(prevHash: string, e: ChainEntry): string {
  return crypto.createHash('sha256').update(prevHash).update('\n').update(canonical(e)).digest('hex');
}

export type VerifyResult =
  | { ok: true; entries: number; lastId: number }
  | {
      ok: false;
      entries: number;
      brokenAt: number | null;
      reason: 'hash_mismatch' | 'prev_mismatch' | 'gap' | 'head_mismatch';
    };

type Failure = Extract<VerifyResult, { ok: false }>;

/** Checks entries one at a time in id order (so a long trail can be read in pages). */
export class ChainVerifier {
  private prev = GENESIS_HASH;
  private expectedId = 1;
  private n = 0;

  /** The failure at this entry, or null when it follows the chain. */
  push(r: ChainEntry & { prev_hash: string; hash: string }): Failure | null {
    const id = Number(r.id);
    if (id !== this.expectedId) return { ok: false, entries: this.n, brokenAt: this.expectedId, reason: 'gap' };
    if (r.prev_hash !== this.prev) return { ok: false, entries: this.n, brokenAt: id, reason: 'prev_mismatch' };
    if (entryHash(this.prev, r) !== r.hash)
      return { ok: false, entries: this.n, brokenAt: id, reason: 'hash_mismatch' };
    this.prev = r.hash;
    this.expectedId++;
    this.n++;
    return null;
  }

  /**
   * `head` is the chain head row (last id and hash written by the writer): it catches the deletion of
   * the newest entries, which leaves no later entry to complain.
   */
  finish(head: { last_id: number; last_hash: string }): VerifyResult {
    const last = this.expectedId - 1;
    if (Number(head.last_id) !== last || head.last_hash !== this.prev)
      return {
        ok: false,
        entries: this.n,
        brokenAt: Number(head.last_id) > last ? this.expectedId : null,
        reason: 'head_mismatch',
      };
    return { ok: true, entries: this.n, lastId: last };
  }
}

export function verifyChain(
  rows: Iterable<ChainEntry & { prev_hash: string; hash: string }>,
  head: { last_id: number; last_hash: string },
): VerifyResult {
  const v = new ChainVerifier();
  for (const r of rows) {
    const failure = v.push(r);
    if (failure) return failure;
  }
  return v.finish(head);
}
