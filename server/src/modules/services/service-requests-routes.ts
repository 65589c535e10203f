// 居民服务 · 诉求 for the app (/api/v1): the categories, a resident reports (optionally with one photo) and
// tracks her requests and rates the outcome; the community, the street or the department handling a request
// accepts, transfers, updates and closes it. Open311 clients use /open311/v2 (open311-routes.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import { readForm } from '../../http/multipart.js';
import { forbidden, problem } from '../../http/problem.js';
import { parseWith } from '../../http/validate.js';
import type { AppContext } from '../../context.js';
import {
  InboxQuery,
  InboxView,
  NoteBody,
  RatingBody,
  ReportBody,
  ServiceCategoryView,
  ServiceRequestIdParams,
  ServiceRequestView,
  TransferBody,
} from '#common/api/open311.js';

export const serviceRequestRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const service = ctx.services.serviceRequests;
    const tags = ['services'];

    app.get(
      '/public/service-categories',
      {
        schema: {
          tags,
          summary: '诉求类别：名称、办理时限、首先由谁办理（免登录）',
          response: { 200: Type.Array(ServiceCategoryView) },
        },
      },
      async () => service.categories(),
    );

    app.post(
      '/me/service-requests',
      {
        schema: {
          tags,
          summary: '居民反映诉求（可附一张照片：multipart 的 data 字段加文件；可匿名）',
          description: 'data 的结构见 ReportBody；照片只收 JPG、PNG（按文件内容核验）。',
          consumes: ['application/json', 'multipart/form-data'],
          response: { 201: ServiceRequestView },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const form = await readForm(req);
        if (form.files.length > 1) throw problem('too_many_attachments');
        const body = parseWith(ReportBody, form.data);
        return reply.code(201).send(await service.reportAsResident(user, body, form.files[0] ?? null));
      },
    );

    app.get(
      '/me/service-requests',
      { schema: { tags, summary: '我的诉求：每一步办理过程', response: { 200: Type.Array(ServiceRequestView) } } },
      async (req) => service.mine(requireUser(req)),
    );

    app.post(
      '/me/service-requests/:id/rating',
      {
        schema: {
          tags,
          summary: '居民评价办结的诉求（1–5）',
          params: ServiceRequestIdParams,
          body: RatingBody,
          response: { 200: ServiceRequestView },
        },
      },
      async (req) => service.rate(requireUser(req), req.params.id, req.body),
    );

    app.get(
      '/service-requests/inbox',
      {
        schema: {
          tags,
          summary: '交由本社区、本街道或本部门办理的诉求，及按状态的件数',
          querystring: InboxQuery,
          response: { 200: InboxView },
        },
        // Staff read reporters' names (unless anonymous): audited like every read of personal data.
        config: { audit: 'service_requests.read' },
      },
      async (req) => service.inbox(requireUser(req), req.query.open),
    );

    app.get(
      '/service-requests/:id/photo',
      { schema: { tags, summary: '诉求照片（反映人本人、办理单位）', params: ServiceRequestIdParams } },
      async (req, reply) => {
        const user = requireUser(req);
        if (!(await service.canSeePhoto(user, req.params.id))) throw forbidden('out_of_scope');
        const m = await service.photo(req.params.id);
        return reply.type(m.contentType).header('x-content-type-options', 'nosniff').send(m.body);
      },
    );

    const step = { tags, params: ServiceRequestIdParams, response: { 200: ServiceRequestView } };
    app.post('/service-requests/:id/accept', { schema: { ...step, summary: '受理诉求' } }, async (req) =>
      service.accept(requireUser(req), req.params.id),
    );
    app.post(
      '/service-requests/:id/transfer',
      { schema: { ...step, summary: '转办：转给本区的社区、街道或部门，须写明原因', body: TransferBody } },
      async (req) => service.transfer(requireUser(req), req.params.id, req.body),
    );
    app.post(
      '/service-requests/:id/update',
      { schema: { ...step, summary: '更新办理情况（status_notes）', body: NoteBody } },
      async (req) => service.update(requireUser(req), req.params.id, req.body.note),
    );
    app.post(
      '/service-requests/:id/close',
      { schema: { ...step, summary: '办结诉求，写明办理结果（status_notes）', body: NoteBody } },
      async (req) => service.close(requireUser(req), req.params.id, req.body.note),
    );
  };
