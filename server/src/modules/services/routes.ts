// 居民服务 · 证明事项: the public guide (no login, phone-first, opened from a notice-board QR code), its
// upkeep by the jurisdiction, and residents' reports of bodies asking for forbidden certificates.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../http/auth.js';
import type { AppContext } from '../../context.js';
import {
  CertificateGuide,
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
    const { certificates } = ctx.services;
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
  };
