// Request and reply schemas of the working-day calendar routes.
import { Type, type Static } from 'typebox';
import { DateString } from './schema.js';

export const YearView = Type.Object({
  year: Type.Integer(),
  source: Type.Union([Type.Literal('package'), Type.Literal('admin')]),
  holidays: Type.Array(Type.String()),
  workdays: Type.Array(Type.String()),
});

export const YearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });

export const YearBody = Type.Object({
  holidays: Type.Array(DateString, { maxItems: 60 }),
  workdays: Type.Array(DateString, { maxItems: 20 }),
});

export const WorkdaysQuery = Type.Object({
  from: Type.Optional(DateString),
  add: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  to: Type.Optional(DateString),
});

export const WorkdaysReply = Type.Object({
  from: Type.String(),
  date: Type.Optional(Type.String()),
  workingDays: Type.Optional(Type.Integer()),
  /** Years counted on weekends only, for want of an official schedule. */
  assumedYears: Type.Array(Type.Integer(), { description: '无官方安排、按周末推算的年份' }),
});

export type CalendarYear = Static<typeof YearView>;
export type YearBody = Static<typeof YearBody>;
export type WorkdaysQuery = Static<typeof WorkdaysQuery>;
export type WorkdaysReply = Static<typeof WorkdaysReply>;
