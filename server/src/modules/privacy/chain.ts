// The audit trail's chain, in plain functions. Each entry's hash is an HMAC-SHA256, keyed with a secret
// that is not in the database (audit-keys.ts), over the previous entry's hash and a canonical
// serialisation of its own fields (fixed order, no whitespace): changing any field, removing an entry or
// reordering entries breaks the chain from that entry on, and whoever can write the database but has not
// the key cannot compute a hash that fits. The key's id is stored with each entry; it changes only right
// after an `audit.key_rotated` entry, which is itself keyed with the old key. Entries written before the
// trail was keyed (key_id null: a plain SHA-256, chain v1) are accepted only as a prefix.
import crypto from 'node:crypto';
import type { AuditLogTable } from '../../db/types.js';

export const GENESIS_HASH = '0'.repeat(64);
export const KEY_ROTATED = 'audit.key_rotated';

/** An audit entry as stored, without its two hashes (what the hash covers). */
export type ChainEntry = Omit<AuditLogTable, 'prev_hash' | 'hash'>;
export type StoredEntry = ChainEntry & { prev_hash: string; hash: string };

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
  // An array keeps the order fixed; numbers are normalised so that pg and SQLite rows hash alike. The key
  // id is covered from chain v2 on (it is null, and left out, in v1).
  const values = FIELDS.map((f) => {
    const v = e[f];
    if (f === 'id' || f === 'subject_count' || (f === 'user_id' && v !== null)) return Number(v);
    return v ?? null;
  });
  return JSON.stringify(e.key_id ? [...values, e.key_id] : values);
}

/** Chain v1 (before keying): a plain SHA-256 anyone can recompute. Kept to verify an old prefix. */
export function unkeyedHash(prevHash: string, e: ChainEntry): string {
  return crypto.createHash('sha256').update(prevHash).update('\n').update(canonical(e)).digest('hex');
}

export function entryHash(key: Buffer, prevHash: string, e: ChainEntry): string {
  return crypto.createHmac('sha256', key).update(prevHash).update('\n').update(canonical(e)).digest('hex');
}

export type BreakReason =
  | 'hash_mismatch'
  | 'prev_mismatch'
  | 'gap'
  | 'head_mismatch'
  | 'unknown_key'
  | 'key_switched'
  | 'unkeyed_after_keyed'
  | 'checkpoint_mismatch';

/** A run of consecutive entries that do not fit the chain (`to` null: up to the head). */
export interface BrokenRange {
  from: number;
  to: number | null;
  reason: BreakReason;
}

export type VerifyResult =
  | { ok: true; entries: number; lastId: number; unkeyed: number; checkpoints: number }
  | {
      ok: false;
      entries: number;
      /** The first broken entry and why (the first of `breaks`). */
      brokenAt: number | null;
      reason: BreakReason;
      breaks: BrokenRange[];
      unkeyed: number;
      checkpoints: number;
    };

/** A signed statement, kept outside the database, that entry `id` had hash `hash` at time `at`. */
export interface Checkpoint {
  id: number;
  hash: string;
  at: string;
  keyId: string;
  mac: string;
}

export function checkpointMac(key: Buffer, c: Omit<Checkpoint, 'mac'>): string {
  return crypto.createHmac('sha256', key).update(`checkpoint\n${c.id}\n${c.hash}\n${c.at}\n${c.keyId}`).digest('hex');
}

export type Keyring = ReadonlyMap<string, Buffer>;

/**
 * Checks entries one at a time in id order (so a long trail can be read in pages). It does not stop at
 * the first break: it notes the range and goes on from the stored hash, so every altered place is named.
 */
export class ChainVerifier {
  private prev: string;
  private expectedId: number;
  private keyId: string | null = null;
  private n = 0;
  private unkeyed = 0;
  private readonly breaks: BrokenRange[] = [];
  private readonly checkpointsById = new Map<number, Checkpoint>();
  private checkpointsSeen = 0;

  constructor(
    private readonly keys: Keyring,
    /** Start after an entry already trusted (an incremental verify from a checkpoint). */
    from: { id: number; hash: string; keyId: string | null } = { id: 0, hash: GENESIS_HASH, keyId: null },
    checkpoints: Checkpoint[] = [],
  ) {
    this.prev = from.hash;
    this.expectedId = from.id + 1;
    this.keyId = from.keyId;
    for (const c of checkpoints) if (c.id > from.id) this.checkpointsById.set(c.id, c);
  }

  private broken(id: number, reason: BreakReason) {
    const last = this.breaks[this.breaks.length - 1];
    if (last && last.to === id - 1 && last.reason === reason) last.to = id;
    else this.breaks.push({ from: id, to: id, reason });
  }

  push(r: StoredEntry): void {
    const id = Number(r.id);
    if (id !== this.expectedId) {
      if (id > this.expectedId) this.breaks.push({ from: this.expectedId, to: id - 1, reason: 'gap' });
      this.expectedId = id;
    }
    const reason = this.check(r);
    if (reason) this.broken(id, reason);
    else this.n++;
    const c = this.checkpointsById.get(id);
    if (c) {
      this.checkpointsSeen++;
      if (c.hash !== r.hash) this.broken(id, 'checkpoint_mismatch');
    }
    // Go on from what is stored, so a later, separate alteration is found too.
    this.prev = r.hash;
    this.expectedId = id + 1;
    if (r.key_id) this.keyId = r.action === KEY_ROTATED ? rotatedTo(r) : r.key_id;
  }

  private check(r: StoredEntry): BreakReason | null {
    if (r.prev_hash !== this.prev) return 'prev_mismatch';
    if (!r.key_id) {
      if (this.keyId) return 'unkeyed_after_keyed';
      this.unkeyed++;
      return unkeyedHash(this.prev, r) === r.hash ? null : 'hash_mismatch';
    }
    if (this.keyId && r.key_id !== this.keyId) return 'key_switched';
    const key = this.keys.get(r.key_id);
    if (!key) return 'unknown_key';
    return entryHash(key, this.prev, r) === r.hash ? null : 'hash_mismatch';
  }

  /**
   * `head` is the chain head row (last id and hash written by the writer): it catches the deletion of
   * the newest entries, which leaves no later entry to complain.
   */
  finish(head: { last_id: number; last_hash: string }): VerifyResult {
    const last = this.expectedId - 1;
    if (Number(head.last_id) !== last || head.last_hash !== this.prev)
      this.breaks.push({
        from: Number(head.last_id) > last ? this.expectedId : last,
        to: null,
        reason: 'head_mismatch',
      });
    // A checkpoint beyond the stored entries: entries it vouched for are gone.
    for (const c of this.checkpointsById.values())
      if (c.id > last) this.breaks.push({ from: c.id, to: c.id, reason: 'checkpoint_mismatch' });
    const common = { entries: this.n, unkeyed: this.unkeyed, checkpoints: this.checkpointsSeen };
    if (this.breaks.length === 0) return { ok: true, ...common, lastId: last };
    const sorted = [...this.breaks].sort((a, b) => a.from - b.from);
    return { ok: false, ...common, brokenAt: sorted[0].from, reason: sorted[0].reason, breaks: sorted };
  }
}

/** The key id a rotation entry hands over to (its detail names it). */
export function rotatedTo(r: Pick<ChainEntry, 'detail' | 'key_id'>): string {
  try {
    const to = (JSON.parse(r.detail) as { to?: unknown }).to;
    return typeof to === 'string' ? to : (r.key_id ?? '');
  } catch {
    return r.key_id ?? '';
  }
}

export function verifyChain(
  rows: Iterable<StoredEntry>,
  head: { last_id: number; last_hash: string },
  keys: Keyring,
  checkpoints: Checkpoint[] = [],
): VerifyResult {
  const v = new ChainVerifier(keys, undefined, checkpoints);
  for (const r of rows) v.push(r);
  return v.finish(head);
}
