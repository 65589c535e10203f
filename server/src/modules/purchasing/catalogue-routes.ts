// Routes of 政府购买服务, part B: the 指导性目录 (public read, kept by stewards, streets and departments), the
// import of an organisation roster, residents' ratings, the organisation's monthly reports and the buyer's
// closing evaluation.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent } from '#common/api/schema.js';
import {
  CatalogueItemBody,
  CatalogueItemList,
  CatalogueItemView,
  CatalogueQuery,
  ContractRecord,
  EvaluationBody,
  ItemParams,
  OrgImportData,
  OrgImportReply,
  ReportBody,
  ResidentRatingBody,
  ResidentServiceList,
} from '#common/api/purchasing-catalogue.js';
import { IdParams } from '#common/api/purchasing.js';
import type { AppContext } from '../../context.js';
import { requireUser } from '../../http/auth.js';
import { readForm } from '../../http/multipart.js';
import { problem } from '../../http/problem.js';
import { parseWith } from '../../http/validate.js';

const W = 'community_worker';
const S = 'street_officer';
const D = 'department_officer';
const R = 'reviewer';
const T = 'data_steward';
const A = 'admin';
const O = 'social_org';
const P = 'resident';

export const purchasingCatalogueRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { purchaseCatalogue, deliveryRecords, orgImport } = ctx.services;
    const tags = ['purchasing'];

    app.get(
      '/public/purchase-catalogue',
      {
        schema: {
          tags,
          summary: '政府购买服务指导性目录（公开：本辖区及上级的目录事项）',
          querystring: CatalogueQuery,
          response: { 200: CatalogueItemList },
        },
      },
      async (req) => purchaseCatalogue.list(req.query.jurisdiction),
    );

    app.post(
      '/purchase-catalogue',
      {
        schema: {
          tags,
          summary: '在本辖区指导性目录中增加事项（可关联社区工作事项清单的事项）',
          body: CatalogueItemBody,
          response: { 201: CatalogueItemView },
        },
      },
      async (req, reply) => reply.code(201).send(await purchaseCatalogue.add(requireUser(req, [S, D, T, A]), req.body)),
    );

    app.post(
      '/purchase-catalogue/:id/withdraw',
      { schema: { tags, summary: '从指导性目录中撤下事项', params: ItemParams, response: { 204: NoContent } } },
      async (req, reply) => {
        await purchaseCatalogue.withdraw(requireUser(req, [S, D, T, A]), req.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/social-orgs/import',
      {
        schema: {
          tags,
          summary:
            '从 XLSX 或 CSV（UTF-8/GBK）导入社会组织名册：先试导入（逐行报错），无错时确认导入（全部写入或全部不写）',
          description:
            'multipart/form-data：data 字段为 JSON（jurisdictionCode 可选，commit 为 true 时写入），文件一个；表头含 名称、统一社会信用代码、类型、登记管理机关、联系人、联系电话，可选 评估等级、评估日期、服务领域。',
          consumes: ['multipart/form-data'],
          response: { 200: OrgImportReply },
        },
      },
      async (req) => {
        const user = requireUser(req, [S, D, T, A]);
        if (!req.isMultipart()) throw problem('dataset_format');
        const form = await readForm(req);
        const data = parseWith(OrgImportData, form.data);
        if (form.files.length !== 1) throw problem('dataset_empty');
        return orgImport.importFile(user, form.files[0], data);
      },
    );

    app.get(
      '/purchased-services/mine',
      {
        schema: { tags, summary: '居民：本社区的购买服务与我的评价', response: { 200: ResidentServiceList } },
      },
      async (req) => deliveryRecords.residentServices(requireUser(req, [P])),
    );

    app.post(
      '/purchase-contracts/:id/resident-ratings',
      {
        schema: {
          tags,
          summary: '居民评价服务（每人每个服务期一次）',
          params: IdParams,
          body: ResidentRatingBody,
          response: { 201: ResidentServiceList },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await deliveryRecords.rateAsResident(requireUser(req, [P]), req.params.id, req.body)),
    );

    app.get(
      '/purchase-contracts/:id/record',
      {
        schema: {
          tags,
          summary: '项目的月度报告、居民评价与结项评价',
          params: IdParams,
          response: { 200: ContractRecord },
        },
      },
      async (req) => deliveryRecords.record(requireUser(req, [W, S, D, R, T, A, O]), req.params.id),
    );

    app.post(
      '/purchase-contracts/:id/reports',
      {
        schema: {
          tags,
          summary: '承接组织提交月度报告（进度数字由服务记录自动计算）',
          params: IdParams,
          body: ReportBody,
          response: { 201: ContractRecord },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await deliveryRecords.report(requireUser(req, [O]), req.params.id, req.body)),
    );

    app.post(
      '/purchase-contracts/:id/evaluation',
      {
        schema: {
          tags,
          summary: '购买方结项评价（分数、等级、评语），计入承接组织的记录',
          params: IdParams,
          body: EvaluationBody,
          response: { 201: ContractRecord },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await deliveryRecords.evaluate(requireUser(req, [S, D]), req.params.id, req.body)),
    );
  };
