// Read-only SQL over the tables burden is derived from (admissions, dispatches, inspections, apps,
// informal demands). Burden owns none of them; it only reads them to rebuild its events.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import { COSTED_STATUSES } from './derive.js';

export function costedAdmissions(db: Kysely<DB>) {
  return db
    .selectFrom('admissions')
    .select([
      'id',
      'jurisdiction_code',
      'department_code',
      'kind',
      'title',
      'status',
      'number',
      'scope_type',
      'scope_codes',
      'frequency',
      'occurrences_per_year',
      'minutes_per_occurrence',
      'ledger_fields',
      'ledger_rows',
      'hours_per_community_year',
      'start_date',
      'expiry_date',
      'decided_at',
    ])
    .where('status', 'in', COSTED_STATUSES)
    .where('number', 'is not', null)
    .execute();
}

/** Amendments of approved items with their tag (work_change or re_estimate) and before/after hours. */
export function amendments(db: Kysely<DB>) {
  return db
    .selectFrom('admission_events')
    .select(['admission_id', 'at', 'tag', 'changes'])
    .where('action', '=', 'amend')
    .orderBy('at')
    .execute();
}

export function dispatchedItems(db: Kysely<DB>) {
  return db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id')
    .innerJoin('admissions', 'admissions.id', 'dispatches.admission_id')
    .select([
      'dispatch_items.id',
      'dispatch_items.community_code',
      'dispatch_items.status',
      'dispatches.department_code',
      'dispatches.created_at',
      'admissions.number',
      'admissions.kind',
      'admissions.frequency',
      'admissions.minutes_per_occurrence',
      'admissions.ledger_fields',
      'admissions.ledger_rows',
    ])
    .execute();
}

export function inspectionVisits(db: Kysely<DB>) {
  return db
    .selectFrom('inspection_visits')
    .innerJoin('inspections', 'inspections.id', 'inspection_visits.inspection_id')
    .innerJoin('admissions', 'admissions.id', 'inspections.admission_id')
    .select([
      'inspections.id',
      'inspection_visits.community_code',
      'inspections.department_code',
      'inspections.start_date',
      'inspections.hours_per_community',
      'admissions.number',
    ])
    .execute();
}

export function appUses(db: Kysely<DB>) {
  return db
    .selectFrom('app_communities')
    .innerJoin('apps', 'apps.id', 'app_communities.app_id')
    .leftJoin('admissions', 'admissions.id', 'apps.admission_id')
    .select([
      'apps.id',
      'app_communities.community_code',
      'apps.department_code',
      'apps.minutes_per_day',
      'apps.created_at',
      'apps.exited_at',
      'admissions.number',
    ])
    .execute();
}

export function informalDemands(db: Kysely<DB>) {
  return db
    .selectFrom('informal_demands')
    .select(['id', 'community_code', 'department_code', 'occurred_on', 'estimated_minutes'])
    .execute();
}

/** Texts for the rebound alerts: applications, retired or rejected items, apps, dispatches. */
export function admissionTexts(db: Kysely<DB>, within: string) {
  return db
    .selectFrom('admissions')
    .select([
      'id',
      'jurisdiction_code',
      'title',
      'description',
      'status',
      'number',
      'department_code',
      'created_at',
      'decided_at',
      'updated_at',
    ])
    .where('jurisdiction_code', '>=', within)
    .where('jurisdiction_code', '<', `${within}~`)
    .execute();
}

export function appTexts(db: Kysely<DB>, within: string) {
  return db
    .selectFrom('apps')
    .select(['id', 'name', 'purpose', 'status', 'department_code', 'created_at', 'exited_at'])
    .where('district_code', '>=', within.slice(0, 6))
    .where('district_code', '<', `${within.slice(0, 6)}~`)
    .execute();
}

export function dispatchTexts(db: Kysely<DB>, within: string) {
  return db
    .selectFrom('dispatches')
    .select(['id', 'jurisdiction_code', 'title', 'instructions', 'department_code', 'created_at'])
    .where('jurisdiction_code', '>=', within)
    .where('jurisdiction_code', '<', `${within}~`)
    .execute();
}
