// SQL of 居民服务 · 证明事项: the guides a jurisdiction writes and residents' forbidden-certificate reports.
import type { Kysely } from 'kysely';
import type { AskerKind } from '#common/certificates.js';
import type { DB } from '../../db/types.js';

export interface GuideValues {
  whoMayAsk: string;
  materials: string[];
  steps: string[];
  timeLimitDays: number | null;
  sample: string;
  contact: string;
}

export interface GuideRecord extends GuideValues {
  jurisdiction: string;
  code: string;
  updatedAt: string;
}

const stringList = (json: string): string[] => {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

/** The guides of the given (jurisdiction, code) pairs. */
export async function guidesOf(db: Kysely<DB>, jurisdictions: string[]): Promise<GuideRecord[]> {
  if (jurisdictions.length === 0) return [];
  const rows = await db
    .selectFrom('certificate_guides')
    .selectAll()
    .where('jurisdiction_code', 'in', jurisdictions)
    .execute();
  return rows.map((r) => ({
    jurisdiction: r.jurisdiction_code,
    code: r.item_code,
    whoMayAsk: r.who_may_ask,
    materials: stringList(r.materials),
    steps: stringList(r.steps),
    timeLimitDays: r.time_limit_days,
    sample: r.sample,
    contact: r.contact,
    updatedAt: r.updated_at,
  }));
}

export async function upsertGuide(
  db: Kysely<DB>,
  key: { jurisdiction: string; code: string },
  v: GuideValues,
  by: string,
  at: string,
  isDemo: boolean,
): Promise<void> {
  const values = {
    who_may_ask: v.whoMayAsk,
    materials: JSON.stringify(v.materials),
    steps: JSON.stringify(v.steps),
    time_limit_days: v.timeLimitDays,
    sample: v.sample,
    contact: v.contact,
    updated_by: by,
    updated_at: at,
  };
  await db
    .insertInto('certificate_guides')
    .values({ jurisdiction_code: key.jurisdiction, item_code: key.code, ...values, is_demo: isDemo ? 1 : 0 })
    .onConflict((oc) => oc.columns(['jurisdiction_code', 'item_code']).doUpdateSet(values))
    .execute();
}

export interface NewAsk {
  community: string;
  jurisdiction: string;
  code: string;
  itemName: string;
  askerKind: AskerKind;
  askerName: string;
  askedOn: string;
  note: string;
  reportedBy: number;
  createdAt: string;
  isDemo: boolean;
}

export async function insertAsk(db: Kysely<DB>, a: NewAsk): Promise<number> {
  const row = await db
    .insertInto('forbidden_asks')
    .values({
      district_code: a.community.slice(0, 6),
      community_code: a.community,
      jurisdiction_code: a.jurisdiction,
      item_code: a.code,
      item_name: a.itemName,
      asker_kind: a.askerKind,
      asker_name: a.askerName,
      asked_on: a.askedOn,
      note: a.note,
      reported_by: a.reportedBy,
      created_at: a.createdAt,
      is_demo: a.isDemo ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Reports within an org and a date range, grouped by asking body and item (no reporter). */
export function askCounts(db: Kysely<DB>, org: string, from: string, to: string) {
  return db
    .selectFrom('forbidden_asks')
    .select((eb) => [
      'asker_kind',
      'asker_name',
      'item_code',
      'item_name',
      eb.fn.countAll<number>().as('reports'),
      eb.fn.max('asked_on').as('last_on'),
    ])
    .where('community_code', 'like', `${org}%`)
    .where('asked_on', '>=', from)
    .where('asked_on', '<=', to)
    .groupBy(['asker_kind', 'asker_name', 'item_code', 'item_name'])
    .execute();
}

/** Distinct communities per asking body over the whole range (a per-item count cannot be summed). */
export function askCommunities(db: Kysely<DB>, org: string, from: string, to: string) {
  return db
    .selectFrom('forbidden_asks')
    .select((eb) => ['asker_kind', 'asker_name', eb.fn.count<number>('community_code').distinct().as('communities')])
    .where('community_code', 'like', `${org}%`)
    .where('asked_on', '>=', from)
    .where('asked_on', '<=', to)
    .groupBy(['asker_kind', 'asker_name'])
    .execute();
}

// ---- online requests ----

export interface NewRequest {
  community: string;
  jurisdiction: string;
  code: string;
  itemName: string;
  requesterId: number;
  requesterName: string;
  subjectId: number | null;
  purpose: string;
  createdAt: string;
  isDemo: boolean;
}

export async function insertRequest(db: Kysely<DB>, r: NewRequest): Promise<number> {
  const row = await db
    .insertInto('certificate_requests')
    .values({
      district_code: r.community.slice(0, 6),
      community_code: r.community,
      jurisdiction_code: r.jurisdiction,
      item_code: r.code,
      item_name: r.itemName,
      requester_id: r.requesterId,
      requester_name: r.requesterName,
      subject_id: r.subjectId,
      purpose: r.purpose,
      status: 'submitted',
      created_at: r.createdAt,
      is_demo: r.isDemo ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Every column but the PDF (lists never carry the file). */
const REQUEST_COLUMNS = [
  'id',
  'community_code',
  'jurisdiction_code',
  'item_code',
  'item_name',
  'requester_id',
  'requester_name',
  'subject_id',
  'purpose',
  'status',
  'created_at',
  'decided_by',
  'decided_at',
  'decision_note',
  'verify_code',
  'issued_on',
  'valid_until',
  'topic_id',
  'topic_title',
] as const;

export function requestsOf(db: Kysely<DB>, requesterId: number) {
  return db
    .selectFrom('certificate_requests')
    .select(REQUEST_COLUMNS)
    .where('requester_id', '=', requesterId)
    .orderBy('id', 'desc')
    .execute();
}

export function communityRequests(db: Kysely<DB>, community: string, status?: string) {
  let q = db.selectFrom('certificate_requests').select(REQUEST_COLUMNS).where('community_code', '=', community);
  if (status) q = q.where('status', '=', status as 'submitted');
  return q.orderBy('id', 'desc').limit(200).execute();
}

export function findRequest(db: Kysely<DB>, id: number) {
  return db.selectFrom('certificate_requests').select(REQUEST_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

/** Decides a request still submitted; answers false if someone decided it first. */
export async function decideRequest(
  db: Kysely<DB>,
  id: number,
  d: {
    status: 'issued' | 'declined';
    by: string;
    at: string;
    note: string;
    verifyCode?: string;
    issuedOn?: string;
    validUntil?: string;
    pdf?: Buffer;
    topic?: { id: number; title: string };
  },
): Promise<boolean> {
  const r = await db
    .updateTable('certificate_requests')
    .set({
      status: d.status,
      decided_by: d.by,
      decided_at: d.at,
      decision_note: d.note,
      verify_code: d.verifyCode ?? null,
      issued_on: d.issuedOn ?? null,
      valid_until: d.validUntil ?? null,
      pdf: d.pdf ?? null,
      topic_id: d.topic?.id ?? null,
      topic_title: d.topic?.title ?? null,
    })
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function requestPdf(db: Kysely<DB>, id: number): Promise<Buffer | null> {
  const r = await db.selectFrom('certificate_requests').select('pdf').where('id', '=', id).executeTakeFirst();
  return r?.pdf ? Buffer.from(r.pdf) : null;
}

export function byVerifyCode(db: Kysely<DB>, code: string) {
  return db
    .selectFrom('certificate_requests')
    .select(REQUEST_COLUMNS)
    .where('verify_code', '=', code)
    .executeTakeFirst();
}

export async function submittedCount(db: Kysely<DB>, community: string): Promise<number> {
  const r = await db
    .selectFrom('certificate_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('community_code', '=', community)
    .where('status', '=', 'submitted')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function askCountSince(db: Kysely<DB>, org: string, since: string): Promise<number> {
  const r = await db
    .selectFrom('forbidden_asks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('community_code', 'like', `${org}%`)
    .where('asked_on', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A 居民议事协商 topic a certificate may cite: its community, status and title. */
export function findTopic(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('topics')
    .select(['id', 'community_code', 'status', 'title'])
    .where('id', '=', id)
    .executeTakeFirst();
}
