// Login, logout, the current user, and user management for admins.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { clearSessionCookie, requireUser, setSessionCookie } from '../../http/auth.js';
import { pageOf } from '../../http/pagination.js';
import { overHttps } from '../../http/delivery.js';
import type { AppContext } from '../../context.js';
import { NoContent } from '#common/api/schema.js';
import {
  LoginBody,
  LoginFailurePage,
  LoginFailureQuery,
  MeView,
  PasswordBody,
  UserCreate,
  UserIdParams,
  UserPage,
  UserPatch,
  UserQuery,
  UserView,
} from '#common/api/accounts.js';

export const accountRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { accounts } = ctx.services;

    app.post(
      '/auth/login',
      {
        config: { csrf: false },
        schema: { tags: ['auth'], summary: '登录', body: LoginBody, response: { 200: MeView } },
      },
      async (req, reply) => {
        const { token, user } = await accounts.login(req.body.username.trim(), req.body.password, req.ip);
        setSessionCookie(reply, token, ctx.config.secureCookies || overHttps(req));
        return accounts.me(user);
      },
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], summary: '退出登录', response: { 204: NoContent } } },
      async (req, reply) => {
        if (req.user) await accounts.logout(req.user.sessionId);
        clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );

    app.get('/auth/me', { schema: { tags: ['auth'], summary: '当前用户', response: { 200: MeView } } }, async (req) =>
      accounts.me(requireUser(req)),
    );

    const admin = ['admin'] as const;
    const tags = ['users'];

    app.get(
      '/users',
      { schema: { tags, summary: '用户列表（管理员）', querystring: UserQuery, response: { 200: UserPage } } },
      async (req) => {
        const user = requireUser(req, admin);
        const { page, pageSize, offset } = pageOf(req.query);
        const { q, role, within, disabled } = req.query;
        return {
          ...(await accounts.listUsers(user, { q, role, within, disabled, offset, limit: pageSize })),
          page,
          pageSize,
        };
      },
    );

    app.get(
      '/users/login-failures',
      {
        schema: {
          tags,
          summary: '登录失败记录（管理员）：本辖区账号的失败登录；市级及以上管理员还看到不存在的用户名（已遮蔽）',
          querystring: LoginFailureQuery,
          response: { 200: LoginFailurePage },
        },
      },
      async (req) => {
        const user = requireUser(req, admin);
        const { page, pageSize, offset } = pageOf(req.query);
        return {
          ...(await accounts.loginFailures(user, { username: req.query.username, offset, limit: pageSize })),
          page,
          pageSize,
        };
      },
    );

    app.post(
      '/users',
      { schema: { tags, summary: '新建用户（管理员）', body: UserCreate, response: { 201: UserView } } },
      async (req, reply) => {
        const created = await accounts.createUser(requireUser(req, admin), req.body);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/users/:id',
      { schema: { tags, summary: '用户详情', params: UserIdParams, response: { 200: UserView } } },
      async (req) => accounts.getUser(requireUser(req, admin), req.params.id),
    );

    app.patch(
      '/users/:id',
      {
        schema: {
          tags,
          summary: '修改、停用或调整用户的角色与范围',
          params: UserIdParams,
          body: UserPatch,
          response: { 200: UserView },
        },
      },
      async (req) => accounts.updateUser(requireUser(req, admin), req.params.id, req.body),
    );

    app.post(
      '/users/:id/password',
      { schema: { tags, summary: '重置密码', params: UserIdParams, body: PasswordBody, response: { 204: NoContent } } },
      async (req, reply) => {
        await accounts.resetPassword(requireUser(req, admin), req.params.id, req.body.password);
        return reply.code(204).send(null);
      },
    );
  };
