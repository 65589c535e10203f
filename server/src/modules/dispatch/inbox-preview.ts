// The community worker's open work as plain HTML, drawn into the page on the server (http/app-shell.ts):
// read-only, no scripts, every text escaped. The web app removes it once its own inbox has loaded.
import { INBOX_STATUS_LABELS, label } from '#common/i18n/labels.js';
import type { Lang } from '#common/i18n/problems.js';
import { SHELL_PREVIEW_TEXT } from '#common/i18n/shell-preview.js';

export interface PreviewItem {
  id: number;
  title: string;
  status: string;
  dueDate: string;
  department: { name: string };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// Inline: the page's stylesheet may still be on its way when this is shown (CSP allows inline styles).
const STYLE = `#shell-preview{position:fixed;inset:0;z-index:2000;overflow:auto;background:#f5f7fa;font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:#1f2329;padding:12px}
#shell-preview h1{font-size:18px;margin:4px 0 2px}#shell-preview .sp-hint{color:#6b7280;font-size:13px;margin:0 0 10px}
#shell-preview ol{list-style:none;margin:0;padding:0}#shell-preview li{background:#fff;border-radius:8px;padding:10px 12px;margin-bottom:8px;border-left:4px solid #1d5bbf}
#shell-preview li.sp-overdue{border-left-color:#d4380d}#shell-preview .sp-tag{font-size:12px;color:#1d5bbf;margin-left:6px}
#shell-preview .sp-overdue .sp-tag,#shell-preview .sp-overdue .sp-due{color:#d4380d}#shell-preview .sp-meta{color:#6b7280;font-size:13px}`;

/** The preview's HTML (an element with id `shell-preview`), or '' when there is nothing open to show. */
export function renderInboxPreview(items: PreviewItem[], total: number, lang: Lang): string {
  if (items.length === 0) return '';
  const text = SHELL_PREVIEW_TEXT[lang];
  const rows = items
    .map((i) => {
      const overdue = i.status === 'overdue';
      return (
        `<li data-testid="inbox-preview-item-${i.id}"${overdue ? ' class="sp-overdue"' : ''}>` +
        `<strong>${escapeHtml(i.title)}</strong><span class="sp-tag">${escapeHtml(label(INBOX_STATUS_LABELS, i.status, lang))}</span>` +
        `<div class="sp-meta"><span class="sp-due">${escapeHtml(text.due)} ${escapeHtml(i.dueDate)}</span> · ${escapeHtml(i.department.name)}</div></li>`
      );
    })
    .join('');
  const more =
    total > items.length
      ? `<p class="sp-hint">${escapeHtml(text.more.replace('{n}', String(total - items.length)))}</p>`
      : '';
  return (
    `<div id="shell-preview" data-testid="inbox-preview" aria-busy="true"><style>${STYLE}</style>` +
    `<h1>${escapeHtml(text.title)}</h1><p class="sp-hint">${escapeHtml(text.loading)}</p><ol>${rows}</ol>${more}</div>`
  );
}
