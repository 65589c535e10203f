// 居民服务 · 证明事项: the public guide (no login, phone-first, opened from a notice-board QR code), its
// upkeep by the jurisdiction, and residents' reports of bodies asking for forbidden certificates.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import {
  AttestBody,
  AttestReply,
  CertificateGuide,
  CertificateRequestBody,
  CertificateRequestView,
  CommunityRequestView,
  CommunityRequestsQuery,
  DecisionBody,
  RequestIdParams,
  VerifyParams,
  VerifyView,
  CertificatesQuery,
  CertificatesView,
  ForbiddenAskBody,
  ForbiddenAskReply,
  ForbiddenAsksQuery,
  ForbiddenAsksView,
  GuideBody,
  GuideParams,
} from '#common/api/certificates.js';
import { Type } from 'typebox';
import { ORG_CODE_PATTERN } from '#common/orgs.js';

export const certificateRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { certificates, certificateRequests: requests, attest } = ctx.services;
    const tags = ['services'];

    app.get(
      '/public/certificates',
      {
        schema: {
          tags,
          summary: '证明事项办事指南：某社区（或辖区）可以出具与不得出具的证明（免登录）',
          querystring: CertificatesQuery,
          response: { 200: CertificatesView },
        },
      },
      async (req) => certificates.list(req.query.org, req.query.q),
    );

    app.get(
      '/public/certificates/:jurisdiction/:code',
      {
        schema: {
          tags,
          summary: '一项证明的办事指南；不得出具的，说明依据和替代办法（免登录）',
          params: GuideParams,
          querystring: Type.Object({ org: Type.Optional(Type.String({ pattern: ORG_CODE_PATTERN })) }),
          response: { 200: CertificateGuide },
        },
      },
      async (req) => certificates.guide(req.params.jurisdiction, req.params.code, req.query.org),
    );

    app.put(
      '/certificates/:jurisdiction/:code/guide',
      {
        schema: {
          tags,
          summary: '编写办事指南（本辖区减负办、管理员）',
          params: GuideParams,
          body: GuideBody,
          response: { 200: CertificateGuide },
        },
      },
      async (req) => {
        const user = requireUser(req);
        return certificates.putGuide(user, req.params.jurisdiction, req.params.code, req.body);
      },
    );

    app.post(
      '/certificates/forbidden-asks',
      {
        schema: {
          tags,
          summary: '反映有单位要求开具不得出具的证明（居民本人，或社区工作者代居民登记）',
          body: ForbiddenAskBody,
          response: { 201: ForbiddenAskReply },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        return reply.code(201).send(await certificates.reportAsk(user, req.body));
      },
    );

    app.get(
      '/certificates/forbidden-asks',
      {
        schema: {
          tags,
          summary: '违规索要证明的反映：按索要单位统计（减负办、街道、管理员；不显示反映人）',
          querystring: ForbiddenAsksQuery,
          response: { 200: ForbiddenAsksView },
        },
      },
      async (req) => {
        const user = requireUser(req);
        return certificates.asks(user, req.query.org, req.query);
      },
    );
    app.post(
      '/me/certificate-requests',
      {
        schema: {
          tags,
          summary: '居民在线申请社区可以出具的证明；不得出具的返回 422 和替代办法',
          body: CertificateRequestBody,
          response: { 201: CertificateRequestView },
        },
      },
      async (req, reply) => reply.code(201).send(await requests.request(requireUser(req), req.body)),
    );

    app.get(
      '/me/certificate-requests',
      {
        schema: { tags, summary: '我的证明申请（新的在前）', response: { 200: Type.Array(CertificateRequestView) } },
      },
      async (req) => requests.mine(requireUser(req)),
    );

    app.get(
      '/certificate-requests/:id/pdf',
      {
        schema: { tags, summary: '已开具证明的 PDF（申请人本人、本社区工作者）', params: RequestIdParams },
        config: { audit: 'certificate.pdf' },
      },
      async (req, reply) => {
        const { filename, body, subjectId, community } = await requests.pdf(requireUser(req), req.params.id);
        // The certificate names the resident: every download is in the trail.
        req.audit = { subjectIds: subjectId ? [subjectId] : [], purpose: '下载证明', orgCode: community };
        return reply
          .type('application/pdf')
          .header('cache-control', 'no-store')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
          .send(body);
      },
    );

    app.get(
      '/communities/:code/certificate-requests',
      {
        schema: {
          tags,
          summary: '本社区的证明申请，附一表通中申请人的相关信息（按角色脱敏）',
          params: Type.Object({ code: Type.String({ pattern: ORG_CODE_PATTERN }) }),
          querystring: CommunityRequestsQuery,
          response: { 200: Type.Array(CommunityRequestView) },
        },
        config: { audit: 'certificate_requests.read' },
      },
      async (req) => {
        const list = await requests.ofCommunity(requireUser(req), req.params.code, req.query.status);
        const ids = list.flatMap((r) => (r.record ? [r.record.subjectId] : []));
        req.audit = {
          subjectIds: ids,
          elements: ['name', 'residence_address', 'hukou_address', 'household_number'],
          purpose: '核对证明申请',
          orgCode: req.params.code,
        };
        return list;
      },
    );

    app.post(
      '/certificate-requests/:id/decision',
      {
        schema: {
          tags,
          summary: '开具（生成带验证码的 PDF）或不予开具（说明理由）',
          params: RequestIdParams,
          body: DecisionBody,
          response: { 200: CertificateRequestView },
        },
      },
      async (req) => requests.decide(requireUser(req), req.params.id, req.body, `${req.protocol}://${req.host}`),
    );

    app.get(
      '/public/certificates/verify/:code',
      {
        schema: {
          tags,
          summary: '核验证明的验证码：证明名称、出具单位、日期、有效期，持有人姓名脱敏（免登录）',
          params: VerifyParams,
          response: { 200: VerifyView },
        },
      },
      async (req) => requests.verify(req.params.code),
    );
    app.post(
      '/attestations',
      {
        schema: {
          tags,
          summary:
            '数据代替证明：部门向一表通核验居民是否在某社区居住、是否某户成员、是否健在（凭授权或本人同意，记入审计）',
          body: AttestBody,
          response: { 200: AttestReply },
        },
        config: { audit: 'attest' },
      },
      async (req) => {
        const { reply, audit } = await attest.ask(requireUser(req), req.body);
        req.audit = audit;
        return reply;
      },
    );
  };
