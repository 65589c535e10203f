// Org tree routes. Reading the tree is public (official division codes); an org's profile is scoped.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import { pageOf } from '../../http/pagination.js';
import type { AppContext } from '../../context.js';
import {
  DepartmentCodeParams,
  DepartmentCreate,
  DepartmentPatch,
  DepartmentView,
  OrgCodeParams,
  OrgDetail,
  OrgPage,
  OrgProfile,
  OrgSearchPage,
  OrgSearchQuery,
} from '#common/api/orgs.js';
import { PageQuery } from '../../http/pagination.js';

const tags = ['orgs'];

export const orgRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { orgs, accounts } = ctx.services;

    app.get(
      '/orgs',
      {
        schema: {
          tags,
          summary: '搜索行政区划（无 q 时列出省级）',
          querystring: OrgSearchQuery,
          response: { 200: OrgSearchPage },
        },
      },
      async (req) => {
        const { page, pageSize, offset } = pageOf(req.query);
        const q = req.query.q?.trim();
        if (!q) {
          const r = await orgs.children(null, offset, pageSize);
          return { items: r.items.map((i) => ({ ...i, pathNames: [] })), total: r.total, page, pageSize };
        }
        const r = await orgs.search(q, { within: req.query.within, level: req.query.level, offset, limit: pageSize });
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/orgs/:code',
      { schema: { tags, summary: '行政区划详情及上级路径', params: OrgCodeParams, response: { 200: OrgDetail } } },
      async (req) => orgs.get(req.params.code),
    );

    app.get(
      '/orgs/:code/children',
      {
        schema: {
          tags,
          summary: '下级行政区划',
          params: OrgCodeParams,
          querystring: PageQuery,
          response: { 200: OrgPage },
        },
      },
      async (req) => {
        const { page, pageSize, offset } = pageOf({ pageSize: 50, ...req.query });
        return { ...(await orgs.children(req.params.code, offset, pageSize)), page, pageSize };
      },
    );

    app.get(
      '/orgs/:code/departments',
      { schema: { tags, summary: '本级部门', params: OrgCodeParams, response: { 200: Type.Array(DepartmentView) } } },
      async (req) => orgs.departments(req.params.code),
    );

    app.get(
      '/orgs/:code/profile',
      {
        schema: {
          tags,
          summary: '单位概况（部门、本级账号），限管辖范围内',
          params: OrgCodeParams,
          response: { 200: OrgProfile },
        },
      },
      async (req) => {
        const user = requireUser(req);
        const p = await orgs.profile(user, req.params.code);
        const staff = p.canSeeStaff ? await accounts.staffOf(req.params.code) : null;
        return { org: p.org, departments: p.departments, staff, canEditDepartments: p.canEditDepartments };
      },
    );

    app.post(
      '/orgs/:code/departments',
      {
        schema: {
          tags,
          summary: '新增部门（管理员）',
          params: OrgCodeParams,
          body: DepartmentCreate,
          response: { 201: DepartmentView },
        },
      },
      async (req, reply) => {
        const user = requireUser(req, ['admin']);
        const d = await orgs.addDepartment(user, req.params.code, req.body);
        return reply.code(201).send(d!);
      },
    );

    app.patch(
      '/departments/:code',
      {
        schema: {
          tags,
          summary: '修改部门（管理员）',
          params: DepartmentCodeParams,
          body: DepartmentPatch,
          response: { 200: DepartmentView },
        },
      },
      async (req) => orgs.editDepartment(requireUser(req, ['admin']), req.params.code, req.body),
    );
  };
