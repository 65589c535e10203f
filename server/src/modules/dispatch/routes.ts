// Dispatch routes: sending admitted work, the community inbox, refusals, progress and its export.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../http/auth.js';
import { readForm } from '../../http/multipart.js';
import { pageOf } from '../../http/pagination.js';
import { parseWith } from '../../http/validate.js';
import { PageQuery } from '../../http/pagination.js';
import type { AppContext } from '../../context.js';
import { progressWorkbook } from './export.js';
import {
  DispatchBody,
  DispatchDetail,
  DispatchPage,
  InboxItem,
  InboxQuery,
  InboxReply,
  OrgInboxReply,
  StreetWorkloadReply,
  ItemActBody,
  RefusalAnswerBody,
  RefusalDecisionBody,
  RefusalPage,
  RefusalQuery,
  RefusalView,
  CommunityParams,
  IdParams,
} from '#common/api/dispatch.js';

const multipartNote = 'JSON，或 multipart/form-data：字段 data 为 JSON，字段 files 为附件（每个 ≤10 MB，最多 5 个）';

export const dispatchRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { dispatch } = ctx.services;
    const tags = ['dispatch'];

    app.post(
      '/dispatches',
      {
        schema: {
          tags,
          summary: '在本部门有效准入编号下向社区派单',
          description: `${multipartNote}。data 的结构见 DispatchBody。无效、过期或超出范围的编号返回 409。`,
          consumes: ['application/json', 'multipart/form-data'],
          response: { 201: DispatchDetail },
        },
      },
      async (req, reply) => {
        const user = requireUser(req, ['department_officer']);
        const form = await readForm(req);
        const input = parseWith(DispatchBody, form.data);
        return reply.code(201).send(await dispatch.create(user, input, form.files));
      },
    );

    app.get(
      '/dispatches',
      {
        schema: {
          tags,
          summary: '本部门派单及各社区办理进度',
          querystring: PageQuery,
          response: { 200: DispatchPage },
        },
      },
      async (req) => {
        const { page, pageSize, offset } = pageOf(req.query);
        return { ...(await dispatch.list(requireUser(req, ['department_officer']), offset, pageSize)), page, pageSize };
      },
    );

    app.get(
      '/dispatches/:id',
      { schema: { tags, summary: '派单详情与各社区进度', params: IdParams, response: { 200: DispatchDetail } } },
      async (req) => dispatch.detail(requireUser(req), req.params.id),
    );

    app.get(
      '/dispatches/:id/progress.xlsx',
      { schema: { tags, summary: '导出办理进度 XLSX', params: IdParams } },
      async (req, reply) => {
        const d = await dispatch.detail(requireUser(req), req.params.id);
        const body = await progressWorkbook(`${d.title}（${d.admission.number}）办理进度`, d.items);
        const filename = `${d.title}-办理进度.xlsx`;
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="progress.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
          )
          .send(body);
      },
    );

    app.get(
      '/communities/workload',
      {
        schema: {
          tags,
          summary: '社区待办概览：辖区各街道未办结、已逾期派单数（最忙的在前）和默认打开的街道',
          response: { 200: StreetWorkloadReply },
        },
      },
      async (req) => dispatch.streetWorkload(requireUser(req, ['street_officer', 'reviewer', 'admin'])),
    );

    app.get(
      '/communities/:code/inbox',
      {
        schema: {
          tags,
          summary: '社区待办：每项带准入编号、状态、期限和负担测算',
          params: CommunityParams,
          querystring: InboxQuery,
          response: { 200: InboxReply },
        },
      },
      async (req) => {
        const { page, pageSize, offset } = pageOf(req.query);
        const r = await dispatch.inbox(requireUser(req), req.params.code, {
          status: req.query.status,
          offset,
          limit: pageSize,
        });
        return { ...r, page, pageSize };
      },
    );

    app.get(
      '/social-org/inbox',
      {
        schema: {
          tags,
          summary: '社会组织待办：其承接的购买服务事项下派来的工作（不进社区待办）',
          querystring: InboxQuery,
          response: { 200: OrgInboxReply },
        },
      },
      async (req) => {
        const { page, pageSize, offset } = pageOf(req.query);
        const r = await dispatch.orgInbox(requireUser(req, ['social_org']), {
          status: req.query.status,
          offset,
          limit: pageSize,
        });
        return { ...r, page, pageSize };
      },
    );

    app.post(
      '/inbox-items/:id/actions',
      {
        schema: {
          tags,
          summary: '签收、开始办理、办结（附说明，可带附件）或拒绝（附理由）',
          description: `${multipartNote}（仅办结可带附件）。`,
          params: IdParams,
          consumes: ['application/json', 'multipart/form-data'],
          response: { 200: InboxItem },
        },
      },
      async (req) => {
        const user = requireUser(req, ['community_worker', 'social_org']);
        const form = await readForm(req);
        return dispatch.act(user, req.params.id, parseWith(ItemActBody, form.data), form.files);
      },
    );

    app.get(
      '/refusals',
      {
        schema: {
          tags,
          summary: '社区拒绝的派单：部门看本部门，减负办看辖区；state 按答复状态筛选（contested：待减负办裁定）',
          querystring: RefusalQuery,
          response: { 200: RefusalPage },
        },
      },
      async (req) => {
        const { page, pageSize, offset } = pageOf(req.query);
        return { ...(await dispatch.refusals(requireUser(req), offset, pageSize, req.query.state)), page, pageSize };
      },
    );

    app.post(
      '/refusals/:id/answer',
      {
        schema: {
          tags,
          summary: '部门答复社区拒绝：撤回、补正后重新派发（可带附件、延后期限）或提请减负办裁定',
          description: `${multipartNote}（仅重新派发可带附件）。data 的结构见 RefusalAnswerBody；:id 为社区待办事项。`,
          params: IdParams,
          consumes: ['application/json', 'multipart/form-data'],
          response: { 200: RefusalView },
        },
      },
      async (req) => {
        const user = requireUser(req, ['department_officer']);
        const form = await readForm(req);
        return dispatch.answer(user, req.params.id, parseWith(RefusalAnswerBody, form.data), form.files);
      },
    );

    app.post(
      '/refusals/:id/decision',
      {
        schema: {
          tags,
          summary: '减负办裁定部门提请的拒绝：维持拒绝，或社区应办理（须写明意见）',
          params: IdParams,
          body: RefusalDecisionBody,
          response: { 200: RefusalView },
        },
      },
      async (req) => dispatch.decide(requireUser(req, ['reviewer']), req.params.id, req.body),
    );

    app.get('/attachments/:id', { schema: { tags, summary: '下载附件', params: IdParams } }, async (req, reply) => {
      const a = await dispatch.attachment(requireUser(req), req.params.id);
      return reply
        .type(a.contentType)
        .header(
          'content-disposition',
          `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(a.filename)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(a.data);
    });
  };
