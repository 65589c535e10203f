// In demo mode only: the demo accounts, so the login page can offer them without a copy in the web.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { DemoAccounts, DemoFileParams } from '#common/api/demo.js';
import { notFound } from '../../http/problem.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';
import { dibaoCsv } from './datasets.js';
import { wulidunPopulation } from './population-seed.js';

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
            200: DemoAccounts,
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

    // The demo datasets a data steward can download and import (民政's 低保 list as a GBK CSV).
    app.get(
      '/demo/files/:name',
      {
        schema: {
          tags: ['system'],
          summary: '演示数据文件（仅演示模式）：dibao-with-errors.csv、dibao.csv（GBK 编码）',
          params: DemoFileParams,
        },
      },
      async (req, reply) => {
        if (!ctx.config.demo) throw notFound();
        const { subjects, communityName } = await wulidunPopulation(ctx);
        const withErrors = req.params.name === 'dibao-with-errors.csv';
        const filename = withErrors ? '蜀山区低保家庭名单（含错误行）.csv' : '蜀山区低保家庭名单.csv';
        return reply
          .type('text/csv; charset=gbk')
          .header(
            'content-disposition',
            `attachment; filename="${req.params.name}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
          )
          .send(dibaoCsv(subjects, communityName, withErrors));
      },
    );
  };
