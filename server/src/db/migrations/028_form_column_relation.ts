// A form column binds a person and a fact: (relation, element). 户主姓名 is the `name` of the subject's
// householder, not a form-only field and not a second element; relation null is the subject itself.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('form_columns').addColumn('relation', 'text').execute();
}
