// The inspection plan (督查检查考核): entering inspections, the district plan with merge suggestions,
// the per-community calendar and the caps.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import {
  Caps,
  CommunityCalendar,
  CommunityParams,
  Created,
  DistrictParams,
  DistrictPlan,
  InspectionBody,
  YearQuery,
} from '#common/api/inspections.js';

export const inspectionRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { inspections } = ctx.services;
    const tags = ['inspections'];

    app.post(
      '/inspections',
      {
        schema: {
          tags,
          summary: '列入年度督查检查计划（须有检查考核类准入编号；超出次数上限返回 409）',
          body: InspectionBody,
          response: { 201: Created },
        },
      },
      async (req, reply) =>
        reply.code(201).send({ id: await inspections.create(requireUser(req, ['department_officer']), req.body) }),
    );

    app.get(
      '/districts/:district/inspections',
      {
        schema: {
          tags,
          summary: '区县年度督查检查计划与合并建议',
          params: DistrictParams,
          querystring: YearQuery,
          response: {
            200: DistrictPlan,
          },
        },
      },
      async (req) => inspections.plan(requireUser(req), req.params.district, req.query.year),
    );

    app.put(
      '/districts/:district/inspection-caps',
      {
        schema: {
          tags,
          summary: '设置每个社区每年、每月督查检查次数上限（减负办）',
          params: DistrictParams,
          body: Caps,
          response: { 200: Caps },
        },
      },
      async (req) => inspections.setCaps(requireUser(req), req.params.district, req.body),
    );

    app.get(
      '/communities/:code/inspections',
      {
        schema: {
          tags,
          summary: '社区督查检查日历',
          params: CommunityParams,
          querystring: YearQuery,
          response: {
            200: CommunityCalendar,
          },
        },
      },
      async (req) => inspections.calendar(requireUser(req), req.params.code, req.query.year),
    );
  };
