// 居民议事协商 (issue 18): thin routes over DeliberationService; who may call each is in route-policy.ts,
// the community scope is the service's (policy.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import { readForm } from '../../http/multipart.js';
import type { AppContext } from '../../context.js';
import {
  ActionBody,
  ActionIdParams,
  ActionUpdateBody,
  CommentBody,
  CommentParams,
  CommunityParams,
  MeetingBody,
  MeetingView,
  OpenVoteBody,
  OverdueActionView,
  PaperTallyBody,
  ProposeBody,
  ReasonBody,
  RulesBody,
  RulesView,
  TopicFileParams,
  TopicIdParams,
  TopicSummary,
  TopicView,
  TopicsQuery,
  VoteBody,
} from '#common/api/deliberation.js';

export const deliberationRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const service = ctx.services.deliberation;
    const tags = ['deliberation'];
    const topic = { tags, params: TopicIdParams, response: { 200: TopicView } };

    app.get(
      '/communities/:code/deliberation-rules',
      {
        schema: {
          tags,
          summary: '社区议事规则（现行版本；未制定时为默认规则），免登录',
          params: CommunityParams,
          response: { 200: RulesView },
        },
      },
      async (req) => service.rules(req.params.code),
    );
    app.put(
      '/communities/:code/deliberation-rules',
      {
        schema: {
          tags,
          summary: '社区工作者发布新版议事规则（此后提出的议题适用）',
          params: CommunityParams,
          body: RulesBody,
          response: { 200: RulesView },
        },
      },
      async (req) => service.adoptRules(requireUser(req), req.params.code, req.body),
    );

    app.get(
      '/communities/:code/topics',
      {
        schema: {
          tags,
          summary: '社区居民议题（公开字段，免登录）',
          params: CommunityParams,
          querystring: TopicsQuery,
          response: { 200: Type.Array(TopicSummary) },
        },
      },
      async (req) => service.list(req.params.code, req.query.status),
    );
    app.post(
      '/communities/:code/topics',
      {
        schema: {
          tags,
          summary: '本社区居民提出议题（计入本人一份支持）；社区工作者提出的议题直接列入议事日程',
          params: CommunityParams,
          body: ProposeBody,
          response: { 201: TopicView },
        },
      },
      async (req, reply) => reply.code(201).send(await service.propose(requireUser(req), req.params.code, req.body)),
    );
    app.get(
      '/topics/:id',
      { schema: { ...topic, summary: '议题详情：状态、支持数、留言、议事会、表决（截止后公布计票）、落实情况' } },
      async (req) => service.view(req.params.id, req.user),
    );
    app.post(
      '/topics/:id/supports',
      { schema: { ...topic, summary: '本社区居民支持议题（按规则每人或每户一份）' } },
      async (req) => service.support(requireUser(req), req.params.id),
    );
    app.post('/topics/:id/table', { schema: { ...topic, summary: '社区工作者将议题列入议事日程' } }, async (req) =>
      service.table(requireUser(req), req.params.id),
    );
    app.post(
      '/topics/:id/reject',
      { schema: { ...topic, summary: '社区工作者不予受理议题，须写明理由', body: ReasonBody } },
      async (req) => service.reject(requireUser(req), req.params.id, req.body.reason),
    );
    app.post(
      '/topics/:id/attachments',
      {
        schema: {
          ...topic,
          summary: '提议人为议题添加附件（照片或 PDF，议事会前）',
          description: 'multipart/form-data：字段 files 为附件（JPG/PNG/PDF，每个 ≤10 MB，每个议题最多 5 个）',
          consumes: ['multipart/form-data'],
        },
      },
      async (req) => service.attach(requireUser(req), req.params.id, (await readForm(req)).files),
    );
    app.get(
      '/topics/:id/attachments/:fileId',
      { schema: { tags, summary: '下载议题附件（议题公开前仅本社区可见）', params: TopicFileParams } },
      async (req, reply) => {
        const a = await service.attachment(req.user, req.params.id, req.params.fileId);
        return reply
          .type(a.contentType)
          .header('content-disposition', `inline; filename="file"; filename*=UTF-8''${encodeURIComponent(a.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .send(a.data);
      },
    );
    app.post(
      '/topics/:id/comments',
      { schema: { ...topic, summary: '议事会前在线留言（本社区居民、社区工作者）', body: CommentBody } },
      async (req) => service.comment(requireUser(req), req.params.id, req.body.body),
    );
    app.post(
      '/topics/:id/comments/:commentId/hide',
      {
        schema: {
          tags,
          summary: '社区工作者隐藏留言，理由公开',
          params: CommentParams,
          body: ReasonBody,
          response: { 200: TopicView },
        },
      },
      async (req) => service.hideComment(requireUser(req), req.params.id, req.params.commentId, req.body.reason),
    );

    app.get(
      '/communities/:code/meetings',
      {
        schema: {
          tags,
          summary: '社区议事会记录（议程、参会方、纪要、意见），免登录',
          params: CommunityParams,
          response: { 200: Type.Array(MeetingView) },
        },
      },
      async (req) => service.meetings(req.params.code),
    );
    app.post(
      '/communities/:code/meetings',
      {
        schema: {
          tags,
          summary: '社区工作者记录议事会；议程中的议题转为“已协商”',
          params: CommunityParams,
          body: MeetingBody,
          response: { 201: MeetingView },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.recordMeeting(requireUser(req), req.params.code, req.body)),
    );

    app.post(
      '/topics/:id/vote',
      { schema: { ...topic, summary: '社区工作者发起表决（选项、截止日期）', body: OpenVoteBody } },
      async (req) => service.openVote(requireUser(req), req.params.id, req.body),
    );
    app.post(
      '/topics/:id/votes',
      { schema: { ...topic, summary: '本社区居民投票（按规则每人或每户一票）', body: VoteBody } },
      async (req) => service.vote(requireUser(req), req.params.id, req.body.option),
    );
    app.post(
      '/topics/:id/paper-tally',
      { schema: { ...topic, summary: '社区工作者录入纸质票计票单（各选项票数）', body: PaperTallyBody } },
      async (req) => service.paperTally(requireUser(req), req.params.id, req.body.counts),
    );
    app.post(
      '/topics/:id/vote/close',
      { schema: { ...topic, summary: '结束表决：按议事规则的参与率和多数计票并公布' } },
      async (req) => service.closeVote(requireUser(req), req.params.id),
    );

    app.post(
      '/topics/:id/actions',
      { schema: { ...topic, summary: '为已通过的决定添加落实事项（责任方、期限）', body: ActionBody } },
      async (req) => service.addAction(requireUser(req), req.params.id, req.body),
    );
    app.post(
      '/topic-actions/:id',
      {
        schema: {
          tags,
          summary: '更新落实事项进展或办结',
          params: ActionIdParams,
          body: ActionUpdateBody,
          response: { 200: TopicView },
        },
      },
      async (req) => service.updateAction(requireUser(req), req.params.id, req.body),
    );
    app.get(
      '/orgs/:code/topic-actions/overdue',
      {
        schema: {
          tags,
          summary: '辖区社区议事决定中逾期未完成的落实事项（街道及以上、本社区）',
          params: CommunityParams,
          response: { 200: Type.Array(OverdueActionView) },
        },
      },
      async (req) => service.overdue(requireUser(req), req.params.code),
    );
  };
