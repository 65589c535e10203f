// Photos or PDFs added to something that already exists (a proposal's pictures, an activity's proof): the
// one rule for both — at least one file, only images and PDFs (type and size were checked on upload), and at
// most `max` on the owner in all, counted and written in one transaction.
import type { Database } from '../../db/database.js';
import type { UploadedFile } from '../../http/multipart.js';
import { invalid, problem } from '../../http/problem.js';
import * as files from './repository.js';

export async function addPhotosOrPdfs(
  database: Database,
  owner: { type: files.OwnerType; id: number },
  uploaded: UploadedFile[],
  max: number,
  by: number,
  at: string,
): Promise<void> {
  if (uploaded.length === 0) throw invalid([{ field: 'files', reason: 'required' }]);
  const bad = uploaded.find((f) => !/^(image\/|application\/pdf)/.test(f.contentType));
  if (bad) throw problem('attachment_type', { detail: bad.filename });
  await database.transaction(async () => {
    const had = await files.listAttachments(database.db, owner.type, [owner.id]);
    if (had.length + uploaded.length > max) throw problem('too_many_attachments');
    await files.insertAttachments(database.db, owner, uploaded, by, at);
  });
}
