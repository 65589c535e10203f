// Request and reply schemas of the registry of apps and work groups.
import { Type, type Static } from 'typebox';
import { APP_STATUSES, APP_TYPES, PROHIBITED_FEATURES } from '../dispatch.js';
import { SCOPE_TYPES } from '../admission.js';
import { ORG_CODE_PATTERN } from '../orgs.js';
import { NamedRef } from './dispatch.js';
import { DateString, Nullable } from './schema.js';

export const AppView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  type: Type.Enum(APP_TYPES),
  department: NamedRef,
  admissionNumber: Type.String(),
  purpose: Type.String(),
  minutesPerDay: Type.Number(),
  expiryDate: Type.String(),
  lastUsedOn: Type.String(),
  status: Type.Enum(APP_STATUSES),
  communityCount: Type.Integer(),
  exitedAt: Nullable(Type.String()),
  exitReason: Type.String(),
});

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export const CommunityParams = Type.Object({ code: Type.String({ maxLength: 20 }) });

export const AppBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 60 }),
  type: Type.Enum(APP_TYPES),
  admissionId: Type.Integer({ minimum: 1 }),
  purpose: Type.Optional(Type.String({ maxLength: 1000 })),
  minutesPerDay: Type.Number({ minimum: 0, maximum: 600 }),
  expiryDate: DateString,
  features: Type.Array(Type.Enum(PROHIBITED_FEATURES), { uniqueItems: true }),
  targets: Type.Object({
    type: Type.Enum(SCOPE_TYPES),
    codes: Type.Array(Type.String({ pattern: ORG_CODE_PATTERN }), { maxItems: 2000, default: [] }),
  }),
});

export const CommunityApps = Type.Object({
  community: NamedRef,
  items: Type.Array(AppView),
  counts: Type.Object({ total: Type.Integer(), zombie: Type.Integer() }),
  minutesPerDay: Type.Number(),
});

export const ExitBody = Type.Object({ reason: Type.String({ maxLength: 1000 }) });

export type RegisteredApp = Static<typeof AppView>;
export type AppBody = Static<typeof AppBody>;
export type CommunityApps = Static<typeof CommunityApps>;
export type { AppStatus } from '../dispatch.js';
export { APP_STATUSES } from '../dispatch.js';
