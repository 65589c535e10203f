// An XLSX file is a zip: before a spreadsheet reader opens one, its entries are checked — how many,
// how large they say they are, how much they expand — and every entry is inflated once through a
// counter, so a broken file, a lying header or a zip bomb is refused with a readable 422 while memory
// stays flat (nothing is kept: the bytes are counted and dropped).
import fs from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { problem } from '../../http/problem.js';

export interface ZipLimits {
  /** Entries in the archive. */
  maxEntries: number;
  /** Bytes once unpacked, all entries together. */
  maxUncompressed: number;
  /** Unpacked ÷ packed, per entry (real worksheets stay far below 100; bombs reach thousands). */
  maxRatio: number;
}

export const XLSX_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxUncompressed: 1_000 * 1024 * 1024,
  maxRatio: 150,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const unreadable = (filename: string) => problem('dataset_unreadable', { detail: filename });

/** Reads the central directory from the end of the file (pure over the buffers it is given). */
export function centralDirectory(tail: Buffer, readAt: (pos: number, len: number) => Buffer) {
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = tail.readUInt16LE(eocd + 10);
  const size = tail.readUInt32LE(eocd + 12);
  const offset = tail.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) return 'zip64' as const;
  const dir = readAt(offset, size);
  if (dir.length < size) return null;
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) return null;
    const nameLen = dir.readUInt16LE(p + 28);
    const extraLen = dir.readUInt16LE(p + 30);
    const commentLen = dir.readUInt16LE(p + 32);
    entries.push({
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      uncompressedSize: dir.readUInt32LE(p + 24),
      localHeaderOffset: dir.readUInt32LE(p + 42),
      name: dir.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The problem with an archive's declared entries, if any (pure). */
export function declaredProblem(entries: ZipEntry[], limits: ZipLimits): 'too_many' | 'too_large' | 'ratio' | null {
  if (entries.length > limits.maxEntries) return 'too_many';
  let total = 0;
  for (const e of entries) {
    if (e.compressedSize === 0xffffffff || e.uncompressedSize === 0xffffffff) return 'too_large';
    total += e.uncompressedSize;
    if (total > limits.maxUncompressed) return 'too_large';
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxRatio)
      return 'ratio';
  }
  return null;
}

/** Counts bytes and fails past a limit (so inflating a bomb stops at once). */
class Counter extends Writable {
  bytes = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error) => void) {
    this.bytes += chunk.length;
    done(this.bytes > this.limit ? new Error('over limit') : undefined);
  }
}

/** Checks an XLSX (zip) file on disk; throws a 422 naming what is wrong with it. */
export async function checkZip(path: string, filename: string, limits: ZipLimits = XLSX_LIMITS): Promise<void> {
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const readAt = (pos: number, len: number) => {
      const b = Buffer.alloc(Math.max(0, Math.min(len, size - pos)));
      fs.readSync(fd, b, 0, b.length, pos);
      return b;
    };
    const tailLen = Math.min(size, 22 + 65_535);
    const entries = centralDirectory(readAt(size - tailLen, tailLen), readAt);
    if (entries === 'zip64') throw problem('dataset_expands_too_much', { detail: filename });
    if (!entries || entries.length === 0) throw unreadable(filename);
    const refused = declaredProblem(entries, limits);
    if (refused) throw problem('dataset_expands_too_much', { detail: filename });
    for (const e of entries) {
      const local = readAt(e.localHeaderOffset, 30);
      if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw unreadable(filename);
      const start = e.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (start + e.compressedSize > size) throw unreadable(filename);
      if (e.compressedSize === 0) continue;
      const raw = fs.createReadStream('', { fd, start, end: start + e.compressedSize - 1, autoClose: false });
      // What an entry really inflates to may not exceed what it declared (a lying header is a bomb).
      const counter = new Counter(e.uncompressedSize);
      try {
        if (e.method === 0) await pipeline(raw, counter);
        else if (e.method === 8) await pipeline(raw, zlib.createInflateRaw(), counter);
        else throw new Error('unsupported compression');
      } catch (err) {
        if (err instanceof Error && err.message === 'over limit')
          throw problem('dataset_expands_too_much', { detail: filename });
        throw unreadable(filename);
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}
