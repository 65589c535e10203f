// SQL for forms (ledger definitions) and their columns.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DB } from '../../db/types.js';
import type { Condition, FormColumn } from './ledger.js';

export async function insertForm(
  db: Kysely<DB>,
  f: {
    title: string;
    departmentCode: string;
    subjectType: string;
    admissionId: number | null;
    filter: Condition[];
    columns: FormColumn[];
    by: number | null;
    at: string;
    isDemo?: boolean;
  },
): Promise<number> {
  const r = await db
    .insertInto('forms')
    .values({
      title: f.title,
      department_code: f.departmentCode,
      subject_type: f.subjectType,
      admission_id: f.admissionId,
      filter: JSON.stringify(f.filter),
      created_by: f.by,
      created_at: f.at,
      updated_at: f.at,
      is_demo: f.isDemo ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('form_columns')
    .values(
      f.columns.map((c, i) => ({
        form_id: r.id,
        position: i,
        label: c.label,
        element_code: c.element,
        relation: c.element ? (c.relation ?? null) : null,
      })),
    )
    .execute();
  return r.id;
}

/** Replaces a form's definition and its columns together (one transaction: never a form without columns). */
export async function updateForm(
  database: Database,
  id: number,
  f: {
    title: string;
    subjectType: string;
    admissionId: number | null;
    filter: Condition[];
    columns: FormColumn[];
    at: string;
  },
): Promise<void> {
  await database.transaction(async (trx) => {
    await trx
      .updateTable('forms')
      .set({
        title: f.title,
        subject_type: f.subjectType,
        admission_id: f.admissionId,
        filter: JSON.stringify(f.filter),
        updated_at: f.at,
      })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('form_columns').where('form_id', '=', id).execute();
    await trx
      .insertInto('form_columns')
      .values(
        f.columns.map((c, i) => ({
          form_id: id,
          position: i,
          label: c.label,
          element_code: c.element,
          relation: c.element ? (c.relation ?? null) : null,
        })),
      )
      .execute();
  });
}

function withNames(db: Kysely<DB>) {
  return db
    .selectFrom('forms')
    .innerJoin('departments', 'departments.code', 'forms.department_code')
    .leftJoin('admissions', 'admissions.id', 'forms.admission_id')
    .selectAll('forms')
    .select(['departments.name as department_name', 'departments.org_code', 'admissions.number as admission_number']);
}

export type FormRow = NonNullable<Awaited<ReturnType<typeof findForm>>>;

export function findForm(db: Kysely<DB>, id: number) {
  return withNames(db).where('forms.id', '=', id).executeTakeFirst();
}

export function listForms(db: Kysely<DB>, f: { departmentCode?: string; orgWithin?: string[] }) {
  let q = withNames(db);
  if (f.departmentCode) q = q.where('forms.department_code', '=', f.departmentCode);
  if (f.orgWithin) q = q.where('departments.org_code', 'in', f.orgWithin.length ? f.orgWithin : ['-']);
  return q.orderBy('forms.id').execute();
}

export function formsOfAdmission(db: Kysely<DB>, admissionId: number) {
  return withNames(db).where('forms.admission_id', '=', admissionId).orderBy('forms.id').execute();
}

export function columnsOf(db: Kysely<DB>, formIds: number[]) {
  if (formIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('form_columns')
    .selectAll()
    .where('form_id', 'in', formIds)
    .orderBy('form_id')
    .orderBy('position')
    .execute();
}
