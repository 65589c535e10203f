// Request and reply schemas of the roster (花名册) of community workers, part of staffing (定人定岗).
import { Type, type Static } from 'typebox';
import { ORG_CODE_PATTERN } from '../orgs.js';
import { ROSTER_POSTS, SOCIAL_WORK_CERTIFICATES } from '../staffing.js';
import { DateString, Nullable, PagedOf, pageProps } from './schema.js';

export const RosterParams = Type.Object({ code: Type.String({ pattern: ORG_CODE_PATTERN, maxLength: 20 }) });
export const RosterEntryParams = Type.Object({
  code: Type.String({ pattern: ORG_CODE_PATTERN, maxLength: 20 }),
  id: Type.Integer({ minimum: 1 }),
});

export const RosterQuery = Type.Object({
  ...pageProps,
  /** Part of a name. */
  q: Type.Optional(Type.String({ maxLength: 40 })),
  /** Also those who have left. */
  ended: Type.Optional(Type.Boolean({ default: false })),
});

export const RosterBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 40 }),
  post: Type.Enum(ROSTER_POSTS),
  // Optional rather than nullable: the request coercion would turn a 0 into null and let it through.
  /** 三岗十八级: post level 1–3 (left out: unknown). */
  postLevel: Type.Optional(Type.Integer({ minimum: 1, maximum: 3 })),
  /** 三岗十八级: grade 1–18 (left out: unknown). */
  grade: Type.Optional(Type.Integer({ minimum: 1, maximum: 18 })),
  certificate: Type.Enum(SOCIAL_WORK_CERTIFICATES),
  hiredOn: DateString,
  /** A grid of the community (left out: none). */
  gridCode: Type.Optional(Type.String({ maxLength: 20 })),
  /** The person's account, one of the community's workers (left out: none) — she then sees her own grid. */
  userId: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const RosterEndBody = Type.Object({ leftOn: DateString });

export const RosterEntry = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  post: Type.Enum(ROSTER_POSTS),
  postLevel: Nullable(Type.Integer()),
  grade: Nullable(Type.Integer()),
  certificate: Type.Enum(SOCIAL_WORK_CERTIFICATES),
  hiredOn: Type.String(),
  leftOn: Nullable(Type.String()),
  grid: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  /** The linked account (its display name), if any. */
  account: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  isDemo: Type.Boolean(),
});

export const RosterPage = Type.Intersect([
  PagedOf(RosterEntry),
  Type.Object({
    community: Type.Object({ code: Type.String(), name: Type.String() }),
    /** Street officers and the district's 民政 keep the roster; the community's workers read it. */
    canEdit: Type.Boolean(),
    /** Those in post today, whatever the search. */
    active: Type.Integer(),
    certified: Type.Integer(),
    grids: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
    /** The community's worker accounts an entry may be linked to (for those who keep the roster). */
    accounts: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
  }),
]);

export type RosterQuery = Static<typeof RosterQuery>;
export type RosterBody = Static<typeof RosterBody>;
export type RosterEndBody = Static<typeof RosterEndBody>;
export type RosterEntry = Static<typeof RosterEntry>;
export type RosterPage = Static<typeof RosterPage>;

/** The JSON `data` field of a roster import (multipart, with one XLSX or CSV file). */
export const RosterImportData = Type.Object({
  /** false (the default): a dry run that writes nothing; true: write every row, or none when any is bad. */
  commit: Type.Optional(Type.Boolean()),
});

export const RosterImportReply = Type.Object({
  /** Data rows read (the header and blank rows not counted). */
  rows: Type.Integer(),
  /** Row errors: the row number as the spreadsheet shows it, the column and the reason. */
  errors: Type.Array(Type.Object({ row: Type.Integer(), field: Type.String(), reason: Type.String() })),
  /** Entries written: all rows on a commit without errors, else 0. */
  imported: Type.Integer(),
  committed: Type.Boolean(),
});

export type RosterImportReply = Static<typeof RosterImportReply>;
