// A certificate of a community-interest matter may cite the 居民议事协商 decision behind it: the decided
// topic's id and its title as cited when the certificate was issued (a certificate is a snapshot).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('certificate_requests').addColumn('topic_id', 'integer').execute();
  await db.schema.alterTable('certificate_requests').addColumn('topic_title', 'text').execute();
}
