// Routes of forms and ledgers (台账) and of collect-once (一次入户).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import { forbidden } from '../../http/problem.js';
import type { AppContext } from '../../context.js';
import {
  BackflowReply,
  CollectBody,
  CollectSaved,
  CollectSheet,
  CommunityQuery,
  CoverageReply,
  Created,
  FormBody,
  FormView,
  IdParams,
  LedgerReply,
  OptionalCommunityQuery,
} from '#common/api/hub.js';

export const formRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { forms, collect } = ctx.services;
    const tags = ['forms'];

    app.get(
      '/hub/backflow',
      {
        schema: {
          tags,
          summary: '回流任务：本部门作为权威来源、在社区台账中缺失的信息（按社区计数）',
          response: { 200: BackflowReply },
        },
      },
      async (req) => {
        const user = requireUser(req, ['department_officer']);
        if (!user.departmentCode) throw forbidden('forbidden_role');
        return forms.backflow(user.departmentCode);
      },
    );

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
          response: { 201: Created },
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
            200: CoverageReply,
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
            200: LedgerReply,
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
          querystring: OptionalCommunityQuery,
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

    app.get(
      '/households/:id/collect',
      {
        schema: {
          tags,
          summary: '一次入户：本户各台账仍缺的信息，一屏填写',
          params: IdParams,
          response: {
            200: CollectSheet,
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
          body: CollectBody,
          response: { 200: CollectSaved },
        },
      },
      async (req) => collect.save(requireUser(req, ['community_worker']), req.params.id, req.body.entries),
    );
  };
