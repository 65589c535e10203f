// Residents' routes (/me/*): my data with source and date, who looked at it, correction requests,
// and a download of my data. Reads of my own data are audited like every other read.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { AccessEntry, CorrectionView, ExportQuery, FlagBody, MyData } from '#common/api/privacy.js';

export const meRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { me, corrections } = ctx.services;
    const tags = ['me'];
    const resident = (req: Parameters<typeof requireUser>[0]) => requireUser(req, ['resident']);

    app.get(
      '/me/data',
      {
        schema: { tags, summary: '我的数据：关于我和我家庭户的信息，含来源和日期', response: { 200: MyData } },
        config: { audit: 'me.data' },
      },
      async (req) => {
        const r = await me.data(resident(req));
        req.audit = {
          subjectIds: r.subjects.map((s) => s.id),
          elements: r.subjects.flatMap((s) => s.facts.map((f) => f.element)),
          purpose: '本人查询',
          orgCode: r.community.code,
        };
        return r;
      },
    );

    app.get(
      '/me/access-log',
      {
        schema: {
          tags,
          summary: '谁查看了我的数据：部门、用途、时间',
          response: {
            200: Type.Array(AccessEntry),
          },
        },
      },
      async (req) => me.accessLog(resident(req)),
    );

    app.get(
      '/me/corrections',
      { schema: { tags, summary: '我的更正申请', response: { 200: Type.Array(CorrectionView) } } },
      async (req) => corrections.mine(resident(req)),
    );

    app.post(
      '/me/corrections',
      {
        schema: {
          tags,
          summary: '标记一项信息有误：更正申请发给该数据的权威部门',
          body: FlagBody,
          response: { 201: CorrectionView },
        },
      },
      async (req, reply) => {
        const user = resident(req);
        const id = await corrections.create(user, req.body);
        return reply.code(201).send((await corrections.mine(user)).find((c) => c.id === id)!);
      },
    );

    app.get(
      '/me/export',
      {
        schema: {
          tags,
          summary: '下载我的数据（JSON 或 XLSX）',
          querystring: ExportQuery,
        },
        config: { audit: 'me.export' },
      },
      async (req, reply) => {
        const user = resident(req);
        const data = await me.data(user);
        req.audit = {
          subjectIds: data.subjects.map((s) => s.id),
          elements: data.subjects.flatMap((s) => s.facts.map((f) => f.element)),
          purpose: '本人下载',
          orgCode: data.community.code,
        };
        const xlsx = req.query.format === 'xlsx';
        const body = xlsx ? await me.exportXlsx(user) : Buffer.from(JSON.stringify(data, null, 2), 'utf8');
        return reply
          .type(
            xlsx
              ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              : 'application/json; charset=utf-8',
          )
          .header(
            'content-disposition',
            `attachment; filename="my-data.${xlsx ? 'xlsx' : 'json'}"; filename*=UTF-8''${encodeURIComponent(`我的数据.${xlsx ? 'xlsx' : 'json'}`)}`,
          )
          .send(body);
      },
    );
  };
