// Staffing requirements, pure: the national defaults, inheritance, the three standards (per 10,000
// residents, grid workers per households, WISN by workload) and the size band.
import type { PayLadder, StaffingStandard } from '#common/api/staffing.js';
import type { SizeBand, SocialWorkCertificate } from '#common/staffing.js';

/**
 * 三岗十八级, the common pay-grade ladder of community workers: 一岗 (正职: 书记、主任) grades 1–6, 二岗
 * (副职、委员) 7–12, 三岗 (专职社区工作者、网格员) 13–18; a step per grade, post and certificate allowances.
 * The amounts are an example a district replaces with its own.
 */
export const DEFAULT_PAY_LADDER: PayLadder = {
  name: '三岗十八级',
  posts: [
    { level: 1, name: '一岗（正职）', gradeFrom: 1, gradeTo: 6, postAllowance: 1200 },
    { level: 2, name: '二岗（副职、委员）', gradeFrom: 7, gradeTo: 12, postAllowance: 800 },
    { level: 3, name: '三岗（专职社区工作者）', gradeFrom: 13, gradeTo: 18, postAllowance: 400 },
  ],
  basePay: 3200,
  gradeStep: 150,
  certificateAllowance: { assistant: 200, social_worker: 300, senior: 400 },
};

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
    // 居民议事协商 is the community's own service work: preparing, holding and minuting a 议事会, and
    // following each topic it heard through to a decision.
    { key: 'deliberation_meetings', name: '居民议事会', minutesPerCase: 240, casesPerYear: 1, basis: 'meetings' },
    { key: 'deliberation_topics', name: '议题协商办理', minutesPerCase: 120, casesPerYear: 1, basis: 'meeting_topics' },
  ],
  payLadder: DEFAULT_PAY_LADDER,
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
  return errors.concat(ladderErrors(s.payLadder));
}

/**
 * A ladder's posts must be levels 1, 2, … in order with grades that follow on from 1 without a gap or an
 * overlap (一岗 the highest grades), each post's range the right way round.
 */
export function ladderErrors(l: PayLadder): { field: string; reason: string }[] {
  const errors: { field: string; reason: string }[] = [];
  let next = 1;
  l.posts.forEach((p, i) => {
    if (p.level !== i + 1) errors.push({ field: `payLadder.posts.${i}.level`, reason: 'invalid_value' });
    if (p.gradeFrom !== next) errors.push({ field: `payLadder.posts.${i}.gradeFrom`, reason: 'invalid_value' });
    if (p.gradeTo < p.gradeFrom) errors.push({ field: `payLadder.posts.${i}.gradeTo`, reason: 'invalid_value' });
    next = p.gradeTo + 1;
  });
  return errors;
}

/** Monthly pay of one graded person by the ladder: base, a step per grade above the lowest, allowances. */
export function monthlyPayOf(
  l: PayLadder,
  p: { level: number; grade: number; certificate: SocialWorkCertificate },
): number {
  const lowest = Math.max(...l.posts.map((x) => x.gradeTo));
  const post = l.posts.find((x) => x.level === p.level);
  const cert = p.certificate === 'none' ? 0 : l.certificateAllowance[p.certificate];
  return l.basePay + Math.max(0, lowest - p.grade) * l.gradeStep + (post?.postAllowance ?? 0) + cert;
}

/** Households per person in post, per community, in bands of 100 (the last, from 800, open). */
export function householdsPerWorkerBands(
  communities: { households: number; staff: number | null }[],
): { from: number; to: number | null; communities: number }[] {
  const bands = Array.from({ length: 9 }, (_, i) => ({
    from: i * 100,
    to: i < 8 ? (i + 1) * 100 : null,
    communities: 0,
  }));
  for (const c of communities) {
    if (!c.staff || c.households <= 0) continue;
    bands[Math.min(8, Math.floor(c.households / c.staff / 100))].communities++;
  }
  return bands;
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
  /** The community's own 议事会 held in the last twelve months and the topics they heard. */
  meetings: number;
  meetingTopics: number;
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
  const bases: Record<StaffingStandard['duties'][number]['basis'], number> = {
    residents_1000: f.residents / 1000,
    households: f.households,
    care: f.care,
    meetings: f.meetings,
    meeting_topics: f.meetingTopics,
  };
  const base = (d: StaffingStandard['duties'][number]) => bases[d.basis];
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
