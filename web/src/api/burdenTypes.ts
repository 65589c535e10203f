// Shapes of the burden API (server/src/modules/burden/schema.ts).
import type { AlertRule, BurdenSource } from '../../../common/src/burden.js';

export interface BurdenPoint {
  month: string;
  hours: number;
  reestimateHours: number;
  index: number | null;
}

export interface NamedHours {
  code: string;
  name: string;
  hours: number;
}

export interface BurdenAggregates {
  org: { code: string; name: string; level: string; parentCode: string | null };
  from: string;
  to: string;
  baselineMonth: string | null;
  totalHours: number;
  series: BurdenPoint[];
  byDepartment: NamedHours[];
  byKind: { kind: string; hours: number }[];
}

export interface BurdenDashboard extends BurdenAggregates {
  bySource: { source: BurdenSource; hours: number }[];
  children: NamedHours[];
  ranking: (NamedHours & { ratio: number | null })[];
  capacity: {
    staff: number;
    communitiesWithStaff: number;
    availableHours12: number;
    burdenHours12: number;
    ratio: number | null;
  };
  beforeAfter: {
    split: string;
    beforeMonthlyHours: number | null;
    afterMonthlyHours: number | null;
    beforeMonths: number;
    afterMonths: number;
  } | null;
}

export interface BurdenEvent {
  source: BurdenSource;
  department: { code: string; name: string };
  admissionNumber: string | null;
  objectKind: string;
  hours: number;
  reestimate: boolean;
  ref: string;
}

export interface BurdenAlert {
  rule: AlertRule;
  subject: string;
  subjectName: string;
  month: string;
  /** First month of a rise. */
  since?: string;
  params: Record<string, string | number>;
}

export interface CapacityRow {
  code: string;
  name: string;
  streetName: string;
  staff: number | null;
  leaveDays: number;
}

export interface CapacityQuery {
  org?: string;
  q?: string;
  status?: 'missing' | 'entered';
  page?: number;
  pageSize?: number;
}

export interface BurdenSettings {
  jurisdiction: string;
  baselineMonth: string | null;
  annualCapHours: number | null;
  oneInOneOut: boolean;
}

export interface BurdenQuery {
  org?: string;
  from?: string;
  to?: string;
  split?: string;
}
