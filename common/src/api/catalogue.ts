// Request and reply schemas of the catalogue routes.
import { Type, type Static } from 'typebox';
import { DateString, Nullable, PathItem } from './schema.js';
import { FREQUENCIES, LIST_TYPES, OBJECT_KINDS } from '../admission.js';
import { ORG_CODE_PATTERN } from '../orgs.js';

export const JurisdictionParams = Type.Object({ jurisdiction: Type.String({ pattern: ORG_CODE_PATTERN }) });

export const ItemBody = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9-]+$' }),
  listType: Type.Enum(LIST_TYPES),
  name: Type.String({ minLength: 2, maxLength: 80 }),
  description: Type.String({ maxLength: 2000, default: '' }),
  legalBasis: Type.String({ maxLength: 1000, default: '' }),
  departmentKind: Nullable(Type.String({ maxLength: 40 })),
  objectKind: Type.Enum(OBJECT_KINDS),
  frequency: Type.Enum(FREQUENCIES),
  occurrencesPerYear: Nullable(Type.Number({ minimum: 0, maximum: 10000 })),
  standardMinutes: Type.Number({ minimum: 0, maximum: 100000 }),
  effectiveFrom: Nullable(DateString),
  effectiveTo: Nullable(DateString),
});

/** An item in a draft: the code comes from the URL. */
export const ItemPutBody = Type.Omit(ItemBody, ['code']);

export const ItemView = Type.Intersect([ItemBody, Type.Object({ departmentName: Nullable(Type.String()) })]);

export const VersionView = Type.Object({
  id: Type.Integer(),
  jurisdictionCode: Type.String(),
  versionNo: Type.Integer(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
  title: Type.String(),
  note: Type.String(),
  effectiveFrom: Type.String(),
  publishedAt: Nullable(Type.String()),
  isDemo: Type.Boolean(),
});

export const PublishedQuery = Type.Object({
  version: Type.Optional(Type.Integer({ minimum: 1 })),
  q: Type.Optional(Type.String({ maxLength: 50 })),
  listType: Type.Optional(Type.Enum(LIST_TYPES)),
  objectKind: Type.Optional(Type.Enum(OBJECT_KINDS)),
  departmentKind: Type.Optional(Type.String({ maxLength: 40 })),
});

export const PublishedView = Type.Object({
  jurisdiction: Type.Object({
    code: Type.String(),
    name: Type.String(),
    path: Type.Array(PathItem),
  }),
  version: VersionView,
  versions: Type.Array(VersionView),
  counts: Type.Record(Type.String(), Type.Integer(), { description: '各类清单的事项数' }),
  items: Type.Array(ItemView),
});

const FieldChange = Type.Object({
  field: Type.String(),
  before: Type.Union([Type.String(), Type.Number(), Type.Null()]),
  after: Type.Union([Type.String(), Type.Number(), Type.Null()]),
});

export const DiffView = Type.Object({
  from: Nullable(VersionView),
  to: VersionView,
  added: Type.Array(ItemBody),
  removed: Type.Array(ItemBody),
  changed: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), changes: Type.Array(FieldChange) })),
  unchanged: Type.Integer(),
});

export const PublishBody = Type.Object({
  effectiveFrom: DateString,
  note: Type.String({ maxLength: 500, default: '' }),
});
export const VersionIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const CatalogueJurisdiction = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.String(),
  latestVersion: Type.Integer(),
});

export const VersionQuery = Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) });

export const VersionWithItems = Type.Object({ version: VersionView, items: Type.Array(ItemView) });

export const ItemParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  code: Type.String({ maxLength: 20, pattern: '^[A-Za-z0-9-]+$' }),
});

export const ItemDeleteParams = Type.Object({ id: Type.Integer({ minimum: 1 }), code: Type.String({ maxLength: 20 }) });

export type CatalogueItemValues = Static<typeof ItemBody>;
export type CatalogueItemBody = Static<typeof ItemPutBody>;
export type CatalogueItem = Static<typeof ItemView>;
export type CatalogueVersion = Static<typeof VersionView>;
export type CatalogueJurisdiction = Static<typeof CatalogueJurisdiction>;
export type PublishedCatalogue = Static<typeof PublishedView>;
export type CatalogueQuery = Static<typeof PublishedQuery>;
export type FieldChange = Static<typeof FieldChange>;
export type CatalogueDiff = Static<typeof DiffView>;
export type VersionWithItems = Static<typeof VersionWithItems>;
export type PublishBody = Static<typeof PublishBody>;
