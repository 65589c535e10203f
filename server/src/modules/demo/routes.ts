// In demo mode only: the demo accounts, so the login page can offer them without a copy in the web.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/problem.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';

export const demoRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/demo/accounts',
      {
        schema: {
          tags: ['system'],
          summary: '演示账号（仅演示模式）',
          response: {
            200: Type.Object({
              password: Type.String(),
              accounts: Type.Array(
                Type.Object({
                  username: Type.String(),
                  displayName: Type.String(),
                  role: Type.String(),
                  orgName: Type.String(),
                }),
              ),
            }),
          },
        },
      },
      async () => {
        if (!ctx.config.demo) throw notFound();
        const listed = DEMO_ACCOUNTS.filter((a) => a.listed !== false);
        const orgs = new Map(
          (await ctx.services.orgs.findMany(listed.map((a) => a.orgCode))).map((o) => [o.code, o.name]),
        );
        const depts = await Promise.all(
          listed.map((a) => (a.departmentCode ? ctx.services.orgs.department(a.departmentCode) : null)),
        );
        return {
          password: DEMO_PASSWORD,
          accounts: listed.map((a, i) => ({
            username: a.username,
            displayName: a.displayName,
            role: a.role,
            orgName: depts[i]?.name ?? orgs.get(a.orgCode) ?? a.orgCode,
          })),
        };
      },
    );
  };
