// The notification centre's routes: the bell's list, mark read, and the to-do counts of the home page
// and the menu badges. Every signed-in user has their own; nobody reads another's.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../http/auth.js';
import { pageOf } from '../../http/pagination.js';
import { pickLang } from '../../http/problem.js';
import type { AppContext } from '../../context.js';
import {
  MarkReadBody,
  MarkReadReply,
  NotificationPage,
  NotificationQuery,
  TodoReply,
} from '#common/api/notifications.js';

export const notificationRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { notifications } = ctx.services;
    const tags = ['notifications'];

    app.get(
      '/me/notifications',
      {
        schema: {
          tags,
          summary: '我的消息：新派单、拒绝、审批结果、征求意见、更正申请、授权到期（分页，新的在前）',
          querystring: NotificationQuery,
          response: { 200: NotificationPage },
        },
      },
      async (req) => {
        const user = requireUser(req);
        return notifications.list(
          user,
          { ...pageOf(req.query), unread: req.query.unread },
          pickLang(req.headers['accept-language']),
        );
      },
    );

    app.post(
      '/me/notifications/read',
      {
        schema: {
          tags,
          summary: '标为已读：给出 ids 只标这些，否则全部标为已读',
          body: MarkReadBody,
          response: { 200: MarkReadReply },
        },
      },
      async (req) => {
        const user = requireUser(req);
        const ids = req.body.ids && !req.body.all ? req.body.ids : 'all';
        return notifications.markRead(user, ids);
      },
    );

    app.get(
      '/me/todo',
      {
        schema: {
          tags,
          summary: '我的待办：按类别计数（各模块自己统计），以及未读消息数',
          response: { 200: TodoReply },
        },
      },
      async (req) => notifications.todo(requireUser(req)),
    );
  };
