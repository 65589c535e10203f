// 居民公约 and 议事规则 as versioned public documents (issue 18): anyone reads every version; the
// community's worker publishes the next covenant (the rules' next version goes through PUT
// /communities/:code/deliberation-rules in routes.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { CommunityParams, CovenantBody, CovenantView, RulesVersionView } from '#common/api/deliberation.js';

export const communityDocumentRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['deliberation'];
    app.get(
      '/communities/:code/deliberation-rules/versions',
      {
        schema: {
          tags,
          summary: '社区议事规则的历次版本（新版在前），免登录',
          params: CommunityParams,
          response: { 200: Type.Array(RulesVersionView) },
        },
      },
      async (req) => ctx.services.deliberation.rulesVersions(req.params.code),
    );
    app.get(
      '/communities/:code/covenant',
      {
        schema: {
          tags,
          summary: '社区居民公约的历次版本（新版在前，首个为现行版本），免登录',
          params: CommunityParams,
          response: { 200: Type.Array(CovenantView) },
        },
      },
      async (req) => ctx.services.covenant.versions(req.params.code),
    );
    app.post(
      '/communities/:code/covenant',
      {
        schema: {
          tags,
          summary: '社区工作者发布居民公约新版本（经居民会议通过的文本）',
          params: CommunityParams,
          body: CovenantBody,
          response: { 201: Type.Array(CovenantView) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await ctx.services.covenant.publish(requireUser(req), req.params.code, req.body)),
    );
  };
