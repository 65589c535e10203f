// Admission routes: the application form and its pre-checks, the review workflow, and the public
// check that lets anyone see whether an admission number is valid.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { renderSVG } from 'uqr';
import { requireUser } from '../../http/auth.js';
import { pageOf } from '../../http/pagination.js';
import { pickLang } from '../../http/problem.js';
import { NoContent } from '#common/api/schema.js';
import type { AppContext } from '../../context.js';
import {
  ActBody,
  AdmissionDetail,
  AdmissionPage,
  AdmissionSettings,
  CommentBody,
  ConsultationView,
  DraftBody,
  IdParams,
  JurisdictionParams,
  JurisdictionQuery,
  ListQuery,
  NumberParams,
  PartialDraftBody,
  PrecheckReply,
  PublicAdmission,
  PublicCheckReply,
  SettingsPatch,
} from '#common/api/admission.js';

export const admissionRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { admission } = ctx.services;
    const tags = ['admission'];
    const lang = (req: { headers: Record<string, unknown> }) =>
      pickLang(req.headers['accept-language'] as string | undefined);

    app.post(
      '/admissions/precheck',
      {
        schema: {
          tags,
          summary: '预审（不保存）：负面清单、重复、负担测算、费随事转、提前时限、表单',
          body: PartialDraftBody,
          response: { 200: PrecheckReply },
        },
      },
      async (req) => admission.precheck(requireUser(req, ['department_officer', 'reviewer']), req.body, lang(req)),
    );

    app.get(
      '/admissions',
      {
        schema: {
          tags,
          summary: '本部门的申请，或审核人员的待审队列',
          querystring: ListQuery,
          response: { 200: AdmissionPage },
        },
      },
      async (req) => {
        const user = requireUser(req, ['department_officer', 'reviewer', 'admin']);
        const { page, pageSize, offset } = pageOf(req.query);
        const r = await admission.list(user, {
          q: req.query.q,
          statuses: req.query.status,
          queue: req.query.queue,
          offset,
          limit: pageSize,
        });
        return { ...r, page, pageSize };
      },
    );

    app.post(
      '/admissions',
      { schema: { tags, summary: '新建申请（草稿）', body: DraftBody, response: { 201: AdmissionDetail } } },
      async (req, reply) => {
        const user = requireUser(req, ['department_officer']);
        const id = await admission.create(user, req.body);
        return reply.code(201).send(await admission.get(user, id, lang(req)));
      },
    );

    app.get(
      '/admissions/consultations',
      {
        schema: {
          tags,
          summary: '征求本社区意见的申请',
          response: { 200: Type.Array(ConsultationView) },
        },
      },
      async (req) => admission.consultations(requireUser(req, ['community_worker'])),
    );

    app.get(
      '/admissions/:id',
      {
        schema: {
          tags,
          summary: '申请详情：预审、流转记录、社区意见、会签',
          params: IdParams,
          response: { 200: AdmissionDetail },
        },
      },
      async (req) => admission.get(requireUser(req), req.params.id, lang(req)),
    );

    app.put(
      '/admissions/:id',
      {
        schema: {
          tags,
          summary: '保存草稿（重新预审）',
          params: IdParams,
          body: DraftBody,
          response: { 200: AdmissionDetail },
        },
      },
      async (req) => {
        const user = requireUser(req, ['department_officer']);
        await admission.update(user, req.params.id, req.body);
        return admission.get(user, req.params.id, lang(req));
      },
    );

    app.post(
      '/admissions/:id/actions',
      {
        schema: {
          tags,
          summary: '流转：提交、审核、准入、退回、不予准入、续期、撤销、变更',
          params: IdParams,
          body: ActBody,
          response: { 200: AdmissionDetail },
        },
      },
      async (req) => {
        const user = requireUser(req);
        await admission.act(user, req.params.id, req.body, lang(req));
        return admission.get(user, req.params.id, lang(req));
      },
    );

    app.post(
      '/admissions/:id/comments',
      {
        schema: {
          tags,
          summary: '社区对征求意见的申请发表意见',
          params: IdParams,
          body: CommentBody,
          response: { 204: NoContent },
        },
      },
      async (req, reply) => {
        await admission.comment(
          requireUser(req, ['community_worker']),
          req.params.id,
          req.body.stance,
          req.body.comment,
        );
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/admissions/settings/:jurisdiction',
      {
        schema: {
          tags,
          summary: '准入设置：会签人数、编号简称',
          params: JurisdictionParams,
          response: { 200: AdmissionSettings },
        },
      },
      async (req) => {
        requireUser(req);
        return admission.settings(req.params.jurisdiction);
      },
    );

    app.put(
      '/admissions/settings/:jurisdiction',
      {
        schema: {
          tags,
          summary: '修改准入设置（本辖区减负办或管理员）',
          params: JurisdictionParams,
          body: SettingsPatch,
          response: { 200: AdmissionSettings },
        },
      },
      async (req) => admission.updateSettings(requireUser(req), req.params.jurisdiction, req.body),
    );

    const pub = ['public'];

    app.get(
      '/public/admissions',
      {
        schema: {
          tags: pub,
          summary: '辖区内有效的准入事项（无需登录）',
          querystring: JurisdictionQuery,
          response: { 200: Type.Array(PublicAdmission) },
        },
      },
      async (req) => admission.publicActive(req.query.jurisdiction),
    );

    app.get(
      '/public/admissions/:number',
      {
        schema: {
          tags: pub,
          summary: '核验准入编号（人类可读编号需 URL 编码，或使用编码）',
          params: NumberParams,
          response: { 200: PublicCheckReply },
        },
      },
      async (req) => admission.publicCheck(req.params.number),
    );

    app.get(
      '/public/admissions/:number/qr.svg',
      {
        schema: {
          tags: pub,
          summary: '准入编号核验页的二维码',
          params: NumberParams,
        },
      },
      async (req, reply) => {
        const checked = await admission.publicCheck(req.params.number);
        const key = 'code' in checked ? checked.code : req.params.number;
        const origin = `${req.protocol}://${req.host}`;
        const svg = renderSVG(`${origin}/check/${encodeURIComponent(key)}`, { border: 2 });
        return reply.type('image/svg+xml').header('cache-control', 'public, max-age=3600').send(svg);
      },
    );
  };
