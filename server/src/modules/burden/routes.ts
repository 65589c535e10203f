// Routes of burden monitoring: the public summary, dashboards, a community's month, capacity,
// baselines and budgets, entered meetings, rebound alerts and the XLSX export.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import { pageOf } from '../../http/pagination.js';
import { NoContent } from '#common/api/schema.js';
import type { AppContext } from '../../context.js';
import { burdenWorkbook } from './export.js';
import {
  AggregatesView,
  AlertView,
  AlertsQuery,
  CapacityBody,
  CapacityPage,
  CapacityQuery,
  CodeParams,
  DashboardQuery,
  DashboardView,
  EventView,
  EventsQuery,
  ExportQuery,
  MeetingBody,
  PublicBurdenQuery,
  SettingsBody,
  SettingsView,
} from '#common/api/burden.js';

export const burdenRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { burden, burdenAlerts } = ctx.services;
    const tags = ['burden'];

    app.get(
      '/public/burden',
      {
        schema: {
          tags,
          summary: '公开：社区负担指数与按部门、按类型汇总（只含汇总数）',
          querystring: PublicBurdenQuery,
          response: { 200: AggregatesView },
        },
      },
      async (req) => {
        const a = await burden.aggregates(req.query.org, req.query);
        return {
          org: a.org,
          from: a.from,
          to: a.to,
          baselineMonth: a.baselineMonth,
          totalHours: a.totalHours,
          series: a.series,
          byDepartment: a.byDepartment,
          byKind: a.byKind,
        };
      },
    );

    app.get(
      '/burden',
      {
        schema: {
          tags,
          summary: '负担看板：指数、按部门/类型/来源、下级、社区负担率排名、前后对比',
          querystring: DashboardQuery,
          response: { 200: DashboardView },
        },
      },
      async (req) => {
        const user = requireUser(req);
        return burden.dashboard(user, req.query.org ?? user.orgCode, req.query);
      },
    );

    app.get(
      '/burden.xlsx',
      {
        schema: {
          tags,
          summary: '导出负担看板 XLSX',
          querystring: ExportQuery,
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const d = await burden.dashboard(user, req.query.org ?? user.orgCode, req.query);
        const filename = `${d.org.name}-社区负担-${d.from}-${d.to}.xlsx`;
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="burden.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
          )
          .send(await burdenWorkbook(d));
      },
    );

    app.get(
      '/burden/events',
      {
        schema: {
          tags,
          summary: '一个社区一个月的负担明细：每小时追溯到部门和准入编号（无编号即未经准入）',
          querystring: EventsQuery,
          response: { 200: Type.Array(EventView) },
        },
      },
      async (req) => burden.monthEvents(requireUser(req), req.query.community, req.query.month),
    );

    app.post(
      '/burden/meetings',
      {
        schema: {
          tags,
          summary: '登记社区被要求参加的会议、培训（计入负担）',
          body: MeetingBody,
          response: { 201: Type.Array(EventView) },
        },
      },
      async (req, reply) => reply.code(201).send(await burden.recordMeeting(requireUser(req), req.body)),
    );

    app.get(
      '/burden/capacity',
      {
        schema: {
          tags,
          summary: '各社区在岗人数与请假天数（用于负担率），可按名称、拼音首字母、代码搜索，按区县/街道与是否录入筛选',
          querystring: CapacityQuery,
          response: { 200: CapacityPage },
        },
      },
      async (req) => {
        const user = requireUser(req);
        const { page, pageSize, offset } = pageOf(req.query);
        const r = await burden.capacityList(user, req.query.org ?? user.orgCode, {
          q: req.query.q,
          status: req.query.status,
          offset,
          limit: pageSize,
        });
        return { ...r, page, pageSize };
      },
    );

    app.put(
      '/burden/capacity',
      {
        schema: {
          tags,
          summary: '录入社区在岗人数（街道、管理员）',
          body: CapacityBody,
          response: { 204: NoContent },
        },
      },
      async (req, reply) => {
        await burden.setCapacity(requireUser(req, ['street_officer', 'admin']), req.body.items);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/burden/settings/:code',
      {
        schema: {
          tags,
          summary: '辖区的基期与负担预算',
          params: CodeParams,
          response: { 200: SettingsView },
        },
      },
      async (req) => {
        return burden.settingsFor(requireUser(req), req.params.code);
      },
    );

    app.put(
      '/burden/settings/:code',
      {
        schema: {
          tags,
          summary: '设置基期月份、每社区年度负担上限（小时）和“一进一出”（减负办）',
          params: CodeParams,
          body: SettingsBody,
          response: { 200: SettingsView },
        },
      },
      async (req) => burden.setSettings(requireUser(req, ['reviewer', 'admin']), req.params.code, req.body),
    );

    app.get(
      '/burden/alerts',
      {
        schema: {
          tags,
          summary:
            '反弹预警（减负办）：指数连升、回升超基期、换名重报、APP回潮、非正式派单增多、重复派单、社区拒绝经裁定成立',
          querystring: AlertsQuery,
          response: { 200: Type.Array(AlertView) },
        },
      },
      async (req) => {
        const user = requireUser(req, ['reviewer', 'admin']);
        return burdenAlerts.list(user, req.query.org ?? user.orgCode);
      },
    );
  };
