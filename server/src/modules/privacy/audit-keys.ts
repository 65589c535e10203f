// The audit trail's secrets and anchors live outside the database: a keyring file (one JSON line per
// key, the newest last, created with mode 0600 on first start) and an append-only file of signed
// checkpoints of the chain head. Whoever can write the database can neither recompute a keyed hash nor
// rewrite a checkpoint. Losing the keyring means the trail can no longer be verified: back it up apart
// from the database (docs/PRIVACY.md).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { checkpointMac, type Checkpoint, type Keyring } from './chain.js';

export interface AuditKeys {
  keys: Keyring;
  /** The newest key's id: the one a fresh or rotated chain uses. */
  newest: string;
}

interface KeyLine {
  id: string;
  key: string;
  createdAt: string;
}

export const keyIdOf = (key: Buffer) => crypto.createHash('sha256').update(key).digest('hex').slice(0, 16);

function newKeyLine(createdAt: string): KeyLine {
  const key = crypto.randomBytes(32);
  return { id: keyIdOf(key), key: key.toString('hex'), createdAt };
}

/** Reads the keyring, creating it with one key when it does not exist (several processes may race). */
export function loadKeyring(file: string, now: string): AuditKeys {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, `${JSON.stringify(newKeyLine(now))}\n`, { flag: 'wx', mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as KeyLine);
  if (lines.length === 0) throw new Error(`audit keyring ${file} holds no key`);
  const keys = new Map<string, Buffer>();
  for (const l of lines) {
    const key = Buffer.from(l.key, 'hex');
    if (key.length < 32 || keyIdOf(key) !== l.id) throw new Error(`audit keyring ${file}: key ${l.id} is damaged`);
    keys.set(l.id, key);
  }
  return { keys, newest: lines[lines.length - 1].id };
}

/** Adds a new key to the keyring (it becomes the newest) and returns its id. */
export function addKey(file: string, now: string): string {
  const line = newKeyLine(now);
  fs.appendFileSync(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
  return line.id;
}

export function appendCheckpoint(file: string, key: Buffer, c: Omit<Checkpoint, 'mac'>): Checkpoint {
  const signed = { ...c, mac: checkpointMac(key, c) };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(signed)}\n`);
  return signed;
}

/** The checkpoints whose signature holds, and the ids of those that do not (a forged or edited line). */
export function readCheckpoints(file: string, keys: Keyring): { valid: Checkpoint[]; forged: number[] } {
  if (!fs.existsSync(file)) return { valid: [], forged: [] };
  const valid: Checkpoint[] = [];
  const forged: number[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let c: Checkpoint;
    try {
      c = JSON.parse(line) as Checkpoint;
    } catch {
      forged.push(0);
      continue;
    }
    const key = keys.get(c.keyId);
    const expected = key ? checkpointMac(key, c) : '';
    if (key && expected.length === c.mac?.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(c.mac)))
      valid.push(c);
    else forged.push(Number(c.id) || 0);
  }
  return { valid, forged };
}
