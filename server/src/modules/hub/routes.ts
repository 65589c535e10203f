// Data hub routes: the dictionary and the field matcher.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import { Nullable } from '../../http/schema-helpers.js';
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
    const { dictionary } = ctx.services;
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
