// The server's attachment rules, checked in the browser before anything is sent: size, type, count.
import { ATTACHMENT_EXTENSIONS, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from '#common/dispatch.js';

export type FileProblem = 'too_large' | 'bad_type';

const ALLOWED: readonly string[] = ATTACHMENT_EXTENSIONS;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  if (!ALLOWED.includes(extensionOf(file.name))) return 'bad_type';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'too_large';
  return null;
}

export const MAX_MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;
export { MAX_ATTACHMENTS };

/** What the picker accepts (the file dialog's filter). */
export const ACCEPT = ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(',');

/** "PDF、DOC、DOCX …" for hints. */
export function extensionList(separator: string): string {
  return ATTACHMENT_EXTENSIONS.filter((e) => e !== 'jpeg')
    .map((e) => e.toUpperCase())
    .join(separator);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
