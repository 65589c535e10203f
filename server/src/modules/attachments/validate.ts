// Which uploaded files are accepted: the extension must be on the list and the bytes must look like
// that kind of file (a renamed .exe is not a PDF). Pure.
import { ATTACHMENT_EXTENSIONS } from '#common/dispatch.js';

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ofd: 'application/ofd',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

const startsWith = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function looksLike(ext: string, b: Buffer): boolean {
  switch (ext) {
    case 'pdf':
      return b.subarray(0, 5).toString('latin1') === '%PDF-';
    case 'docx':
    case 'xlsx':
    case 'pptx':
    case 'ofd':
      return startsWith(b, ZIP);
    case 'doc':
    case 'xls':
    case 'ppt':
      return startsWith(b, OLE);
    case 'png':
      return startsWith(b, [0x89, 0x50, 0x4e, 0x47]);
    case 'jpg':
    case 'jpeg':
      return startsWith(b, [0xff, 0xd8, 0xff]);
    case 'txt':
    case 'csv':
      return !b.subarray(0, 8192).includes(0); // text: no NUL bytes
    default:
      return false;
  }
}

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

/** The content type to store and serve, or null when the file is not accepted. */
export function acceptedType(filename: string, bytes: Buffer): string | null {
  const ext = extensionOf(filename);
  if (!(ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext)) return null;
  if (bytes.length === 0 || !looksLike(ext, bytes)) return null;
  return CONTENT_TYPES[ext] ?? null;
}

/** A file name safe to store and show: no path, no control characters, at most 120 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(-120) || 'file';
}
