// The inspection plan (督查检查考核): entering inspections, the district plan with merge suggestions,
// the per-community calendar and the caps.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ORG_CODE_PATTERN } from '../../../../common/src/orgs.js';
import { requireUser } from '../../http/auth.js';
import { DateString } from '../../http/schema-helpers.js';
import type { AppContext } from '../../context.js';

const Caps = Type.Object({
  perYear: Type.Integer({ minimum: 1, maximum: 100 }),
  perMonth: Type.Integer({ minimum: 1, maximum: 31 }),
});
const Inspection = Type.Object({
  id: Type.Integer(),
  topic: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  hoursPerCommunity: Type.Number(),
  admissionNumber: Type.String(),
  admissionCode: Type.String(),
  department: Type.Object({ code: Type.String(), name: Type.String() }),
  recordsRef: Type.String({ description: '检查依托的系统内记录（而非纸质台账）' }),
  communities: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  totalHours: Type.Number(),
});
const YearQuery = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });

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
          body: Type.Object({
            admissionId: Type.Integer({ minimum: 1 }),
            topic: Type.String({ minLength: 1, maxLength: 100 }),
            startDate: DateString,
            endDate: DateString,
            hoursPerCommunity: Type.Number({ minimum: 0, maximum: 200 }),
            communities: Type.Array(Type.String({ pattern: ORG_CODE_PATTERN }), { minItems: 1, maxItems: 2000 }),
            recordsRef: Type.Optional(Type.String({ maxLength: 500 })),
          }),
          response: { 201: Type.Object({ id: Type.Integer() }) },
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
          params: Type.Object({ district: Type.String({ pattern: ORG_CODE_PATTERN }) }),
          querystring: YearQuery,
          response: {
            200: Type.Object({
              district: Type.String(),
              year: Type.Integer(),
              caps: Caps,
              items: Type.Array(Inspection),
              suggestions: Type.Array(
                Type.Object({
                  a: Type.Integer(),
                  b: Type.Integer(),
                  month: Type.String(),
                  score: Type.Number(),
                  sharedCommunities: Type.Integer(),
                }),
              ),
            }),
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
          params: Type.Object({ district: Type.String({ pattern: ORG_CODE_PATTERN }) }),
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
          params: Type.Object({ code: Type.String({ maxLength: 20 }) }),
          querystring: YearQuery,
          response: {
            200: Type.Object({
              community: Type.Object({ code: Type.String(), name: Type.String() }),
              year: Type.Integer(),
              caps: Caps,
              items: Type.Array(Inspection),
              hours: Type.Number(),
            }),
          },
        },
      },
      async (req) => inspections.calendar(requireUser(req), req.params.code, req.query.year),
    );
  };
