// Routes of the register of informal demands.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Nullable } from '../../http/schema-helpers.js';
import { CHANNELS, DEMAND_STATUSES } from '../../../../common/src/dispatch.js';
import { requireUser } from '../../http/auth.js';
import { PagedOf, pageOf, pageProps } from '../../http/pagination.js';
import type { AppContext } from '../../context.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

const DemandView = Type.Object({
  id: Type.Integer(),
  community: Type.Object({ code: Type.String(), name: Type.String() }),
  department: Type.Object({ code: Type.String(), name: Type.String() }),
  occurredOn: Type.String(),
  channel: Type.Enum(CHANNELS),
  content: Type.String(),
  estimatedMinutes: Type.Number(),
  anonymous: Type.Boolean(),
  reporter: Nullable(Type.String({ description: '匿名登记时对部门隐藏；减负办须说明理由方可查看' })),
  status: Type.Enum(DEMAND_STATUSES),
  reviewNote: Type.String(),
  reviewedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const informalRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { informal } = ctx.services;
    const tags = ['informal-demands'];

    app.post(
      '/informal-demands',
      {
        schema: {
          tags,
          summary: '社区登记未经准入的派单（电话、工作群、会议、纸质、当面）',
          body: Type.Object({
            departmentCode: Type.String({ maxLength: 60 }),
            occurredOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
            channel: Type.Enum(CHANNELS),
            content: Type.String({ minLength: 1, maxLength: 2000 }),
            estimatedMinutes: Type.Number({ minimum: 0, maximum: 100000 }),
            anonymous: Type.Boolean({ default: false }),
          }),
          response: { 201: DemandView },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await informal.record(requireUser(req, ['community_worker']), req.body)),
    );

    app.get(
      '/informal-demands',
      {
        schema: {
          tags,
          summary: '登记簿：社区看本社区，部门看涉及本部门的，街道和减负办看辖区',
          querystring: Type.Object({
            ...pageProps,
            departmentCode: Type.Optional(Type.String({ maxLength: 60 })),
            status: Type.Optional(Type.Enum(DEMAND_STATUSES)),
          }),
          response: { 200: PagedOf(DemandView) },
        },
      },
      async (req) => {
        const { page, pageSize, offset } = pageOf(req.query);
        const r = await informal.list(requireUser(req), {
          departmentCode: req.query.departmentCode,
          status: req.query.status,
          offset,
          limit: pageSize,
        });
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/informal-demands/summary',
      {
        schema: {
          tags,
          summary: '按部门汇总：登记数、耗时、待处理（减负办）',
          response: {
            200: Type.Array(
              Type.Object({
                department: Type.Object({ code: Type.String(), name: Type.String() }),
                entries: Type.Integer(),
                hours: Type.Number(),
                open: Type.Integer(),
              }),
            ),
          },
        },
      },
      async (req) => informal.summary(requireUser(req)),
    );

    app.post(
      '/informal-demands/:id/review',
      {
        schema: {
          tags,
          summary: '减负办处理：提醒部门、要求部门申请准入、办结',
          params: IdParams,
          body: Type.Object({
            action: Type.Union([Type.Literal('warn'), Type.Literal('request_application'), Type.Literal('resolve')]),
            note: Type.String({ maxLength: 2000 }),
          }),
          response: { 200: DemandView },
        },
      },
      async (req) => informal.review(requireUser(req, ['reviewer']), req.params.id, req.body.action, req.body.note),
    );

    app.post(
      '/informal-demands/:id/reveal',
      {
        schema: {
          tags,
          summary: '查看匿名登记人（须说明跟进理由，记录在案）',
          params: IdParams,
          body: Type.Object({ reason: Type.String({ maxLength: 1000 }) }),
          response: {
            200: Type.Intersect([
              DemandView,
              Type.Object({
                reveals: Type.Array(Type.Object({ by: Type.String(), reason: Type.String(), at: Type.String() })),
              }),
            ]),
          },
        },
      },
      async (req) => informal.reveal(requireUser(req, ['reviewer']), req.params.id, req.body.reason),
    );
  };
