// Routes of the registry of apps and work groups.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { APP_TYPES, PROHIBITED_FEATURES } from '../../../../common/src/dispatch.js';
import { ORG_CODE_PATTERN } from '../../../../common/src/orgs.js';
import { requireUser } from '../../http/auth.js';
import { DateString, Nullable } from '../../http/schema-helpers.js';
import type { AppContext } from '../../context.js';

const AppView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  type: Type.Enum(APP_TYPES),
  department: Type.Object({ code: Type.String(), name: Type.String() }),
  admissionNumber: Type.String(),
  purpose: Type.String(),
  minutesPerDay: Type.Number(),
  expiryDate: Type.String(),
  lastUsedOn: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('zombie'), Type.Literal('expired'), Type.Literal('exited')]),
  communityCount: Type.Integer(),
  exitedAt: Nullable(Type.String()),
  exitReason: Type.String(),
});
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const appRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { apps } = ctx.services;
    const tags = ['apps'];

    app.post(
      '/apps',
      {
        schema: {
          tags,
          summary: '政务APP/工作群备案（须有准入编号；勾选任一禁止功能即不予准入）',
          body: Type.Object({
            name: Type.String({ minLength: 1, maxLength: 60 }),
            type: Type.Enum(APP_TYPES),
            admissionId: Type.Integer({ minimum: 1 }),
            purpose: Type.Optional(Type.String({ maxLength: 1000 })),
            minutesPerDay: Type.Number({ minimum: 0, maximum: 600 }),
            expiryDate: DateString,
            features: Type.Array(Type.Enum(PROHIBITED_FEATURES), { uniqueItems: true }),
            targets: Type.Object({
              type: Type.Union([Type.Literal('all'), Type.Literal('streets'), Type.Literal('communities')]),
              codes: Type.Array(Type.String({ pattern: ORG_CODE_PATTERN }), { maxItems: 2000, default: [] }),
            }),
          }),
          response: { 201: AppView },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await apps.register(requireUser(req, ['department_officer']), req.body)),
    );

    app.get(
      '/apps',
      {
        schema: {
          tags,
          summary: '应用与工作群登记（部门看本部门，街道和减负办看辖区）',
          response: { 200: Type.Array(AppView) },
        },
      },
      async (req) => apps.list(requireUser(req)),
    );

    app.get(
      '/communities/:code/apps',
      {
        schema: {
          tags,
          summary: '社区须使用的应用与工作群，及每日耗时',
          params: Type.Object({ code: Type.String({ maxLength: 20 }) }),
          response: {
            200: Type.Object({
              community: Type.Object({ code: Type.String(), name: Type.String() }),
              items: Type.Array(AppView),
              counts: Type.Object({ total: Type.Integer(), zombie: Type.Integer() }),
              minutesPerDay: Type.Number(),
            }),
          },
        },
      },
      async (req) => apps.ofCommunity(requireUser(req), req.params.code),
    );

    app.post(
      '/apps/:id/used',
      { schema: { tags, summary: '登记仍在使用（僵尸应用恢复）', params: IdParams, response: { 200: AppView } } },
      async (req) => apps.markUsed(requireUser(req), req.params.id),
    );

    app.post(
      '/apps/:id/exit',
      {
        schema: {
          tags,
          summary: '退出（停用、解散）',
          params: IdParams,
          body: Type.Object({ reason: Type.String({ maxLength: 1000 }) }),
          response: { 200: AppView },
        },
      },
      async (req) => apps.exit(requireUser(req), req.params.id, req.body.reason),
    );
  };
