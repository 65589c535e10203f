// Routes of forms and ledgers (台账) and of collect-once (一次入户).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import { Nullable } from '../../http/schema-helpers.js';
import type { AppContext } from '../../context.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const Condition = Type.Object({
  element: Type.String({ maxLength: 60 }),
  op: Type.Enum(['eq', 'neq', 'present', 'absent', 'age_gte', 'age_lte', 'gte', 'lte'] as const),
  value: Type.Optional(Type.String({ maxLength: 100 })),
});
const Column = Type.Object({
  label: Type.String({ maxLength: 60 }),
  element: Nullable(Type.String({ maxLength: 60 })),
});
const FormView = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  department: Type.Object({ code: Type.String(), name: Type.String() }),
  subjectType: Type.String(),
  admissionId: Nullable(Type.Integer()),
  admissionNumber: Nullable(Type.String()),
  issuable: Type.Boolean({ description: '有有效的台账报表类准入编号，可下发到社区' }),
  filter: Type.Array(Condition),
  columns: Type.Array(Column),
  isDemo: Type.Boolean(),
});
const Coverage = Type.Object({
  known: Type.Number({ description: '系统已掌握的数据单元格占比' }),
  cells: Type.Integer(),
  perColumn: Type.Array(
    Type.Object({ label: Type.String(), element: Nullable(Type.String()), known: Type.Integer(), of: Type.Integer() }),
  ),
});
const FormBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 60 }),
  subjectType: Type.Union([Type.Literal('resident'), Type.Literal('household')]),
  admissionId: Nullable(Type.Integer({ minimum: 1 })),
  filter: Type.Array(Condition, { maxItems: 20 }),
  columns: Type.Array(Column, { minItems: 1, maxItems: 80 }),
});
const CommunityQuery = Type.Object({ community: Type.String({ maxLength: 20 }) });

export const formRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { forms, collect } = ctx.services;
    const tags = ['forms'];

    app.get(
      '/forms',
      {
        schema: {
          tags,
          summary: '表单与台账（部门看本部门的；社区看下发到本社区的）',
          response: { 200: Type.Array(FormView) },
        },
      },
      async (req) => forms.list(requireUser(req)),
    );

    app.post(
      '/forms',
      {
        schema: {
          tags,
          summary: '定义表单：筛选条件、按顺序的列（绑定数据元或表单专用字段）、台账报表类准入编号',
          body: FormBody,
          response: { 201: Type.Object({ id: Type.Integer() }) },
        },
      },
      async (req, reply) =>
        reply.code(201).send({ id: await forms.create(requireUser(req, ['department_officer']), req.body) }),
    );

    app.put(
      '/forms/:id',
      {
        schema: {
          tags,
          summary: '修改本部门的表单（整体替换，校验同新建：数据元授权、台账报表类准入编号）',
          params: IdParams,
          body: FormBody,
          response: { 200: FormView },
        },
      },
      async (req) => {
        const user = requireUser(req, ['department_officer']);
        await forms.update(user, req.params.id, req.body);
        return forms.one(user, req.params.id);
      },
    );

    app.get(
      '/forms/:id/coverage',
      {
        schema: {
          tags,
          summary: '覆盖情况：哪些列由系统填充，某社区已掌握的单元格占比',
          params: IdParams,
          querystring: CommunityQuery,
          response: {
            200: Type.Object({
              community: Type.Object({ code: Type.String(), name: Type.String() }),
              rows: Type.Integer(),
              columns: Type.Array(
                Type.Object({
                  label: Type.String(),
                  element: Nullable(Type.String()),
                  elementName: Nullable(Type.String()),
                  fromHub: Type.Boolean(),
                }),
              ),
              coverage: Coverage,
            }),
          },
        },
      },
      async (req) => forms.coverage(requireUser(req), req.params.id, req.query.community),
    );

    app.get(
      '/forms/:id/ledger',
      {
        schema: {
          tags,
          summary: '社区台账（系统生成，缺失单元格标出；身份证号、手机号脱敏；只含有效授权的列；记入审计）',
          params: IdParams,
          querystring: CommunityQuery,
          response: {
            200: Type.Object({
              form: FormView,
              community: Type.Object({ code: Type.String(), name: Type.String() }),
              columns: Type.Array(Column),
              rows: Type.Array(
                Type.Object({
                  subjectId: Type.Integer(),
                  cells: Type.Array(
                    Type.Object({
                      state: Type.Union([Type.Literal('known'), Type.Literal('missing'), Type.Literal('form')]),
                      value: Nullable(Type.String()),
                    }),
                  ),
                }),
              ),
              coverage: Coverage,
              withheld: Type.Array(Column, { description: '授权已过期或被撤销、本次不显示的列' }),
              purpose: Type.String({ description: '授权用途' }),
              grantAdmissionNumbers: Type.Array(Type.String()),
            }),
          },
        },
        config: { audit: 'ledger.json' },
      },
      async (req) => {
        const r = await forms.ledger(requireUser(req), req.params.id, req.query.community);
        req.audit = {
          subjectIds: r.rows.map((x) => x.subjectId),
          elements: r.columns.map((c) => c.element).filter((e): e is string => e !== null),
          purpose: r.purpose || r.form.title,
          admissionNumber: r.form.admissionNumber,
          orgCode: r.community.code,
          detail: JSON.stringify({ form: r.form.id }),
        };
        return r;
      },
    );

    app.get(
      '/forms/:id/ledger.xlsx',
      {
        schema: {
          tags,
          summary: '导出台账 XLSX：某社区，或（部门）辖区全部社区，无需社区报送',
          params: IdParams,
          querystring: Type.Object({ community: Type.Optional(Type.String({ maxLength: 20 })) }),
        },
        config: { audit: 'ledger.xlsx' },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const { filename, body, subjectIds, elements, purpose } = await forms.ledgerXlsx(
          user,
          req.params.id,
          req.query.community,
        );
        // The file's SHA-256 is added to the entry (and sent as x-file-sha256) by the audit hook.
        req.audit = {
          subjectIds,
          elements,
          purpose: purpose || filename,
          orgCode: req.query.community ?? user.orgCode,
          detail: JSON.stringify({ form: req.params.id }),
        };
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
          )
          .send(body);
      },
    );

    const Field = Type.Object({
      subjectId: Type.Integer(),
      subjectName: Type.String(),
      element: Type.String(),
      name: Type.String(),
      type: Type.String(),
      options: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
      forms: Type.Array(Type.String()),
    });

    app.get(
      '/households/:id/collect',
      {
        schema: {
          tags,
          summary: '一次入户：本户各台账仍缺的信息，一屏填写',
          params: IdParams,
          response: {
            200: Type.Object({
              household: Type.Object({ id: Type.Integer(), key: Type.String(), name: Type.String() }),
              members: Type.Array(
                Type.Object({ id: Type.Integer(), name: Type.String(), relation: Nullable(Type.String()) }),
              ),
              fields: Type.Array(Field),
            }),
          },
        },
        config: { audit: 'collect.sheet' },
      },
      async (req) => {
        const r = await collect.sheet(requireUser(req), req.params.id);
        req.audit = {
          subjectIds: [r.household.id, ...r.members.map((m) => m.id)],
          elements: ['name', 'relation_to_householder'],
          purpose: '一次入户采集',
          detail: JSON.stringify({ household: r.household.id }),
        };
        return r;
      },
    );

    app.post(
      '/households/:id/collect',
      {
        schema: {
          tags,
          summary: '保存入户采集的信息（校验同导入，来源为采集人）',
          params: IdParams,
          body: Type.Object({
            entries: Type.Array(
              Type.Object({
                subjectId: Type.Integer(),
                element: Type.String({ maxLength: 60 }),
                value: Type.String({ maxLength: 500 }),
              }),
              { maxItems: 500 },
            ),
          }),
          response: { 200: Type.Object({ saved: Type.Integer() }) },
        },
      },
      async (req) => collect.save(requireUser(req, ['community_worker']), req.params.id, req.body.entries),
    );
  };
