// 群众不认可→退出 routes: the worker sends a decided topic to the 减负办, reviewers list and decide, and the
// admission number's public page reads the outcomes. Who may call each is in route-policy.ts; the
// community and jurisdiction scopes are the service's.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { TopicIdParams } from '#common/api/deliberation.js';
import {
  AdmissionNumberParams,
  ExitDecisionBody,
  ExitRequestBody,
  ExitRequestIdParams,
  ExitRequestView,
  PublicExitRequest,
} from '#common/api/exit-requests.js';

export const exitRequestRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const service = ctx.services.exitRequests;
    const tags = ['deliberation'];

    app.post(
      '/topics/:id/exit-request',
      {
        schema: {
          tags,
          summary: '社区工作者将表决通过的退出议题报送减负办，申请对准入事项进行退出审查',
          params: TopicIdParams,
          body: ExitRequestBody,
          response: { 201: ExitRequestView },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.send(requireUser(req), req.params.id, req.body.admissionNumber)),
    );
    app.get(
      '/exit-requests',
      {
        schema: {
          tags,
          summary: '本辖区准入事项的社区退出申请（减负办）',
          response: { 200: Type.Array(ExitRequestView) },
        },
      },
      async (req) => service.list(requireUser(req)),
    );
    app.post(
      '/exit-requests/:id/decision',
      {
        schema: {
          tags,
          summary: '减负办对退出申请作出结论（保留、启动退出审查、退出），须写明理由',
          params: ExitRequestIdParams,
          body: ExitDecisionBody,
          response: { 200: ExitRequestView },
        },
      },
      async (req) => service.decide(requireUser(req), req.params.id, req.body),
    );
    app.get(
      '/public/admissions/:number/exit-requests',
      {
        schema: {
          tags,
          summary: '准入编号公示页：社区经居民议事申请退出及减负办结论，免登录',
          params: AdmissionNumberParams,
          response: { 200: Type.Array(PublicExitRequest) },
        },
      },
      async (req) => service.publicOf(req.params.number),
    );
  };
