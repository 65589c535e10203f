// Routes of staffing (定人定岗): standards, the staffing table of an org and its children, grid plans.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { staffingWorkbook } from './export.js';
import {
  CodeParams,
  GridPlanBody,
  GridPlanView,
  GridPlansOfCommunity,
  MyGrid,
  OfficialStatistics,
  OfficialStatisticsBody,
  PlanParams,
  StaffingChildren,
  StaffingOrg,
  StandardBody,
  StandardView,
} from '#common/api/staffing.js';

const READERS = [
  'community_worker',
  'street_officer',
  'department_officer',
  'reviewer',
  'data_steward',
  'admin',
] as const;
const PLANNERS = ['street_officer', 'department_officer', 'admin'] as const;

export const staffingRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { staffing } = ctx.services;
    const tags = ['staffing'];

    app.get(
      '/staffing/standards/:code',
      {
        schema: {
          tags,
          summary: '社区工作者配备标准（本级或继承上级，未制定时为国家默认值）',
          params: CodeParams,
          response: { 200: StandardView },
        },
      },
      async (req) => staffing.standard(requireUser(req, READERS), req.params.code),
    );

    app.put(
      '/staffing/standards/:code',
      {
        schema: {
          tags,
          summary: '制定配备标准的新版本（市、区民政；未填的项继承现行标准）',
          params: CodeParams,
          body: StandardBody,
          response: { 200: StandardView },
        },
      },
      async (req) => staffing.setStandard(requireUser(req, ['department_officer', 'admin']), req.params.code, req.body),
    );

    app.get(
      '/staffing/orgs/:code',
      {
        schema: {
          tags,
          summary: '定人定岗：人口、户数、在岗人数、按三种标准的应配人数、缺口、WISN 比值、规模',
          params: CodeParams,
          response: { 200: StaffingOrg },
        },
      },
      async (req) => staffing.ofOrg(requireUser(req, READERS), req.params.code),
    );

    app.get(
      '/staffing/orgs/:code/children',
      {
        schema: {
          tags,
          summary: '下一级各单位的定人定岗表',
          params: CodeParams,
          response: { 200: StaffingChildren },
        },
      },
      async (req) => staffing.children(requireUser(req, READERS), req.params.code),
    );

    app.get(
      '/staffing/orgs/:code/export.xlsx',
      {
        schema: {
          tags,
          summary: '导出定人定岗表 XLSX（本级及下一级）',
          params: CodeParams,
        },
      },
      async (req, reply) => {
        const user = requireUser(req, READERS);
        const [org, children] = await Promise.all([
          staffing.ofOrg(user, req.params.code),
          staffing.children(user, req.params.code),
        ]);
        const filename = `${org.org.name}-定人定岗.xlsx`;
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="staffing.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
          )
          .send(await staffingWorkbook(org, children.items));
      },
    );

    app.get(
      '/staffing/my-grid',
      {
        schema: {
          tags,
          summary: '我的网格：居民所在网格或社区工作者负责的网格，及其网格员',
          response: { 200: MyGrid },
        },
      },
      async (req) => staffing.myGrid(requireUser(req, ['resident', 'community_worker'])),
    );

    app.put(
      '/staffing/orgs/:code/statistics',
      {
        schema: {
          tags,
          summary: '录入社区的官方统计数（人口、户数、来源、日期；数据中台无人口时使用）',
          params: CodeParams,
          body: OfficialStatisticsBody,
          response: { 200: OfficialStatistics },
        },
      },
      async (req) => staffing.setStatistics(requireUser(req, ['data_steward', 'admin']), req.params.code, req.body),
    );

    app.get(
      '/communities/:code/grid-plans',
      {
        schema: {
          tags,
          summary: '社区的现有网格与网格划分方案',
          params: CodeParams,
          response: { 200: GridPlansOfCommunity },
        },
      },
      async (req) => staffing.plans(requireUser(req, READERS), req.params.code),
    );

    app.post(
      '/communities/:code/grid-plans',
      {
        schema: {
          tags,
          summary: '按每格户数生成网格划分方案（整栋不拆分，按地址顺序编号）',
          params: CodeParams,
          body: GridPlanBody,
          response: { 201: GridPlanView },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await staffing.propose(requireUser(req, PLANNERS), req.params.code, req.body.householdsPerGrid)),
    );

    app.post(
      '/communities/:code/grid-plans/:id/adopt',
      {
        schema: {
          tags,
          summary: '采用方案：替换社区现有网格（一次事务，形成新版本）',
          params: PlanParams,
          response: { 200: GridPlanView },
        },
      },
      async (req) => staffing.adopt(requireUser(req, PLANNERS), req.params.code, req.params.id),
    );
  };
