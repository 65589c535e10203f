// Forward-only migrations, applied in order at start. A migration is never edited once it has shipped;
// changes come as a new numbered file.
import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.js';
import * as m001 from './migrations/001_foundation.js';
import * as m002 from './migrations/002_admission.js';
import * as m003 from './migrations/003_dispatch.js';
import * as m004 from './migrations/004_hub.js';
import * as m005 from './migrations/005_privacy.js';
import * as m006 from './migrations/006_burden.js';
import * as m007 from './migrations/007_burden_source_ref.js';
import * as m008 from './migrations/008_burden_outbox.js';
import * as m009 from './migrations/009_audit_keyed.js';
import * as m010 from './migrations/010_login_failures.js';
import * as m011 from './migrations/011_informal_sources.js';
import * as m012 from './migrations/012_refusal_answers.js';
import * as m013 from './migrations/013_review_opinions.js';
import * as m014 from './migrations/014_notifications.js';
import * as m015 from './migrations/015_element_sources.js';
import * as m016 from './migrations/016_staffing.js';
import * as m017 from './migrations/017_certificates.js';
import * as m018 from './migrations/018_service_requests.js';
import * as m019 from './migrations/019_element_synonyms.js';
import * as m020 from './migrations/020_deliberation.js';
import * as m022 from './migrations/022_import_rows_index.js';
import * as m023 from './migrations/023_exit_requests.js';
import * as m024 from './migrations/024_staff_roster.js';
import * as m025 from './migrations/025_covenant.js';
import * as m026 from './migrations/026_purchasing.js';
import * as m027 from './migrations/027_staffing_statistics.js';
import * as m028 from './migrations/028_form_column_relation.js';
import * as m029 from './migrations/029_certificate_topic.js';
import * as m030 from './migrations/030_dispatch_handler.js';
import * as m031 from './migrations/031_purchasing_catalogue.js';
import * as m032 from './migrations/032_district_partitions.js';
import * as m033 from './migrations/033_facts_birth_date.js';
import * as m034 from './migrations/034_subject_keys_bulk.js';

type Step = { up: (db: Parameters<Migration['up']>[0], kind: Database['kind']) => Promise<void> };

const steps: Record<string, Step> = {
  '001_foundation': m001,
  '002_admission': m002,
  '003_dispatch': m003,
  '004_hub': m004,
  '005_privacy': m005,
  '006_burden': m006,
  '007_burden_source_ref': m007,
  '008_burden_outbox': m008,
  '009_audit_keyed': m009,
  '010_login_failures': m010,
  '011_informal_sources': m011,
  '012_refusal_answers': m012,
  '013_review_opinions': m013,
  '014_notifications': m014,
  '015_element_sources': m015,
  '016_staffing': m016,
  '017_certificates': m017,
  '018_service_requests': m018,
  '019_element_synonyms': m019,
  '020_deliberation': m020,
  '022_import_rows_index': m022,
  '023_exit_requests': m023,
  '024_staff_roster': m024,
  '025_covenant': m025,
  '026_purchasing': m026,
  '027_staffing_statistics': m027,
  '028_form_column_relation': m028,
  '029_certificate_topic': m029,
  '030_dispatch_handler': m030,
  '031_purchasing_catalogue': m031,
  '032_district_partitions': m032,
  '033_facts_birth_date': m033,
  '034_subject_keys_bulk': m034,
};

export async function migrate(database: Database): Promise<string[]> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, step] of Object.entries(steps)) out[name] = { up: (db) => step.up(db, database.kind) };
      return out;
    },
  };
  // Kysely looks for its own tables in every schema it can see; on PostgreSQL another schema's copy (a
  // parallel test file's, another app's) would make it skip creating ours, so name the current one.
  const migrationTableSchema =
    database.kind === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(database.db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({ db: database.db, provider, migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
