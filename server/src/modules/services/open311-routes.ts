// Open311 GeoReport v2 at /open311/v2 (outside /api/v1), with the spec's paths and field names, so existing
// clients and a city's 12345 hotline connect unchanged: services.json, services/{code}.json, requests.json
// (GET and POST) and requests/{id}.json. A registered client posts with its api_key; a resident may post with
// her session (and its CSRF token). Errors come in the spec's shape: [{"code": <HTTP status>, "description"}].
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { CSRF_HEADER, installAuth } from '../../http/auth.js';
import { OPEN311_ACCESS } from '../../http/route-policy.js';
import { ProblemError, problem } from '../../http/problem.js';
import type { UploadedFile } from '../../http/multipart.js';
import { cleanOrRefuse, installTextChecks } from '../../http/strings.js';
import { MAX_ATTACHMENT_BYTES } from '#common/dispatch.js';
import { SERVICE_CATEGORIES, categoryOf } from '#common/service-requests.js';
import {
  Open311CodeParams,
  Open311IdParams,
  Open311Jurisdiction,
  Open311PostReply,
  Open311Request,
  Open311RequestsQuery,
  Open311Service,
  Open311ServiceDefinition,
  type Open311PostFields,
} from '#common/api/open311.js';
import { Type } from 'typebox';
import { acceptedType, cleanFilename } from '../attachments/validate.js';

/** Errors are documented by Open311Error (common/src/api/open311.ts); not declared per route, as the
 * shared error handler's problem+json is reshaped after serialisation (installOpen311Errors). */
export const OPEN311_PREFIX = '/open311/v2';

/** Problem+json from the shared error handler, reshaped as Open311 errors (bad input is a 400 there). */
function installOpen311Errors(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.includes('application/problem+json') || typeof payload !== 'string') return payload;
    const p = JSON.parse(payload) as {
      status: number;
      code: string;
      title: string;
      detail?: string;
      errors?: { field: string; message?: string }[];
    };
    const status = p.status === 422 ? 400 : p.status;
    const fields = (p.errors ?? []).map((e) => `${e.field} ${e.message ?? ''}`.trim()).join('; ');
    const description = [p.title, p.detail, fields].filter(Boolean).join(' — ');
    reply.code(status).type('application/json; charset=utf-8');
    return JSON.stringify([{ code: status, description: `${p.code}: ${description}` }]);
  });
}

/** Every Open311 route is named in OPEN311_ACCESS (http/route-policy.ts), like the /api/v1 table. */
function installOpen311Table(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      const url = route.url.startsWith(OPEN311_PREFIX) ? route.url.slice(OPEN311_PREFIX.length) : route.url;
      if (!(`${method} ${url}` in OPEN311_ACCESS))
        throw new Error(`route ${method} ${OPEN311_PREFIX}${url} has no entry in http/route-policy.ts`);
    }
  });
}

/** `x.json` → `x`; anything else (another format) is not served. */
function jsonName(name: string): string {
  if (!name.endsWith('.json')) throw problem('not_found');
  return name.slice(0, -'.json'.length);
}

/** The POST fields as strings, from form-encoded, JSON or multipart bodies, with the `media` photo. */
async function readPost(req: FastifyRequest): Promise<{ fields: Open311PostFields; photo: UploadedFile | null }> {
  const fields: Record<string, string> = {};
  let photo: UploadedFile | null = null;
  if (req.isMultipart()) {
    try {
      for await (const part of req.parts({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 30 } })) {
        if (part.type === 'field') {
          if (typeof part.value === 'string') fields[part.fieldname] = part.value;
          continue;
        }
        const bytes = await part.toBuffer();
        const filename = cleanFilename(part.filename);
        const contentType = acceptedType(filename, bytes);
        // Only a JPEG or PNG whose bytes say so: a renamed file is refused.
        if (!contentType?.startsWith('image/')) throw problem('service_media_not_image', { detail: filename });
        photo = { filename, contentType, bytes };
      }
    } catch (err) {
      if (err instanceof ProblemError) throw err;
      if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw problem('payload_too_large');
      throw problem('validation_failed', { fields: [{ field: 'media', reason: 'invalid_value' }] });
    }
    cleanOrRefuse(fields);
  } else if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
    for (const [k, v] of Object.entries(req.body as Record<string, unknown>))
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') fields[k] = String(v);
  } else if (req.body !== undefined && req.body !== null) {
    throw problem('validation_failed', { fields: [{ field: 'body', reason: 'invalid_value' }] });
  }
  return { fields, photo };
}

function coordinate(value: string | undefined, field: 'lat' | 'long', max: number): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n) || Math.abs(n) > max)
    throw problem('validation_failed', { fields: [{ field, reason: 'invalid_value' }] });
  return n;
}

export const open311Routes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const service = ctx.services.serviceRequests;
    const tags = ['open311'];
    installTextChecks(app);
    installAuth(app, (token) => ctx.services.accounts.resolveSession(token));
    installOpen311Errors(app);
    installOpen311Table(app);
    // The spec's clients post form-encoded bodies.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
      try {
        done(null, cleanOrRefuse(Object.fromEntries(new URLSearchParams(String(body)))));
      } catch (err) {
        done(err as Error, undefined);
      }
    });
    const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;
    const toService = (c: (typeof SERVICE_CATEGORIES)[number]) => ({
      service_code: c.code,
      service_name: c.name,
      description: c.description,
      metadata: false,
      type: 'realtime' as const,
      keywords: c.keywords.join(','),
      group: c.group,
    });

    app.get(
      '/services.json',
      {
        schema: {
          tags,
          summary: 'Open311：诉求类别列表（免登录）',
          querystring: Open311Jurisdiction,
          response: { 200: Type.Array(Open311Service) },
        },
      },
      async () => SERVICE_CATEGORIES.map(toService),
    );

    app.get(
      '/services/:service_code',
      {
        schema: {
          tags,
          summary: 'Open311：一个诉求类别的定义（services/{service_code}.json；免登录）',
          params: Open311CodeParams,
          querystring: Open311Jurisdiction,
          response: { 200: Open311ServiceDefinition },
        },
      },
      async (req) => {
        const c = categoryOf(jsonName(req.params.service_code));
        if (!c) throw problem('service_not_found');
        return { service_code: c.code, attributes: [] };
      },
    );

    app.post(
      '/requests.json',
      {
        schema: {
          tags,
          summary: 'Open311：提交诉求（登记的第三方以 api_key，居民以本人会话）',
          response: { 201: Open311PostReply },
        },
      },
      async (req, reply) => {
        const { fields, photo } = await readPost(req);
        const base = {
          serviceCode: fields.service_code ?? '',
          description: fields.description ?? '',
          address: fields.address_string ?? null,
          lat: coordinate(fields.lat, 'lat', 90),
          long: coordinate(fields.long, 'long', 180),
          photo,
        };
        if (base.description.length > 2000)
          throw problem('validation_failed', { fields: [{ field: 'description', reason: 'too_long' }] });
        let created;
        if (fields.api_key !== undefined || req.user?.role !== 'resident') {
          const client = await service.client(fields.api_key);
          const place = await service.placeFor(client, fields.jurisdiction_id);
          created = await service.report({ ...base, place, requester: null, client });
        } else {
          if (req.headers[CSRF_HEADER] !== req.user.csrfToken) throw problem('csrf_failed');
          created = await service.report({
            ...base,
            place: req.user.orgCode,
            requester: { id: req.user.id, name: req.user.displayName },
            client: null,
          });
        }
        return reply
          .code(201)
          .send([{ service_request_id: String(created.id), service_notice: null, account_id: null }]);
      },
    );

    app.get(
      '/requests.json',
      {
        schema: {
          tags,
          summary: 'Open311：诉求列表（按类别、状态、时间筛选，时间窗不超过 90 天；不含个人信息）',
          querystring: Open311RequestsQuery,
          response: { 200: Type.Array(Open311Request) },
        },
      },
      async (req) => service.open311List(req.query, origin(req)),
    );

    app.get(
      '/requests/:id',
      {
        schema: {
          tags,
          summary: 'Open311：一条诉求（requests/{id}.json；不含个人信息）',
          params: Open311IdParams,
          querystring: Open311Jurisdiction,
          response: { 200: Type.Array(Open311Request) },
        },
      },
      async (req) => service.open311One(jsonName(req.params.id), origin(req)),
    );

    app.get(
      '/media/:id',
      {
        schema: {
          tags,
          summary: 'Open311：诉求照片（media_url）',
          params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        },
      },
      async (req, reply) => {
        const m = await service.photo(req.params.id);
        return reply.type(m.contentType).header('x-content-type-options', 'nosniff').send(m.body);
      },
    );
  };
