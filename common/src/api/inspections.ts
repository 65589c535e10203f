// Request and reply schemas of the annual inspection plan routes.
import { Type, type Static } from 'typebox';
import { ORG_CODE_PATTERN } from '../orgs.js';
import { NamedRef } from './dispatch.js';
import { DateString } from './schema.js';

export const Caps = Type.Object({
  perYear: Type.Integer({ minimum: 1, maximum: 100 }),
  perMonth: Type.Integer({ minimum: 1, maximum: 31 }),
});

export const InspectionView = Type.Object({
  id: Type.Integer(),
  topic: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  hoursPerCommunity: Type.Number(),
  admissionNumber: Type.String(),
  admissionCode: Type.String(),
  department: NamedRef,
  recordsRef: Type.String({ description: '检查依托的系统内记录（而非纸质台账）' }),
  communities: Type.Array(NamedRef),
  totalHours: Type.Number(),
});

export const YearQuery = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
export const DistrictParams = Type.Object({ district: Type.String({ pattern: ORG_CODE_PATTERN }) });
export const CommunityParams = Type.Object({ code: Type.String({ maxLength: 20 }) });

export const InspectionBody = Type.Object({
  admissionId: Type.Integer({ minimum: 1 }),
  topic: Type.String({ minLength: 1, maxLength: 100 }),
  startDate: DateString,
  endDate: DateString,
  hoursPerCommunity: Type.Number({ minimum: 0, maximum: 200 }),
  communities: Type.Array(Type.String({ pattern: ORG_CODE_PATTERN }), { minItems: 1, maxItems: 2000 }),
  recordsRef: Type.Optional(Type.String({ maxLength: 500 })),
});

export const Created = Type.Object({ id: Type.Integer() });

export const MergeSuggestion = Type.Object({
  a: Type.Integer(),
  b: Type.Integer(),
  month: Type.String({ description: 'YYYY-MM' }),
  score: Type.Number(),
  sharedCommunities: Type.Integer(),
});

export const DistrictPlan = Type.Object({
  district: Type.String(),
  year: Type.Integer(),
  caps: Caps,
  items: Type.Array(InspectionView),
  suggestions: Type.Array(MergeSuggestion),
});

export const CommunityCalendar = Type.Object({
  community: NamedRef,
  year: Type.Integer(),
  caps: Caps,
  items: Type.Array(InspectionView),
  hours: Type.Number(),
});

/** A community an inspection would push over a cap: the `breaches` of a 409 inspection_cap_exceeded. */
export const CapBreach = Type.Object({
  community: Type.String(),
  communityName: Type.String(),
  scope: Type.Union([Type.Literal('year'), Type.Literal('month')]),
  planned: Type.Integer(),
  cap: Type.Integer(),
});

export type Caps = Static<typeof Caps>;
export type Inspection = Static<typeof InspectionView>;
export type InspectionBody = Static<typeof InspectionBody>;
export type MergeSuggestion = Static<typeof MergeSuggestion>;
export type DistrictPlan = Static<typeof DistrictPlan>;
export type CommunityCalendar = Static<typeof CommunityCalendar>;
export type CapBreach = Static<typeof CapBreach>;
