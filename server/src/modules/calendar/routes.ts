// The working-day calendar: which years have an official schedule, entering a new year, counting days.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { WorkdaysQuery, WorkdaysReply, YearBody, YearParams, YearView } from '#common/api/calendar.js';

const tags = ['calendar'];

export const calendarRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { calendar } = ctx.services;

    app.get(
      '/calendar/years',
      { schema: { tags, summary: '已有官方节假日安排的年份', response: { 200: Type.Array(YearView) } } },
      async () => calendar.years(),
    );

    app.put(
      '/calendar/years/:year',
      {
        schema: {
          tags,
          summary: '录入一年的节假日与调休安排（管理员）',
          params: YearParams,
          body: YearBody,
          response: { 200: YearView },
        },
      },
      async (req) =>
        calendar.enterYear(requireUser(req, ['admin']), req.params.year, req.body.holidays, req.body.workdays),
    );

    app.get(
      '/calendar/workdays',
      {
        schema: {
          tags,
          summary: '按官方日历计算工作日',
          querystring: WorkdaysQuery,
          response: { 200: WorkdaysReply },
        },
      },
      async (req) => {
        const cal = await calendar.calendar();
        const from = req.query.from ?? ctx.clock.today();
        if (req.query.to) {
          const r = cal.workingDaysBetween(from, req.query.to);
          return { from, workingDays: r.value, assumedYears: r.assumedYears };
        }
        const r = cal.addWorkingDays(from, req.query.add ?? 0);
        return { from, date: r.value, assumedYears: r.assumedYears };
      },
    );
  };
