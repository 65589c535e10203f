// Words of the inbox preview the server draws into the page (http/app-shell.ts) before the web app starts.
import type { Lang } from './problems.js';

export const SHELL_PREVIEW_TEXT: Record<Lang, { title: string; loading: string; due: string; more: string }> = {
  'zh-CN': {
    title: '社区待办',
    loading: '正在加载，可先查看待办事项…',
    due: '完成期限',
    more: '另有 {n} 项，页面加载后可查看',
  },
  en: {
    title: 'Community inbox',
    loading: 'Loading; your open work meanwhile…',
    due: 'Due',
    more: '{n} more once the page has loaded',
  },
};
