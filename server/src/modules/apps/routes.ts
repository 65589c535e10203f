// Routes of the registry of apps and work groups.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { AppBody, AppView, CommunityApps, CommunityParams, ExitBody, IdParams } from '#common/api/apps.js';

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
          body: AppBody,
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
          params: CommunityParams,
          response: {
            200: CommunityApps,
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
          body: ExitBody,
          response: { 200: AppView },
        },
      },
      async (req) => apps.exit(requireUser(req), req.params.id, req.body.reason),
    );
  };
