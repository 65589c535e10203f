// Routes of the roster (花名册) of a community's workers: list (search, paging), add, edit, end.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../http/auth.js';
import { readForm } from '../../http/multipart.js';
import { problem } from '../../http/problem.js';
import { parseWith } from '../../http/validate.js';
import type { AppContext } from '../../context.js';
import {
  RosterBody,
  RosterEndBody,
  RosterEntry,
  RosterEntryParams,
  RosterImportData,
  RosterImportReply,
  RosterPage,
  RosterParams,
  RosterQuery,
} from '#common/api/roster.js';

const READERS = ['community_worker', 'street_officer', 'department_officer', 'reviewer', 'admin'] as const;
const KEEPERS = ['street_officer', 'department_officer', 'admin'] as const;

export const rosterRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { roster } = ctx.services;
    const tags = ['staffing'];

    app.get(
      '/communities/:code/roster',
      {
        schema: {
          tags,
          summary: '社区工作者花名册（按姓名搜索，分页；默认只列在岗人员）',
          params: RosterParams,
          querystring: RosterQuery,
          response: { 200: RosterPage },
        },
      },
      async (req) => roster.list(requireUser(req, READERS), req.params.code, req.query),
    );

    app.post(
      '/communities/:code/roster',
      {
        schema: {
          tags,
          summary: '花名册新增人员',
          params: RosterParams,
          body: RosterBody,
          response: { 201: RosterEntry },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await roster.add(requireUser(req, KEEPERS), req.params.code, req.body)),
    );

    app.put(
      '/communities/:code/roster/:id',
      {
        schema: {
          tags,
          summary: '修改花名册人员',
          params: RosterEntryParams,
          body: RosterBody,
          response: { 200: RosterEntry },
        },
      },
      async (req) => roster.edit(requireUser(req, KEEPERS), req.params.code, req.params.id, req.body),
    );

    app.post(
      '/communities/:code/roster/:id/end',
      {
        schema: {
          tags,
          summary: '人员离岗（保留记录，填离岗日期）',
          params: RosterEntryParams,
          body: RosterEndBody,
          response: { 200: RosterEntry },
        },
      },
      async (req) => roster.end(requireUser(req, KEEPERS), req.params.code, req.params.id, req.body.leftOn),
    );

    app.post(
      '/communities/:code/roster/import',
      {
        schema: {
          tags,
          summary: '从 XLSX 或 CSV 导入花名册：先试导入（逐行报错），无错时确认导入（全部写入或全部不写）',
          description:
            'multipart/form-data：data 字段为 JSON（commit 为 true 时写入），文件一个；表头含 姓名、岗位、入职日期，可选 岗级、等级、社工证、网格。',
          params: RosterParams,
          consumes: ['multipart/form-data'],
          response: { 200: RosterImportReply },
        },
      },
      async (req) => {
        const user = requireUser(req, KEEPERS);
        if (!req.isMultipart()) throw problem('dataset_format');
        const form = await readForm(req);
        const data = parseWith(RosterImportData, form.data);
        if (form.files.length !== 1) throw problem('dataset_empty');
        return roster.importFile(user, req.params.code, form.files[0], data.commit ?? false);
      },
    );
  };
