// Households and their residents as a district's 公安分局 holds them, for the builders to load into the hub:
// valid ID numbers (the district's area code, birth dates from the ages on today's date), a shared address
// and 户号, the householder first. Pure.
import type { BaseRecord } from '../modules/hub/subjects-service.js';
import { makeIdNumber } from '#common/idcard.js';
import { addDays, addMonths } from '#common/dates.js';

export interface ResidentSpec {
  name: string;
  gender: 'male' | 'female';
  /** Age today in whole years (the birth date follows from the clock); 40 unless given. */
  age?: number;
  /** Relation to the householder (GB/T 4761): 02 the householder (the first by default), 10 spouse, 20 son … */
  relation?: string;
  /** A mobile number, or null for none (a made-up one unless given). */
  mobile?: string | null;
  /** Other elements as the hub stores them (living_alone: 'true', disability_grade: '2' …). */
  values?: Record<string, string>;
}

export interface BuiltResident {
  id: number;
  idNumber: string;
  name: string;
}

export interface BuiltHousehold {
  id: number;
  /** The household number (户号), its key. */
  number: string;
  /** Its address (家庭住址). */
  address: string;
  residents: BuiltResident[];
}

/** A household as written, before the hub gives it and its people their ids. */
export interface HouseholdDraft {
  number: string;
  address: string;
  people: { idNumber: string; name: string }[];
}

/** The base records of some households of a community; `next` numbers them (and is moved on). */
export function householdRecords(
  community: { code: string; name: string; places: string },
  families: readonly (readonly ResidentSpec[])[],
  opts: { today: string; grid: string | null; next: { household: number; person: number } },
): { records: BaseRecord[]; built: HouseholdDraft[] } {
  const district = community.code.slice(0, 6);
  const records: BaseRecord[] = [];
  const built: HouseholdDraft[] = [];
  for (const residents of families) {
    const n = ++opts.next.household;
    const number = `${community.code.slice(6)}${String(n).padStart(5, '0')}`;
    const estate = community.name.replace(/社区$/, '');
    const address = `${community.places}${estate}小区${1 + Math.floor(n / 24)}栋${1 + (n % 3)}单元${100 + n}室`;
    const people: HouseholdDraft['people'] = [];
    for (const [i, r] of residents.entries()) {
      const p = ++opts.next.person;
      // A month and some days past the birthday: `age` whole years today.
      const birthDate = addDays(addMonths(opts.today, -12 * (r.age ?? 40) - 1), -(p % 28));
      // Sequence numbers two apart: makeIdNumber moves one up to fit the gender.
      const idNumber = makeIdNumber(district, birthDate, (p * 2) % 1000, r.gender);
      const mobile = r.mobile === undefined ? `139${String(10000000 + p * 7919).slice(-8)}` : r.mobile;
      records.push({
        type: 'resident',
        key: idNumber,
        name: r.name,
        communityCode: community.code,
        gridCode: opts.grid,
        values: {
          name: r.name,
          gender: r.gender === 'male' ? '1' : '2',
          ethnicity: '01',
          birth_date: birthDate,
          id_number: idNumber,
          hukou_address: address,
          residence_address: address,
          household_number: number,
          relation_to_householder: r.relation ?? (i === 0 ? '02' : '10'),
          hukou_category: '3',
          marital_status: '20',
          ...(mobile ? { mobile } : {}),
          ...r.values,
        },
      });
      people.push({ idNumber, name: r.name });
    }
    records.push({
      type: 'household',
      key: number,
      name: `${people[0].name}户`,
      communityCode: community.code,
      gridCode: opts.grid,
      values: {
        household_number: number,
        householder_name: people[0].name,
        householder_id_number: people[0].idNumber,
        household_size: String(residents.length),
        family_address: address,
      },
    });
    built.push({ number, address, people });
  }
  return { records, built };
}
