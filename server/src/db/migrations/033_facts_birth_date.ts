// Ledgers by age (高龄津贴, 独居老人 …: the usual ledger filter) read a community's records by birth date
// from an index instead of parsing every record's JSON (issue 14 §2). An expression index the database
// keeps itself, so no writer of facts changes; the ledger's query names the same expression
// (ledger-repository.ts valueOf). On PostgreSQL it is created on the partitioned table (each district's
// partition gets its own) in byte order ("C"), the order the ledger compares dates in.
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  if (kind === 'postgres')
    await sql`create index facts_birth_date on facts (community_code, (data::json ->> 'birth_date') collate "C")`.execute(
      db,
    );
  else
    await sql`create index facts_birth_date on facts (community_code, json_extract(data, '$.birth_date'))`.execute(db);
}
