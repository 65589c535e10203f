// Request and reply schemas of 居民服务 · 诉求: the Open311 GeoReport v2 endpoints (/open311/v2, the spec's
// field names) and the app's own routes for residents and staff (/api/v1).
import { Type, type Static } from 'typebox';
import { SERVICE_EVENT_KINDS, SERVICE_REQUEST_STATUSES } from '../service-requests.js';
import { Nullable } from './schema.js';
import { ORG_CODE_PATTERN } from '../orgs.js';

const ServiceCode = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' });

// ——— Open311 GeoReport v2 ———

export const Open311Service = Type.Object({
  service_code: Type.String(),
  service_name: Type.String(),
  description: Type.String(),
  metadata: Type.Boolean(),
  type: Type.Literal('realtime'),
  keywords: Type.String(),
  group: Type.String(),
});
export type Open311Service = Static<typeof Open311Service>;

export const Open311ServiceDefinition = Type.Object({
  service_code: Type.String(),
  attributes: Type.Array(Type.Object({})),
});

export const Open311CodeParams = Type.Object({ service_code: Type.String({ maxLength: 60 }) });
export const Open311IdParams = Type.Object({ id: Type.String({ maxLength: 30 }) });

export const Open311Jurisdiction = Type.Object({
  jurisdiction_id: Type.Optional(Type.String({ maxLength: 30 })),
});

export const Open311Request = Type.Object({
  service_request_id: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  status_notes: Nullable(Type.String()),
  service_name: Type.String(),
  service_code: Type.String(),
  description: Type.String(),
  agency_responsible: Type.String(),
  service_notice: Nullable(Type.String()),
  requested_datetime: Type.String(),
  updated_datetime: Type.String(),
  expected_datetime: Type.String(),
  address: Nullable(Type.String()),
  address_id: Nullable(Type.String()),
  zipcode: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  long: Nullable(Type.Number()),
  media_url: Nullable(Type.String()),
});
export type Open311Request = Static<typeof Open311Request>;

export const Open311RequestsQuery = Type.Object({
  jurisdiction_id: Type.Optional(Type.String({ maxLength: 30 })),
  /** Comma-separated ids; the other filters are then ignored, as the spec says. */
  service_request_id: Type.Optional(Type.String({ maxLength: 500 })),
  /** Comma-separated service codes. */
  service_code: Type.Optional(Type.String({ maxLength: 500 })),
  start_date: Type.Optional(Type.String({ maxLength: 40 })),
  end_date: Type.Optional(Type.String({ maxLength: 40 })),
  status: Type.Optional(Type.String({ maxLength: 20 })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  page_size: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});
export type Open311RequestsQuery = Static<typeof Open311RequestsQuery>;

/** POST requests.json as the spec names its fields (form-encoded, JSON or multipart with a `media` file). */
export interface Open311PostFields {
  api_key?: string;
  jurisdiction_id?: string;
  service_code?: string;
  lat?: string;
  long?: string;
  address_string?: string;
  address_id?: string;
  description?: string;
  media_url?: string;
}

export const Open311PostReply = Type.Array(
  Type.Object({
    service_request_id: Type.String(),
    service_notice: Nullable(Type.String()),
    account_id: Nullable(Type.String()),
  }),
);

export const Open311Error = Type.Array(Type.Object({ code: Type.Integer(), description: Type.String() }));
export type Open311Error = Static<typeof Open311Error>;

// ——— The app's own routes (/api/v1) ———

export const ServiceCategoryView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  description: Type.String(),
  group: Type.String(),
  /** "24 小时" / "3 个工作日" as data: hours or working days. */
  slaHours: Nullable(Type.Integer()),
  slaWorkdays: Nullable(Type.Integer()),
  routeTo: Type.String(),
});
export type ServiceCategoryView = Static<typeof ServiceCategoryView>;

export const ReportBody = Type.Object({
  serviceCode: ServiceCode,
  description: Type.String({ minLength: 1, maxLength: 2000 }),
  address: Type.Optional(Type.String({ maxLength: 200 })),
  lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
  long: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
  anonymous: Type.Optional(Type.Boolean()),
});
export type ReportBody = Static<typeof ReportBody>;

export const ServiceEventView = Type.Object({
  kind: Type.Enum(SERVICE_EVENT_KINDS),
  actor: Type.String(),
  note: Type.String(),
  toName: Nullable(Type.String()),
  at: Type.String(),
});

export const ServiceRequestView = Type.Object({
  id: Type.Integer(),
  serviceCode: Type.String(),
  serviceName: Type.String(),
  description: Type.String(),
  address: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  long: Nullable(Type.Number()),
  status: Type.Enum(SERVICE_REQUEST_STATUSES),
  statusNotes: Nullable(Type.String()),
  handlerKind: Type.String(),
  handlerCode: Type.String(),
  handlerName: Type.String(),
  requestedAt: Type.String(),
  updatedAt: Type.String(),
  expectedAt: Type.String(),
  overdue: Type.Boolean(),
  /** Staff see the reporter's name unless she chose to be anonymous; a client's request has none. */
  requesterName: Nullable(Type.String()),
  anonymous: Type.Boolean(),
  photo: Type.Boolean(),
  rating: Nullable(Type.Integer()),
  ratingNote: Nullable(Type.String()),
  events: Type.Array(ServiceEventView),
});
export type ServiceRequestView = Static<typeof ServiceRequestView>;

export const ServiceRequestIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const InboxQuery = Type.Object({
  open: Type.Optional(Type.Boolean()),
});

export const InboxView = Type.Object({
  handler: Type.Object({ kind: Type.String(), code: Type.String(), name: Type.String() }),
  /** Requests this handler holds, by status: the community's own service work. */
  counts: Type.Record(Type.String(), Type.Integer()),
  items: Type.Array(ServiceRequestView),
});
export type InboxView = Static<typeof InboxView>;

export const NoteBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 1000 }) });
export type NoteBody = Static<typeof NoteBody>;

export const TransferBody = Type.Object({
  toKind: Type.Union([Type.Literal('community'), Type.Literal('street'), Type.Literal('department')]),
  /** The community or street code, or the department code. */
  toCode: Type.String({ minLength: 2, maxLength: 60, pattern: '^[0-9]+(-[a-z_]+)?$' }),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
});
export type TransferBody = Static<typeof TransferBody>;

export const RatingBody = Type.Object({
  rating: Type.Integer({ minimum: 1, maximum: 5 }),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
export type RatingBody = Static<typeof RatingBody>;

export const CategoriesQuery = Type.Object({ org: Type.Optional(Type.String({ pattern: ORG_CODE_PATTERN })) });
