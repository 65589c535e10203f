// Stewards' wordings (issue 13 §2, learn from stewards): a label as printed on a real form and the fact it asks
// for — (relation, element), or nothing for a form-only field — with who proposed and who confirmed it, when.
// Confirmed rows bind the same wording next time; pending rows are the review queue (labels the matcher bound
// with low confidence, and departments' corrections awaiting a data steward).
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('element_synonyms')
    .addColumn('id', autoIdType(kind), autoId(kind))
    // The label as first seen, and its canonical form (what the matcher compares): one row per wording.
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('label_key', 'text', (c) => c.notNull().unique())
    // pending | confirmed
    .addColumn('status', 'text', (c) => c.notNull())
    // The binding: null element means a form-only field. Pending: what is proposed.
    .addColumn('element_code', 'text')
    .addColumn('relation', 'text')
    // The matcher's score when the label was queued (null for a person's correction).
    .addColumn('score', 'double precision')
    // matcher | correction
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'integer')
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'integer')
    .addColumn('decided_at', 'text')
    // How many times the wording came up in templates (a busy wording is reviewed first).
    .addColumn('seen', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('element_synonyms_status').on('element_synonyms').columns(['status', 'id']).execute();
}
