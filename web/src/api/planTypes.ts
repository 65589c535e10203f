// Shapes of the inspection plan and the registry of apps and work groups (mirrors
// server/src/modules/inspections/routes.ts and apps/routes.ts).
import type { AppType, ProhibitedFeature } from '../../../common/src/dispatch.js';
import type { NamedRef } from './dispatchTypes.js';

export interface Caps {
  perYear: number;
  perMonth: number;
}

export interface Inspection {
  id: number;
  topic: string;
  startDate: string;
  endDate: string;
  hoursPerCommunity: number;
  admissionNumber: string;
  admissionCode: string;
  department: NamedRef;
  /** The in-system records the inspection relies on (instead of paper ledgers). */
  recordsRef: string;
  communities: NamedRef[];
  totalHours: number;
}

export interface MergeSuggestion {
  a: number;
  b: number;
  /** YYYY-MM */
  month: string;
  score: number;
  sharedCommunities: number;
}

export interface DistrictPlan {
  district: string;
  year: number;
  caps: Caps;
  items: Inspection[];
  suggestions: MergeSuggestion[];
}

export interface CommunityCalendar {
  community: NamedRef;
  year: number;
  caps: Caps;
  items: Inspection[];
  hours: number;
}

export interface InspectionBody {
  admissionId: number;
  topic: string;
  startDate: string;
  endDate: string;
  hoursPerCommunity: number;
  communities: string[];
  recordsRef?: string;
}

/** A community an inspection would push over a cap (409 inspection_cap_exceeded). */
export interface CapBreach {
  community: string;
  communityName: string;
  scope: 'year' | 'month';
  planned: number;
  cap: number;
}

export const APP_STATUSES = ['active', 'zombie', 'expired', 'exited'] as const;
export type AppStatus = (typeof APP_STATUSES)[number];

export interface RegisteredApp {
  id: number;
  name: string;
  type: AppType;
  department: NamedRef;
  admissionNumber: string;
  purpose: string;
  minutesPerDay: number;
  expiryDate: string;
  lastUsedOn: string;
  status: AppStatus;
  communityCount: number;
  exitedAt: string | null;
  exitReason: string;
}

export interface CommunityApps {
  community: NamedRef;
  items: RegisteredApp[];
  counts: { total: number; zombie: number };
  minutesPerDay: number;
}

export interface AppBody {
  name: string;
  type: AppType;
  admissionId: number;
  purpose?: string;
  minutesPerDay: number;
  expiryDate: string;
  features: ProhibitedFeature[];
  targets: { type: 'all' | 'streets' | 'communities'; codes: string[] };
}
