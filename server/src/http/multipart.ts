// Reading a multipart/form-data request: the JSON `data` field plus files, each checked for size and
// type before anything is written, so a bad file refuses the whole request.
import type { FastifyRequest } from 'fastify';
import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from '#common/dispatch.js';
import { acceptedType, cleanFilename } from '../modules/attachments/validate.js';
import { ProblemError, problem } from './problem.js';
import { cleanOrRefuse } from './strings.js';

export interface UploadedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export interface FormBody {
  data: unknown;
  files: UploadedFile[];
}

/** JSON bodies pass through as { data, files: [] }; multipart bodies carry `data` (JSON) and `files`. */
export async function readForm(req: FastifyRequest): Promise<FormBody> {
  if (!req.isMultipart()) return { data: req.body, files: [] };
  let data: unknown = {};
  const files: UploadedFile[] = [];
  try {
    for await (const part of req.parts({
      limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_ATTACHMENTS + 1, fields: 10 },
    })) {
      if (part.type === 'field') {
        if (part.fieldname === 'data') {
          try {
            data = JSON.parse(String(part.value));
          } catch {
            throw problem('malformed_json');
          }
          data = cleanOrRefuse(data);
        }
        continue;
      }
      const bytes = await part.toBuffer();
      if (files.length >= MAX_ATTACHMENTS) throw problem('too_many_attachments');
      const filename = cleanFilename(part.filename);
      const contentType = acceptedType(filename, bytes);
      if (!contentType) throw problem('attachment_type', { detail: filename });
      files.push({ filename, contentType, bytes });
    }
  } catch (err) {
    if (err instanceof ProblemError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw problem('attachment_too_large');
    if (code === 'FST_FILES_LIMIT') throw problem('too_many_attachments');
    throw err;
  }
  return { data, files };
}
