// SQL for attachment files (kept in the database, so a backup of the database is a backup of them).
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { UploadedFile } from '../../http/multipart.js';

export type OwnerType = 'dispatch' | 'dispatch_item' | 'service_request' | 'topic' | 'contract_activity';

export async function insertAttachments(
  db: Kysely<DB>,
  owner: { type: OwnerType; id: number },
  files: UploadedFile[],
  userId: number | null,
  at: string,
): Promise<void> {
  for (const f of files) {
    await db
      .insertInto('attachments')
      .values({
        owner_type: owner.type,
        owner_id: owner.id,
        filename: f.filename,
        content_type: f.contentType,
        size: f.bytes.length,
        sha256: crypto.createHash('sha256').update(f.bytes).digest('hex'),
        data: f.bytes,
        uploaded_by: userId,
        created_at: at,
      })
      .execute();
  }
}

export async function listAttachments(db: Kysely<DB>, type: OwnerType, ownerIds: number[]) {
  if (ownerIds.length === 0) return [];
  return db
    .selectFrom('attachments')
    .select(['id', 'owner_id', 'filename', 'content_type', 'size', 'sha256', 'created_at'])
    .where('owner_type', '=', type)
    .where('owner_id', 'in', ownerIds)
    .orderBy('id')
    .execute();
}

export function findAttachment(db: Kysely<DB>, id: number) {
  return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
}
