// Shapes of the catalogue, calendar and demo APIs (mirrors server/src/modules/{catalogue,calendar,demo}).
import type { Frequency, ListType, ObjectKind } from '../../../common/src/admission.js';
import type { PathItem } from './types.js';

export interface CatalogueItemValues {
  code: string;
  listType: ListType;
  name: string;
  description: string;
  legalBasis: string;
  departmentKind: string | null;
  objectKind: ObjectKind;
  frequency: Frequency;
  occurrencesPerYear: number | null;
  standardMinutes: number;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export interface CatalogueItem extends CatalogueItemValues {
  departmentName: string | null;
}

export interface CatalogueVersion {
  id: number;
  jurisdictionCode: string;
  versionNo: number;
  status: 'draft' | 'published';
  title: string;
  note: string;
  effectiveFrom: string;
  publishedAt: string | null;
  isDemo: boolean;
}

export interface CatalogueJurisdiction {
  code: string;
  name: string;
  level: string;
  latestVersion: number;
}

export interface PublishedCatalogue {
  jurisdiction: { code: string; name: string; path: PathItem[] };
  version: CatalogueVersion;
  versions: CatalogueVersion[];
  counts: Partial<Record<ListType, number>>;
  items: CatalogueItem[];
}

export interface CatalogueQuery {
  version?: number;
  q?: string;
  listType?: ListType;
  objectKind?: ObjectKind;
  departmentKind?: string;
}

export interface FieldChange {
  field: string;
  before: string | number | null;
  after: string | number | null;
}

export interface CatalogueDiff {
  from: CatalogueVersion | null;
  to: CatalogueVersion;
  added: CatalogueItemValues[];
  removed: CatalogueItemValues[];
  changed: { code: string; name: string; changes: FieldChange[] }[];
  unchanged: number;
}

export type CatalogueItemBody = Omit<CatalogueItemValues, 'code'>;

export interface CalendarYear {
  year: number;
  source: 'package' | 'admin';
  holidays: string[];
  workdays: string[];
}

export interface WorkdaysReply {
  from: string;
  date?: string;
  workingDays?: number;
  /** Years counted on weekends only, for want of an official schedule. */
  assumedYears: number[];
}

export interface DemoAccounts {
  password: string;
  accounts: { username: string; displayName: string; role: string; orgName: string }[];
}
