// Data hub routes: the dictionary and the field matcher.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import { invalid } from '../../http/problem.js';
import { pageOf } from '../../http/pagination.js';
import type { AppContext } from '../../context.js';
import {
  CodeListView,
  ElementCodeParams,
  ElementSourceBody,
  ElementSourceChange,
  ElementView,
  IdParams,
  MatchBody,
  MatchResult,
  SubjectDetail,
  SubjectPage,
  SubjectQuery,
} from '#common/api/hub.js';

export const hubRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { dictionary, subjects, collect } = ctx.services;
    const tags = ['hub'];

    app.get(
      '/hub/elements',
      { schema: { tags, summary: '数据元目录', response: { 200: Type.Array(ElementView) } } },
      async (req) => {
        requireUser(req);
        return dictionary.elements();
      },
    );

    app.put(
      '/hub/elements/:code/source',
      {
        schema: {
          tags,
          summary: '设置数据元的权威来源（数据管理员；记录理由、时间和变更人）',
          params: ElementCodeParams,
          body: ElementSourceBody,
          response: { 200: ElementView },
        },
      },
      async (req) => ctx.services.elementSources.change(requireUser(req, ['data_steward']), req.params.code, req.body),
    );

    app.get(
      '/hub/elements/:code/source-history',
      {
        schema: {
          tags,
          summary: '数据元权威来源的变更记录',
          params: ElementCodeParams,
          response: { 200: Type.Array(ElementSourceChange) },
        },
      },
      async (req) => {
        requireUser(req);
        return ctx.services.elementSources.history(req.params.code);
      },
    );

    app.get(
      '/hub/code-lists',
      {
        schema: {
          tags,
          summary: '代码表（国家标准）',
          response: {
            200: Type.Array(CodeListView),
          },
        },
      },
      async (req) => {
        requireUser(req);
        return dictionary.codeLists();
      },
    );

    app.get(
      '/hub/subjects',
      {
        schema: {
          tags,
          summary: '社区的居民、户、房屋或单位（分页；身份证号和手机号脱敏）',
          querystring: SubjectQuery,
          response: { 200: SubjectPage },
        },
        config: { audit: 'subjects.list' },
      },
      async (req) => {
        const { page, pageSize, offset } = pageOf(req.query);
        const user = requireUser(req);
        // 一次入户: only the worker's households with facts to collect, each with how many.
        if (req.query.pending && req.query.type !== 'household')
          throw invalid([{ field: 'type', reason: 'invalid_value' }]);
        const pending = req.query.pending ? await collect.pendingHouseholds(user) : null;
        const r = await subjects.list(user, {
          community: req.query.community,
          type: req.query.type,
          q: req.query.q,
          keys: pending ? [...pending.keys()] : undefined,
          offset,
          limit: pageSize,
        });
        if (pending) r.items = r.items.map((i) => ({ ...i, missing: pending.get(i.key) ?? 0 }));
        req.audit = {
          subjectIds: r.items.map((i) => i.id),
          elements: ['name', 'id_number', 'gender', 'birth_date', 'mobile', 'household_number', 'residence_address'],
          purpose: '社区对象查询',
          orgCode: req.query.community,
        };
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/hub/subjects/:id',
      {
        schema: {
          tags,
          summary: '一个对象：各数据元的当前值、来源、冲突和历史',
          params: IdParams,
          response: {
            200: SubjectDetail,
          },
        },
        config: { audit: 'subjects.detail' },
      },
      async (req) => {
        const r = await subjects.detail(requireUser(req), req.params.id);
        req.audit = {
          subjectIds: [r.id],
          elements: r.facts.map((f) => f.element),
          purpose: '查看对象信息',
          orgCode: r.community.code,
          detail: JSON.stringify({ masked: r.masked }),
        };
        return r;
      },
    );

    app.post(
      '/hub/match',
      {
        schema: {
          tags,
          summary:
            '字段匹配：表单上的字段名 → (关系人, 数据元)。relation 为 null 表示表单对象本人；表单专用字段 element 为 null',
          body: MatchBody,
          response: {
            200: Type.Array(MatchResult),
          },
        },
      },
      async (req) => {
        requireUser(req, ['data_steward', 'department_officer']);
        // With stewards' confirmed wordings (element_synonyms).
        return ctx.services.synonyms.match(req.body.labels, { subject: req.body.subject });
      },
    );
  };
