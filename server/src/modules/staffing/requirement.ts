// Staffing requirements, pure: the national defaults, inheritance, the three standards (per 10,000
// residents, grid workers per households, WISN by workload) and the size band.
import type { StaffingStandard } from '#common/api/staffing.js';
import type { SizeBand } from '#common/staffing.js';

/**
 * The defaults when no city or district has set a standard: 18 community workers per 10,000 urban
 * residents (the national target), 300 households per full-time grid worker (200 in villages), a size
 * band of 1,000–3,000 households, 30 % certified social workers, 8-hour days, 5 training days, 15 % of
 * time on supporting work, and the community's own statutory duties with standard times per case.
 */
export const DEFAULT_STANDARD: StaffingStandard = {
  workersPer10k: 18,
  householdsPerGridWorker: 300,
  householdsPerGridWorkerVillage: 200,
  sizeBandMin: 1000,
  sizeBandMax: 3000,
  certifiedShare: 0.3,
  hoursPerDay: 8,
  trainingDays: 5,
  categoryAllowance: 0.15,
  individualAllowanceHours: 0,
  duties: [
    {
      key: 'resident_services',
      name: '居民服务事项办理',
      minutesPerCase: 20,
      casesPerYear: 900,
      basis: 'residents_1000',
    },
    { key: 'consultations', name: '政策咨询与接待', minutesPerCase: 10, casesPerYear: 1200, basis: 'residents_1000' },
    { key: 'household_visits', name: '入户走访', minutesPerCase: 30, casesPerYear: 4, basis: 'households' },
    { key: 'vulnerable_assistance', name: '困难群体帮扶与探访', minutesPerCase: 60, casesPerYear: 24, basis: 'care' },
    { key: 'disputes', name: '矛盾纠纷调解', minutesPerCase: 90, casesPerYear: 20, basis: 'residents_1000' },
  ],
};

/** A new version: the body's values over the standard in force (lower levels inherit what they leave out). */
export function mergeStandard(inForce: StaffingStandard, body: Partial<StaffingStandard>): StaffingStandard {
  const out: StaffingStandard = { ...inForce };
  for (const [k, v] of Object.entries(body)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Field errors of a whole standard beyond what the schema checks (a band the wrong way round, duplicate duties). */
export function standardErrors(s: StaffingStandard): { field: string; reason: string }[] {
  const errors: { field: string; reason: string }[] = [];
  if (s.sizeBandMin >= s.sizeBandMax) errors.push({ field: 'sizeBandMax', reason: 'invalid_value' });
  const seen = new Set<string>();
  s.duties.forEach((d, i) => {
    if (seen.has(d.key)) errors.push({ field: `duties.${i}.key`, reason: 'taken' });
    seen.add(d.key);
  });
  return errors;
}

/** The code of the nearest org (itself first) among `codes` that has a standard, or null: inheritance. */
export function nearestWithStandard(org: string, has: ReadonlySet<string>): string | null {
  const lengths = [12, 9, 6, 4, 2].filter((n) => n <= org.length);
  for (const n of lengths) if (has.has(org.slice(0, n))) return org.slice(0, n);
  return null;
}

export interface CommunityFigures {
  residents: number;
  households: number;
  /** People needing care (elderly living alone, disabled, low-income) — the base of assistance duties. */
  care: number;
  isVillage: boolean;
  /** Hours a month of work from above measured by 负担监测. */
  burdenHoursPerMonth: number;
  /** Leave days a worker takes a year (社区人员). */
  leaveDays: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Workers by the per-10,000-residents standard. */
export function requiredPer10k(residents: number, s: StaffingStandard): number {
  return round1((residents / 10000) * s.workersPer10k);
}

/** Full-time grid workers: one per so many households (villages have their own figure). */
export function requiredGridWorkers(households: number, s: StaffingStandard, isVillage: boolean): number {
  const per = isVillage ? s.householdsPerGridWorkerVillage : s.householdsPerGridWorker;
  return households === 0 ? 0 : Math.ceil(households / per);
}

/** Working hours one worker has a year: (working days − leave − training) × hours per day, never below 0. */
export function availableHours(workingDays: number, leaveDays: number, s: StaffingStandard): number {
  return Math.max(0, (workingDays - leaveDays - s.trainingDays) * s.hoursPerDay);
}

export interface WisnResult {
  availableHoursPerWorker: number;
  workloadHours: number;
  items: { key: string; name: string; hoursPerYear: number }[];
  required: number;
}

/**
 * WISN (WHO's Workload Indicators of Staffing Need): the year's workload — the statutory duties at their
 * standard times plus the admitted work burden measures — divided by the time one worker has, raised by
 * the category allowance (the share of time that goes to supporting work) and increased by the individual
 * allowance (hours only some staff spend, in workers).
 */
export function wisn(f: CommunityFigures, workingDays: number, s: StaffingStandard): WisnResult {
  const base = (d: StaffingStandard['duties'][number]) =>
    d.basis === 'residents_1000' ? f.residents / 1000 : d.basis === 'households' ? f.households : f.care;
  const items = s.duties.map((d) => ({
    key: d.key,
    name: d.name,
    hoursPerYear: round1((base(d) * d.casesPerYear * d.minutesPerCase) / 60),
  }));
  items.push({ key: 'admitted_work', name: '准入事项（负担监测）', hoursPerYear: round1(f.burdenHoursPerMonth * 12) });
  items.sort((a, b) => b.hoursPerYear - a.hoursPerYear);
  const workloadHours = round1(items.reduce((n, i) => n + i.hoursPerYear, 0));
  const available = availableHours(workingDays, f.leaveDays, s);
  // Category allowance as a factor on the workload's staff, individual allowance as staff added (WHO WISN).
  const required =
    available === 0
      ? 0
      : round1(workloadHours / available / (1 - s.categoryAllowance) + s.individualAllowanceHours / available);
  return { availableHoursPerWorker: available, workloadHours, items, required };
}

/** Staff ÷ required; null without staff or without a requirement. */
export function wisnRatio(staff: number | null, required: number): number | null {
  if (staff === null || required <= 0) return null;
  return Math.round((staff / required) * 100) / 100;
}

export function sizeBandOf(households: number, s: StaffingStandard): SizeBand {
  if (households < s.sizeBandMin) return 'below';
  if (households > s.sizeBandMax) return 'above';
  return 'within';
}

/** A village (村) rather than an urban community, by its name. */
export const isVillage = (name: string) => /村$/.test(name) || /村民委员会$/.test(name);

/** Staff − requirement, one decimal; null without staff. */
export function gapOf(staff: number | null, required: number): number | null {
  return staff === null ? null : round1(staff - required);
}
