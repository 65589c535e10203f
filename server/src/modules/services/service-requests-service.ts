// 居民服务 · 诉求: a resident (or a registered client such as a city's 12345 hotline) reports a request under
// a category; it is routed by category and place to the community, the street or a district department,
// with an expected time from the category's SLA; the handler accepts, transfers (with a reason), updates
// and closes it; the resident sees every step and rates the outcome. Open311 GeoReport v2 reads the same rows.
import crypto from 'node:crypto';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { forbidden, notFound, problem } from '../../http/problem.js';
import type { UploadedFile } from '../../http/multipart.js';
import type { SessionUser } from '../accounts/types.js';
import { insertAttachments } from '../attachments/repository.js';
import type { CalendarService } from '../calendar/service.js';
import type { Notifier } from '../notifications/ports.js';
import type { OrgService } from '../orgs/service.js';
import { codeWithin } from '#common/roles.js';
import {
  OPEN311_MAX_WINDOW_DAYS,
  OPEN311_PAGE_SIZE,
  SERVICE_CATEGORIES,
  categoryOf,
  expectedAt,
  routeRequest,
  type Handler,
  type HandlerKind,
  type ServiceEventKind,
  type ServiceRequestStatus,
} from '#common/service-requests.js';
import type {
  InboxView,
  Open311RequestsQuery,
  RatingBody,
  ReportBody,
  ServiceCategoryView,
  ServiceRequestView,
  TransferBody,
} from '#common/api/open311.js';
import { canHandle, handlerOf, parseInstant, toOpen311, transferAllowed } from './service-requests-policy.js';
import * as repo from './service-requests-repository.js';

export const hashApiKey = (key: string) => crypto.createHash('sha256').update(key).digest('hex');

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png']);

export interface ReportInput {
  serviceCode: string;
  description: string;
  address?: string | null;
  lat?: number | null;
  long?: number | null;
  anonymous?: boolean;
  /** The community or street the request is about. */
  place: string;
  requester: { id: number; name: string } | null;
  client: { id: number; name: string } | null;
  photo: UploadedFile | null;
  isDemo?: boolean;
  /** When it happened, for the demo's past requests; the clock's now otherwise. */
  at?: string;
}

export class ServiceRequestsService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly calendar: CalendarService,
    private readonly notifier: Notifier,
  ) {}

  private get db() {
    return this.database.db;
  }

  categories(): ServiceCategoryView[] {
    return SERVICE_CATEGORIES.map((c) => ({
      code: c.code,
      name: c.name,
      nameEn: c.nameEn,
      description: c.description,
      group: c.group,
      slaHours: 'hours' in c.sla ? c.sla.hours : null,
      slaWorkdays: 'workdays' in c.sla ? c.sla.workdays : null,
      routeTo: c.route.to === 'department' ? `department:${c.route.kind}` : c.route.to,
    }));
  }

  /** The name a resident sees for a handler (the community, the street, the department). */
  private async handlerName(kind: string, code: string): Promise<string> {
    if (kind === 'department') return (await this.orgs.department(code))?.name ?? code;
    return (await this.orgs.find(code))?.name ?? code;
  }

  private async exists(kind: HandlerKind, code: string): Promise<boolean> {
    if (kind === 'department') return (await this.orgs.department(code))?.active ?? false;
    const org = await this.orgs.find(code);
    return org !== null && org.level === kind;
  }

  /** Checks, routes and stores a request; the caller has decided who may report about which place. */
  async report(input: ReportInput): Promise<ServiceRequestView> {
    const category = categoryOf(input.serviceCode);
    if (!category)
      throw problem('service_code_unknown', {
        detail: input.serviceCode,
        fields: [{ field: 'service_code', reason: 'invalid_value' }],
      });
    const address = input.address?.trim() || null;
    const hasPoint = typeof input.lat === 'number' && typeof input.long === 'number';
    if (!address && !hasPoint)
      throw problem('service_location_required', { fields: [{ field: 'address', reason: 'required' }] });
    if (input.photo && !IMAGE_TYPES.has(input.photo.contentType))
      throw problem('service_media_not_image', {
        detail: input.photo.filename,
        fields: [{ field: 'media', reason: 'invalid_value' }],
      });
    let handler = routeRequest(category, input.place);
    if (!handler)
      throw problem('service_place_unknown', { fields: [{ field: 'jurisdiction_id', reason: 'invalid_value' }] });
    // A district without that department: its street takes the request (and may transfer it on).
    if (!(await this.exists(handler.kind, handler.code))) handler = { kind: 'street', code: input.place.slice(0, 9) };
    const now = input.at ?? this.clock.nowIso();
    const expected = expectedAt(category.sla, now, await this.calendar.calendar());
    const id = await this.database.transaction(async () => {
      const id = await repo.insertRequest(this.db, {
        service_code: category.code,
        service_name: category.name,
        place_code: input.place,
        district_code: input.place.slice(0, 6),
        description: input.description.trim(),
        address,
        lat: hasPoint ? input.lat! : null,
        long: hasPoint ? input.long! : null,
        handler_kind: handler.kind,
        handler_code: handler.code,
        status: 'submitted',
        status_notes: null,
        requester_id: input.requester?.id ?? null,
        requester_name: input.requester?.name ?? null,
        anonymous: input.anonymous ? 1 : 0,
        client_id: input.client?.id ?? null,
        requested_at: now,
        updated_at: now,
        expected_at: expected,
        is_demo: input.isDemo ? 1 : 0,
      });
      await this.event(id, 'submitted', input.client?.name ?? '', null, '', handler, now);
      if (input.photo)
        await insertAttachments(
          this.db,
          { type: 'service_request', id },
          [input.photo],
          input.requester?.id ?? null,
          now,
        );
      return id;
    });
    return (await this.views([(await repo.findRequest(this.db, id))!], { staff: false }))[0];
  }

  /** A resident reports about her own community. */
  reportAsResident(user: SessionUser, body: ReportBody, photo: UploadedFile | null, demo?: { at: string }) {
    if (user.role !== 'resident') throw forbidden('forbidden_role');
    return this.report({
      ...body,
      place: user.orgCode,
      requester: { id: user.id, name: user.displayName },
      client: null,
      photo,
      isDemo: demo !== undefined,
      at: demo?.at,
    });
  }

  /** A registered client (api_key) reports about a community or street within its org. */
  async client(apiKey: string | undefined): Promise<{ id: number; name: string; orgCode: string }> {
    if (!apiKey) throw problem('api_key_invalid');
    const c = await repo.clientByHash(this.db, hashApiKey(apiKey));
    if (!c) throw problem('api_key_invalid');
    return { id: Number(c.id), name: c.name, orgCode: c.org_code };
  }

  async placeFor(client: { orgCode: string }, jurisdiction: string | undefined): Promise<string> {
    const place = jurisdiction?.trim() ?? '';
    const ok =
      (place.length === 12 || place.length === 9) &&
      codeWithin(place, client.orgCode) &&
      (await this.orgs.find(place)) !== null;
    if (!ok)
      throw problem('service_place_unknown', { fields: [{ field: 'jurisdiction_id', reason: 'invalid_value' }] });
    return place;
  }

  /** Registers a third-party client; the key is shown once and stored hashed. */
  async registerClient(name: string, orgCode: string, isDemo = false, key = crypto.randomBytes(24).toString('hex')) {
    await repo.insertClient(this.db, {
      name,
      orgCode,
      keyHash: hashApiKey(key),
      createdAt: this.clock.nowIso(),
      isDemo,
    });
    return key;
  }

  private event(
    id: number,
    kind: ServiceEventKind,
    actor: string,
    userId: number | null,
    note: string,
    to: Handler | null,
    at: string,
  ) {
    return repo.insertEvent(this.db, {
      request_id: id,
      kind,
      actor,
      actor_user_id: userId,
      note,
      to_kind: to?.kind ?? null,
      to_code: to?.code ?? null,
      at,
    });
  }

  private async views(rows: repo.ServiceRequestRow[], opts: { staff: boolean }): Promise<ServiceRequestView[]> {
    const ids = rows.map((r) => Number(r.id));
    const events = await repo.events(this.db, ids);
    const photos = await repo.mediaIds(this.db, ids);
    const names = new Map<string, string>();
    const nameOf = async (kind: string, code: string) => {
      const key = `${kind}:${code}`;
      if (!names.has(key)) names.set(key, await this.handlerName(kind, code));
      return names.get(key)!;
    };
    const now = this.clock.nowIso();
    const out: ServiceRequestView[] = [];
    for (const r of rows) {
      const id = Number(r.id);
      const steps = [];
      for (const e of events.filter((x) => Number(x.request_id) === id))
        steps.push({
          kind: e.kind as ServiceEventKind,
          actor: e.actor,
          note: e.note,
          toName: e.to_kind && e.to_code ? await nameOf(e.to_kind, e.to_code) : null,
          at: e.at,
        });
      const anonymous = Boolean(r.anonymous);
      out.push({
        id,
        serviceCode: r.service_code,
        serviceName: r.service_name,
        description: r.description,
        address: r.address,
        lat: r.lat === null ? null : Number(r.lat),
        long: r.long === null ? null : Number(r.long),
        status: r.status as ServiceRequestStatus,
        statusNotes: r.status_notes,
        handlerKind: r.handler_kind,
        handlerCode: r.handler_code,
        handlerName: await nameOf(r.handler_kind, r.handler_code),
        requestedAt: r.requested_at,
        updatedAt: r.updated_at,
        expectedAt: r.expected_at,
        overdue: r.status !== 'closed' && r.expected_at < now,
        requesterName: opts.staff && !anonymous ? r.requester_name : null,
        anonymous,
        photo: photos.has(id),
        rating: r.rating === null ? null : Number(r.rating),
        ratingNote: r.rating_note,
        events: steps,
      });
    }
    return out;
  }

  async mine(user: SessionUser): Promise<ServiceRequestView[]> {
    if (user.role !== 'resident') throw forbidden('forbidden_role');
    return this.views(await repo.requesterRequests(this.db, user.id), { staff: false });
  }

  async rate(user: SessionUser, id: number, body: RatingBody, at?: string): Promise<ServiceRequestView> {
    const r = await repo.findRequest(this.db, id);
    if (!r || user.role !== 'resident' || r.requester_id === null || Number(r.requester_id) !== user.id)
      throw notFound('service_request_not_found');
    if (r.status !== 'closed') throw problem('service_request_not_closed');
    const note = body.note?.trim() ?? '';
    const ok = await this.database.transaction(async () => {
      const done = await repo.rate(this.db, id, body.rating, note);
      if (done)
        await this.event(
          id,
          'rated',
          '',
          user.id,
          `${'★'.repeat(body.rating)}${note ? ` ${note}` : ''}`,
          null,
          at ?? this.clock.nowIso(),
        );
      return done;
    });
    if (!ok) throw problem('service_request_rated');
    return (await this.views([(await repo.findRequest(this.db, id))!], { staff: false }))[0];
  }

  /** What a handler holds, with its counts by status (the community's own service work). */
  async inbox(user: SessionUser, open: boolean | undefined): Promise<InboxView> {
    const h = handlerOf(user);
    if (!h) throw forbidden('out_of_scope');
    const rows = await repo.handlerRequests(this.db, h.kind, h.code, open);
    return {
      handler: { ...h, name: await this.handlerName(h.kind, h.code) },
      counts: await repo.handlerCounts(this.db, h.kind, h.code),
      items: await this.views(rows, { staff: true }),
    };
  }

  /** The open requests a staff member's office holds (her to-do). */
  async openCount(user: SessionUser): Promise<number | null> {
    const h = handlerOf(user);
    if (!h) return null;
    const counts = await repo.handlerCounts(this.db, h.kind, h.code);
    return (counts.submitted ?? 0) + (counts.accepted ?? 0);
  }

  /** Counts of a handler's requests by status, for a workload view. */
  counts(kind: HandlerKind, code: string): Promise<Record<string, number>> {
    return repo.handlerCounts(this.db, kind, code);
  }

  private async step(
    user: SessionUser,
    id: number,
    kind: 'accepted' | 'transferred' | 'updated' | 'closed',
    note: string,
    to: Handler | null = null,
    at?: string,
  ): Promise<ServiceRequestView> {
    const r = await repo.findRequest(this.db, id);
    if (!r) throw notFound('service_request_not_found');
    if (!canHandle(user, r)) throw forbidden('out_of_scope');
    if (r.status === 'closed') throw problem('service_request_closed');
    const from = { kind: r.handler_kind as HandlerKind, code: r.handler_code };
    if (to && (!transferAllowed(r.district_code, from, to) || !(await this.exists(to.kind, to.code))))
      throw problem('transfer_target_invalid', { fields: [{ field: 'toCode', reason: 'invalid_value' }] });
    const now = at ?? this.clock.nowIso();
    const actor = await this.handlerName(from.kind, from.code);
    const patch =
      kind === 'accepted'
        ? { status: 'accepted', updated_at: now }
        : kind === 'transferred'
          ? { status: 'submitted', handler_kind: to!.kind, handler_code: to!.code, updated_at: now }
          : kind === 'updated'
            ? { status_notes: note, updated_at: now }
            : { status: 'closed', status_notes: note, closed_at: now, updated_at: now };
    const ok = await this.database.transaction(async () => {
      const done = await repo.updateRequest(this.db, id, r.status, patch);
      if (done) await this.event(id, kind, actor, user.id, note, to, now);
      // The resident hears when it is closed (a client's request has no one to tell here).
      if (done && kind === 'closed' && r.requester_id !== null)
        await this.notifier.notify({
          kind: 'service_request_closed',
          to: { users: [Number(r.requester_id)] },
          params: { name: r.service_name, notes: note },
          link: '/me/service-requests',
          subject: { type: 'service_request', id },
        });
      return done;
    });
    if (!ok) throw problem('conflict');
    return (await this.views([(await repo.findRequest(this.db, id))!], { staff: true }))[0];
  }

  // (`at`: when it happened, for the demo's past requests.)
  accept(user: SessionUser, id: number, at?: string) {
    return this.step(user, id, 'accepted', '', null, at);
  }
  transfer(user: SessionUser, id: number, body: TransferBody) {
    return this.step(user, id, 'transferred', body.reason.trim(), { kind: body.toKind, code: body.toCode });
  }
  update(user: SessionUser, id: number, note: string, at?: string) {
    return this.step(user, id, 'updated', note.trim(), null, at);
  }
  close(user: SessionUser, id: number, note: string, at?: string) {
    return this.step(user, id, 'closed', note.trim(), null, at);
  }

  /** The photo of a request: its reporter and its handler (staff), or anyone through Open311's media_url. */
  async photo(id: number): Promise<{ contentType: string; body: Buffer }> {
    const m = await repo.media(this.db, id);
    if (!m) throw notFound('service_request_not_found');
    return { contentType: m.content_type, body: m.data };
  }

  async canSeePhoto(user: SessionUser, id: number): Promise<boolean> {
    const r = await repo.findRequest(this.db, id);
    if (!r) return false;
    return canHandle(user, r) || (user.role === 'resident' && Number(r.requester_id) === user.id);
  }

  // ——— Open311 reads ———

  private async open311(rows: repo.ServiceRequestRow[], origin: string) {
    const photos = await repo.mediaIds(
      this.db,
      rows.map((r) => Number(r.id)),
    );
    const out = [];
    for (const r of rows)
      out.push(
        toOpen311(
          { ...r, id: Number(r.id) },
          await this.handlerName(r.handler_kind, r.handler_code),
          photos.has(Number(r.id)) ? `${origin}/open311/v2/media/${Number(r.id)}` : null,
        ),
      );
    return out;
  }

  async open311List(q: Open311RequestsQuery, origin: string) {
    const size = q.page_size ?? OPEN311_PAGE_SIZE;
    const offset = ((q.page ?? 1) - 1) * size;
    const ids = q.service_request_id
      ?.split(',')
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n) && n > 0);
    if (ids?.length) {
      const rows = await repo.publicList(this.db, { ids, from: '0000', to: '9999', offset: 0, limit: 200 });
      return this.open311(rows, origin);
    }
    const fields = [];
    const end = q.end_date ? parseInstant(q.end_date, true) : this.clock.nowIso();
    if (!end) fields.push({ field: 'end_date', reason: 'invalid_format' });
    const start = q.start_date
      ? parseInstant(q.start_date)
      : end && new Date(Date.parse(end) - OPEN311_MAX_WINDOW_DAYS * 86_400_000).toISOString();
    if (!start) fields.push({ field: 'start_date', reason: 'invalid_format' });
    if (q.status !== undefined && q.status !== 'open' && q.status !== 'closed')
      fields.push({ field: 'status', reason: 'invalid_value' });
    if (fields.length || !start || !end) throw problem('validation_failed', { fields });
    if (Date.parse(end) - Date.parse(start) > OPEN311_MAX_WINDOW_DAYS * 86_400_000)
      throw problem('service_window_too_wide', { fields: [{ field: 'start_date', reason: 'invalid_value' }] });
    const codes = q.service_code
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const rows = await repo.publicList(this.db, {
      serviceCodes: codes,
      status: q.status as 'open' | 'closed' | undefined,
      from: start,
      to: end,
      offset,
      limit: size,
    });
    return this.open311(rows, origin);
  }

  async open311One(idText: string, origin: string) {
    const id = Number(idText.replace(/\.json$/, ''));
    const r = Number.isInteger(id) && id > 0 ? await repo.findRequest(this.db, id) : undefined;
    if (!r) throw notFound('service_request_not_found');
    return this.open311([r], origin);
  }
}
