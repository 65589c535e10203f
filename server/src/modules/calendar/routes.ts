// The working-day calendar: which years have an official schedule, entering a new year, counting days.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DateString } from '../../http/schema-helpers.js';
import { requireUser } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { todayInChina } from './service.js';

const tags = ['calendar'];
const YearView = Type.Object({
  year: Type.Integer(),
  source: Type.Union([Type.Literal('package'), Type.Literal('admin')]),
  holidays: Type.Array(Type.String()),
  workdays: Type.Array(Type.String()),
});

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
          params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
          body: Type.Object({
            holidays: Type.Array(DateString, { maxItems: 60 }),
            workdays: Type.Array(DateString, { maxItems: 20 }),
          }),
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
          querystring: Type.Object({
            from: Type.Optional(DateString),
            add: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
            to: Type.Optional(DateString),
          }),
          response: {
            200: Type.Object({
              from: Type.String(),
              date: Type.Optional(Type.String()),
              workingDays: Type.Optional(Type.Integer()),
              assumedYears: Type.Array(Type.Integer()),
            }),
          },
        },
      },
      async (req) => {
        const cal = await calendar.calendar();
        const from = req.query.from ?? todayInChina();
        if (req.query.to) {
          const r = cal.workingDaysBetween(from, req.query.to);
          return { from, workingDays: r.value, assumedYears: r.assumedYears };
        }
        const r = cal.addWorkingDays(from, req.query.add ?? 0);
        return { from, date: r.value, assumedYears: r.assumedYears };
      },
    );
  };
