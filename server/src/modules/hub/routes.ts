// Data hub routes: the dictionary and the field matcher.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import { Nullable } from '../../http/schema-helpers.js';
import { PagedOf, pageOf, pageProps } from '../../http/pagination.js';
import type { AppContext } from '../../context.js';
import { matchLabel } from './matcher.js';

const ElementView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  synonyms: Type.Array(Type.String()),
  subject: Type.String(),
  type: Type.String(),
  codeList: Nullable(Type.String()),
  validation: Nullable(Type.String()),
  sensitivity: Type.String(),
  ownerDepartmentKind: Type.String(),
  description: Type.String(),
});

const Alternative = Type.Object({ element: Type.String(), name: Type.String(), score: Type.Number() });

export const hubRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { dictionary, subjects } = ctx.services;
    const tags = ['hub'];

    app.get(
      '/hub/elements',
      { schema: { tags, summary: '数据元目录', response: { 200: Type.Array(ElementView) } } },
      async (req) => {
        requireUser(req);
        return dictionary.elements();
      },
    );

    app.get(
      '/hub/code-lists',
      {
        schema: {
          tags,
          summary: '代码表（国家标准）',
          response: {
            200: Type.Array(
              Type.Object({
                id: Type.String(),
                name: Type.String(),
                standard: Type.String(),
                items: Type.Array(
                  Type.Object({ code: Type.String(), name: Type.String(), synonyms: Type.Array(Type.String()) }),
                ),
              }),
            ),
          },
        },
      },
      async (req) => {
        requireUser(req);
        return dictionary.codeLists();
      },
    );

    const SubjectRow = Type.Object({
      id: Type.Integer(),
      type: Type.String(),
      key: Type.String({ description: '居民为脱敏的公民身份号码' }),
      name: Type.String(),
      communityCode: Type.String(),
      gridCode: Nullable(Type.String()),
      gridName: Nullable(Type.String({ description: '网格名称（如 第1网格）' })),
      gender: Nullable(Type.String()),
      age: Nullable(Type.Integer()),
      mobile: Nullable(Type.String()),
      householdNumber: Nullable(Type.String()),
      address: Nullable(Type.String()),
    });

    app.get(
      '/hub/subjects',
      {
        schema: {
          tags,
          summary: '社区的居民、户、房屋或单位（分页；身份证号和手机号脱敏）',
          querystring: Type.Object({
            ...pageProps,
            community: Type.String({ maxLength: 20 }),
            type: Type.Enum(['resident', 'household', 'house', 'organisation'] as const, { default: 'resident' }),
            q: Type.Optional(Type.String({ maxLength: 50 })),
          }),
          response: { 200: PagedOf(SubjectRow) },
        },
        config: { audit: 'subjects.list' },
      },
      async (req) => {
        const { page, pageSize, offset } = pageOf(req.query);
        const r = await subjects.list(requireUser(req), {
          community: req.query.community,
          type: req.query.type,
          q: req.query.q,
          offset,
          limit: pageSize,
        });
        req.audit = {
          subjectIds: r.items.map((i) => i.id),
          elements: ['name', 'id_number', 'gender', 'birth_date', 'mobile', 'household_number', 'residence_address'],
          purpose: '社区对象查询',
          orgCode: req.query.community,
        };
        return { ...r, page, pageSize };
      },
    );

    const Value = Nullable(Type.String());
    app.get(
      '/hub/subjects/:id',
      {
        schema: {
          tags,
          summary: '一个对象：各数据元的当前值、来源、冲突和历史',
          params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
          response: {
            200: Type.Object({
              id: Type.Integer(),
              type: Type.String(),
              key: Type.String(),
              name: Type.String(),
              community: Type.Object({ code: Type.String(), name: Type.String() }),
              gridCode: Nullable(Type.String()),
              masked: Type.Boolean(),
              facts: Type.Array(
                Type.Object({
                  element: Type.String(),
                  name: Type.String(),
                  sensitivity: Type.String(),
                  value: Value,
                  source: Type.String(),
                  observedAt: Type.String(),
                  conflicts: Type.Array(
                    Type.Object({ value: Value, source: Type.String(), observedAt: Type.String() }),
                  ),
                }),
              ),
              history: Type.Array(
                Type.Object({
                  id: Type.Integer(),
                  source: Type.String(),
                  observedAt: Type.String(),
                  elements: Type.Array(Type.String()),
                }),
              ),
            }),
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
          summary: '字段匹配：表单上的字段名 → 数据元（表单专用字段返回 null）',
          body: Type.Object({ labels: Type.Array(Type.String({ maxLength: 200 }), { minItems: 1, maxItems: 1000 }) }),
          response: {
            200: Type.Array(
              Type.Object({
                label: Type.String(),
                element: Nullable(Type.String()),
                name: Nullable(Type.String()),
                score: Type.Number(),
                alternatives: Type.Array(Alternative),
              }),
            ),
          },
        },
      },
      async (req) => {
        requireUser(req, ['data_steward', 'department_officer']);
        const index = await dictionary.matchIndex();
        return req.body.labels.map((l) => matchLabel(l, index));
      },
    );
  };
