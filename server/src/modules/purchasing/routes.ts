// Routes of 社会组织与政府购买服务: the registry (public list per jurisdiction), contracts, activities recorded
// by the organisation, the communities' monthly ratings, milestone acceptance, hours moved off communities.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent } from '#common/api/schema.js';
import {
  AcceptBody,
  ActivityBody,
  ContractBody,
  ContractDetail,
  ContractList,
  IdParams,
  JurisdictionQuery,
  LinkAccountBody,
  MilestoneParams,
  ActivityParams,
  ActivityPhotoParams,
  PublicPurchasedServices,
  RatingBody,
  ShiftQuery,
  ShiftReply,
  SocialOrgBody,
  SocialOrgList,
  SocialOrgView,
  SocialOrgViewList,
} from '#common/api/purchasing.js';
import type { AppContext } from '../../context.js';
import { requireUser } from '../../http/auth.js';
import { readForm } from '../../http/multipart.js';

const W = 'community_worker';
const S = 'street_officer';
const D = 'department_officer';
const R = 'reviewer';
const T = 'data_steward';
const A = 'admin';
const O = 'social_org';

export const purchasingRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { purchasing } = ctx.services;
    const tags = ['purchasing'];

    app.get(
      '/public/social-orgs',
      {
        schema: {
          tags,
          summary: '辖区社会组织名录（公开，不含联系人）',
          querystring: JurisdictionQuery,
          response: { 200: SocialOrgList },
        },
      },
      async (req) => ({ items: await purchasing.publicOrgs(req.query.jurisdiction) }),
    );

    app.get(
      '/public/purchased-services',
      {
        schema: {
          tags,
          summary: '辖区政府购买服务公开：项目、准入编号、预算、承接组织、评价',
          querystring: JurisdictionQuery,
          response: { 200: PublicPurchasedServices },
        },
      },
      async (req) => purchasing.publicServices(req.query.jurisdiction),
    );

    app.get(
      '/social-orgs',
      {
        schema: {
          tags,
          summary: '社会组织名录（工作人员）',
          querystring: JurisdictionQuery,
          response: { 200: SocialOrgViewList },
        },
      },
      async (req) => ({
        items: await purchasing.listOrgs(requireUser(req, [S, D, R, T, A]), req.query.jurisdiction),
      }),
    );

    app.post(
      '/social-orgs',
      {
        schema: {
          tags,
          summary: '登记社会组织（校验统一社会信用代码）',
          body: SocialOrgBody,
          response: { 201: SocialOrgView },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await purchasing.registerOrg(requireUser(req, [S, D, T, A]), req.body)),
    );

    app.post(
      '/social-orgs/:id/accounts',
      {
        schema: {
          tags,
          summary: '把“社会组织工作人员”账号关联到社会组织',
          params: IdParams,
          body: LinkAccountBody,
          response: { 204: NoContent },
        },
      },
      async (req, reply) => {
        await purchasing.linkAccount(requireUser(req, [S, D, T, A]), req.params.id, req.body.username);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/purchase-contracts/shift',
      {
        schema: {
          tags,
          summary: '购买服务承接：从社区转出的工时与缺口',
          querystring: ShiftQuery,
          response: { 200: ShiftReply },
        },
      },
      async (req) => purchasing.shift(requireUser(req, [W, S, D, R, T, A]), req.query.org),
    );

    app.get(
      '/purchase-contracts',
      { schema: { tags, summary: '我参与或管辖的购买服务项目', response: { 200: ContractList } } },
      async (req) => ({ items: await purchasing.list(requireUser(req, [W, S, D, R, T, A, O])) }),
    );

    app.post(
      '/purchase-contracts',
      {
        schema: {
          tags,
          summary: '部门或街道购买服务（须有本单位的有效准入编号）',
          body: ContractBody,
          response: { 201: ContractDetail },
        },
      },
      async (req, reply) => reply.code(201).send(await purchasing.createContract(requireUser(req, [S, D]), req.body)),
    );

    app.get(
      '/purchase-contracts/:id',
      { schema: { tags, summary: '购买服务项目详情与指标进度', params: IdParams, response: { 200: ContractDetail } } },
      async (req) => purchasing.detail(requireUser(req, [W, S, D, R, T, A, O]), req.params.id),
    );

    app.post(
      '/purchase-contracts/:id/activities',
      {
        schema: {
          tags,
          summary: '承接组织记录服务活动',
          params: IdParams,
          body: ActivityBody,
          response: { 201: ContractDetail },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await purchasing.recordActivity(requireUser(req, [O]), req.params.id, req.body)),
    );

    app.post(
      '/purchase-contracts/:id/activities/:activityId/photos',
      {
        schema: {
          tags,
          summary: '承接组织为服务活动添加照片（可选，不作为服务完成的必要凭证）',
          description: 'multipart/form-data：字段 files 为照片或 PDF（每个 ≤10 MB，每项活动最多 5 个）',
          consumes: ['multipart/form-data'],
          params: ActivityParams,
          response: { 200: ContractDetail },
        },
      },
      async (req) =>
        purchasing.attachToActivity(
          requireUser(req, [O]),
          req.params.id,
          req.params.activityId,
          (await readForm(req)).files,
        ),
    );

    app.get(
      '/purchase-contracts/:id/activities/:activityId/photos/:fileId',
      { schema: { tags, summary: '下载服务活动照片（项目参与方可见，不公开）', params: ActivityPhotoParams } },
      async (req, reply) => {
        const p = req.params;
        const f = await purchasing.activityPhoto(requireUser(req, [W, S, D, R, T, A, O]), p.id, p.activityId, p.fileId);
        return reply
          .type(f.contentType)
          .header('content-disposition', `inline; filename="file"; filename*=UTF-8''${encodeURIComponent(f.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .send(f.data);
      },
    );

    app.post(
      '/purchase-contracts/:id/ratings',
      {
        schema: {
          tags,
          summary: '社区按月评价服务',
          params: IdParams,
          body: RatingBody,
          response: { 200: ContractDetail },
        },
      },
      async (req) => purchasing.rate(requireUser(req, [W]), req.params.id, req.body),
    );

    app.post(
      '/purchase-contracts/:id/milestones/:milestoneId/accept',
      {
        schema: {
          tags,
          summary: '购买方验收付款节点',
          params: MilestoneParams,
          body: AcceptBody,
          response: { 200: ContractDetail },
        },
      },
      async (req) =>
        purchasing.acceptMilestone(requireUser(req, [S, D]), req.params.id, req.params.milestoneId, req.body.note),
    );
  };
