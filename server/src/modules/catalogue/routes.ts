// The catalogue: public reading (no login), and drafting and publishing for reviewers.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import { NoContent } from '#common/api/schema.js';
import {
  CatalogueJurisdiction,
  DiffView,
  ItemDeleteParams,
  ItemParams,
  ItemPutBody,
  JurisdictionParams,
  PublishBody,
  PublishedQuery,
  PublishedView,
  VersionIdParams,
  VersionQuery,
  VersionView,
  VersionWithItems,
} from '#common/api/catalogue.js';

export const catalogueRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { catalogue } = ctx.services;
    const pub = ['public'];

    app.get(
      '/public/catalogue',
      {
        schema: {
          tags: pub,
          summary: '已发布社区工作事项清单的辖区',
          response: {
            200: Type.Array(CatalogueJurisdiction),
          },
        },
      },
      async () => catalogue.publicJurisdictions(),
    );

    app.get(
      '/public/catalogue/:jurisdiction',
      {
        schema: {
          tags: pub,
          summary: '某辖区已发布的清单（可搜索、筛选）',
          params: JurisdictionParams,
          querystring: PublishedQuery,
          response: { 200: PublishedView },
        },
      },
      async (req) => {
        const { version, ...filter } = req.query;
        return catalogue.published(req.params.jurisdiction, version, filter);
      },
    );

    app.get(
      '/public/catalogue/:jurisdiction/diff',
      {
        schema: {
          tags: pub,
          summary: '与上一版的差异（新增、删除、变更）',
          params: JurisdictionParams,
          querystring: VersionQuery,
          response: { 200: DiffView },
        },
      },
      async (req) => catalogue.diff(req.params.jurisdiction, req.query.version),
    );

    app.get(
      '/public/catalogue/:jurisdiction/export.xlsx',
      {
        schema: {
          tags: pub,
          summary: '导出清单 XLSX',
          params: JurisdictionParams,
          querystring: VersionQuery,
        },
      },
      async (req, reply) => {
        const { filename, body } = await catalogue.exportXlsx(req.params.jurisdiction, req.query.version);
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="catalogue.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
          )
          .send(body);
      },
    );

    const tags = ['catalogue'];
    const editors = ['reviewer', 'admin'] as const;

    app.get(
      '/catalogue/:jurisdiction/versions',
      {
        schema: {
          tags,
          summary: '全部版本（含草稿）',
          params: JurisdictionParams,
          response: { 200: Type.Array(VersionView) },
        },
      },
      async (req) => catalogue.versions(requireUser(req, editors), req.params.jurisdiction),
    );

    app.post(
      '/catalogue/:jurisdiction/drafts',
      {
        schema: {
          tags,
          summary: '以最新发布版为底稿新建草稿',
          params: JurisdictionParams,
          response: { 201: VersionView },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await catalogue.createDraft(requireUser(req, editors), req.params.jurisdiction)),
    );

    app.get(
      '/catalogue/versions/:id',
      {
        schema: {
          tags,
          summary: '某版本及其事项',
          params: VersionIdParams,
          response: { 200: VersionWithItems },
        },
      },
      async (req) => catalogue.version(requireUser(req, editors), req.params.id),
    );

    app.put(
      '/catalogue/versions/:id/items/:code',
      {
        schema: {
          tags,
          summary: '新增或修改草稿中的事项',
          params: ItemParams,
          body: ItemPutBody,
          response: { 204: NoContent },
        },
      },
      async (req, reply) => {
        await catalogue.putItem(requireUser(req, editors), req.params.id, { ...req.body, code: req.params.code });
        return reply.code(204).send(null);
      },
    );

    app.delete(
      '/catalogue/versions/:id/items/:code',
      {
        schema: {
          tags,
          summary: '从草稿中删除事项',
          params: ItemDeleteParams,
          response: { 204: NoContent },
        },
      },
      async (req, reply) => {
        await catalogue.removeItem(requireUser(req, editors), req.params.id, req.params.code);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/catalogue/versions/:id/publish',
      {
        schema: {
          tags,
          summary: '发布草稿',
          params: VersionIdParams,
          body: PublishBody,
          response: { 200: VersionView },
        },
      },
      async (req) => catalogue.publish(requireUser(req, editors), req.params.id, req.body.effectiveFrom, req.body.note),
    );
  };
