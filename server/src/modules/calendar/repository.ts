// SQL for the holiday schedules admins enter.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

export function listYears(db: Kysely<DB>) {
  return db.selectFrom('calendar_years').selectAll().orderBy('year').execute();
}

export async function upsertYear(
  db: Kysely<DB>,
  y: { year: number; holidays: string[]; workdays: string[]; enteredBy: number; at: string },
): Promise<void> {
  const values = {
    year: y.year,
    holidays: JSON.stringify(y.holidays),
    workdays: JSON.stringify(y.workdays),
    entered_by: y.enteredBy,
    entered_at: y.at,
  };
  await db
    .insertInto('calendar_years')
    .values(values)
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({
        holidays: values.holidays,
        workdays: values.workdays,
        entered_by: y.enteredBy,
        entered_at: y.at,
      }),
    )
    .execute();
}
