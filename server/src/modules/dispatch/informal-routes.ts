// Routes of the register of informal demands.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import { pageOf } from '../../http/pagination.js';
import type { AppContext } from '../../context.js';
import {
  DemandBody,
  DemandPage,
  DemandQuery,
  DemandSummaryRow,
  DemandView,
  IdParams,
  RevealBody,
  RevealedDemand,
  ReviewBody,
} from '#common/api/dispatch.js';

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
          body: DemandBody,
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
          querystring: DemandQuery,
          response: { 200: DemandPage },
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
            200: Type.Array(DemandSummaryRow),
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
          body: ReviewBody,
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
          body: RevealBody,
          response: {
            200: RevealedDemand,
          },
        },
      },
      async (req) => informal.reveal(requireUser(req, ['reviewer']), req.params.id, req.body.reason),
    );
  };
