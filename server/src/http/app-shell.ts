// The web app's page (index.html) for every route the app draws on the client. A community worker's
// /inbox also carries a read-only preview of her work, drawn here: on a slow phone link she reads what is
// due as soon as the page arrives, seconds before the scripts (issue 14 §6); the app removes it once its
// own inbox has loaded. Any other page, user or failure gets the plain page.
import fs from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '#common/i18n/problems.js';
import type { AppContext } from '../context.js';
import { renderInboxPreview } from '../modules/dispatch/inbox-preview.js';
import { SESSION_COOKIE } from './auth.js';

const PREVIEW_ITEMS = 10;
const INBOX_STATUSES = new Set(['new', 'acknowledged', 'in_progress', 'overdue', 'done', 'refused']);

/** The page's language for the preview: English only when the browser asks for it first. */
export function previewLang(acceptLanguage: string | undefined): Lang {
  return /^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'zh-CN';
}

/**
 * Puts `preview` before the app's root and moves the stylesheet after it: a stylesheet in <head> holds
 * back the first paint until it has arrived, one in the body only what follows it.
 */
export function withPreview(html: string, preview: string): string {
  if (!preview) return html;
  const links: string[] = [];
  const head = html.replace(/\s*<link rel="stylesheet"[^>]*>/g, (link) => {
    links.push(link.trim());
    return '';
  });
  return head.replace('<div id="root"></div>', `${preview}<div id="root"></div>${links.join('')}`);
}

export function appShell(ctx: AppContext, indexHtml: string) {
  const page = fs.readFileSync(indexHtml, 'utf8');

  async function inboxPreview(req: FastifyRequest): Promise<string> {
    const [pathname, query = ''] = req.url.split('?');
    if (pathname !== '/inbox') return '';
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return '';
    const user = await ctx.services.accounts.resolveSession(token);
    if (!user || user === 'expired' || user.role !== 'community_worker') return '';
    const status = new URLSearchParams(query).get('status') ?? undefined;
    const inbox = await ctx.services.dispatch.inbox(user, user.orgCode, {
      status: status && INBOX_STATUSES.has(status) ? status : undefined,
      offset: 0,
      limit: PREVIEW_ITEMS,
    });
    return renderInboxPreview(inbox.items, inbox.total, previewLang(req.headers['accept-language']));
  }

  return async function send(req: FastifyRequest, reply: FastifyReply) {
    let preview = '';
    try {
      preview = await inboxPreview(req);
    } catch (err) {
      // The preview is a courtesy: the page still loads without it.
      req.log.warn({ err }, 'inbox preview failed');
    }
    reply.type('text/html; charset=utf-8');
    // A page with her work in it is hers alone: never kept by a browser cache or a proxy.
    if (preview)
      return reply
        .header('cache-control', 'private, no-store')
        .header('vary', 'cookie')
        .send(withPreview(page, preview));
    return reply.header('cache-control', 'no-cache').send(page);
  };
}
