// SQL for the inspection plan and the communities each inspection visits.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

export async function insertInspection(
  db: Kysely<DB>,
  i: {
    district: string;
    year: number;
    admissionId: number;
    departmentCode: string;
    topic: string;
    startDate: string;
    endDate: string;
    hoursPerCommunity: number;
    recordsRef: string;
    communities: string[];
    createdBy: number | null;
    at: string;
    isDemo?: boolean;
  },
): Promise<number> {
  const r = await db
    .insertInto('inspections')
    .values({
      district_code: i.district,
      year: i.year,
      admission_id: i.admissionId,
      department_code: i.departmentCode,
      topic: i.topic,
      start_date: i.startDate,
      end_date: i.endDate,
      hours_per_community: i.hoursPerCommunity,
      records_ref: i.recordsRef,
      created_by: i.createdBy,
      created_at: i.at,
      is_demo: i.isDemo ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('inspection_visits')
    .values(i.communities.map((c) => ({ inspection_id: r.id, community_code: c })))
    .execute();
  return r.id;
}

function withNames(db: Kysely<DB>) {
  return db
    .selectFrom('inspections')
    .innerJoin('admissions', 'admissions.id', 'inspections.admission_id')
    .innerJoin('departments', 'departments.code', 'inspections.department_code')
    .selectAll('inspections')
    .select([
      'admissions.number as admission_number',
      'admissions.code as admission_code',
      'departments.name as department_name',
    ]);
}

export type InspectionRow = Awaited<ReturnType<typeof listPlan>>[number];

export function listPlan(db: Kysely<DB>, district: string, year: number) {
  return withNames(db)
    .where('inspections.district_code', '=', district)
    .where('inspections.year', '=', year)
    .orderBy('inspections.start_date')
    .orderBy('inspections.id')
    .execute();
}

export function visitsOf(db: Kysely<DB>, inspectionIds: number[]) {
  if (inspectionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('inspection_visits')
    .innerJoin('orgs', 'orgs.code', 'inspection_visits.community_code')
    .select(['inspection_visits.inspection_id', 'inspection_visits.community_code', 'orgs.name'])
    .where('inspection_id', 'in', inspectionIds)
    .orderBy('inspection_visits.community_code')
    .execute();
}

/** Visits already planned in a year for some communities, with the start month of each. */
export function plannedVisits(db: Kysely<DB>, communities: string[], year: number) {
  if (communities.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('inspection_visits')
    .innerJoin('inspections', 'inspections.id', 'inspection_visits.inspection_id')
    .select(['inspection_visits.community_code', 'inspections.start_date'])
    .where('inspection_visits.community_code', 'in', communities)
    .where('inspections.year', '=', year)
    .execute();
}

export function calendarOf(db: Kysely<DB>, community: string, year: number) {
  return withNames(db)
    .innerJoin('inspection_visits', 'inspection_visits.inspection_id', 'inspections.id')
    .where('inspection_visits.community_code', '=', community)
    .where('inspections.year', '=', year)
    .orderBy('inspections.start_date')
    .execute();
}

// Read by burden monitoring (through burden-source.ts, this module's implementation of burden's port)
// to rebuild its events and find rebounds. `ids`: only those (burden's projector); else all.
export function inspectionVisits(db: Kysely<DB>, ids?: number[]) {
  if (ids?.length === 0) return Promise.resolve([]);
  const q = db
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
    ]);
  return (ids ? q.where('inspections.id', 'in', ids) : q).execute();
}
