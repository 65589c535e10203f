// A dispatch's progress across its communities as one stacked bar: done, in progress, not yet
// acknowledged, refused; with the counts in words (and the overdue ones) below.
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DispatchCounts } from '#common/api/dispatch.js';
import { formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';

const SEGMENTS = ['done', 'in_progress', 'acknowledged', 'new', 'refused'] as const;

/** Communities still working on it: new, acknowledged or in progress (overdue ones included). */
export function openCount(c: DispatchCounts): number {
  return c.new + c.acknowledged + c.in_progress;
}

export function ProgressBar({ counts, compact }: { counts: DispatchCounts; compact?: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const total = Math.max(counts.total, 1);
  const n = (x: number) => formatNumber(x);
  return (
    <div className={compact ? 'progress compact' : 'progress'}>
      <div className="progress-bar">
        {SEGMENTS.filter((s) => counts[s] > 0).map((s) => (
          <Tooltip key={s} title={`${labels.inboxStatus(s)} ${n(counts[s])}`}>
            <span className={`progress-seg progress-${s}`} style={{ width: `${(counts[s] / total) * 100}%` }} />
          </Tooltip>
        ))}
      </div>
      <div className="progress-text small">
        {t('dispatch.countsLine', {
          total: n(counts.total),
          done: n(counts.done),
          open: n(openCount(counts)),
          refused: n(counts.refused),
        })}
        {counts.overdue > 0 && (
          <span className="text-danger">{t('dispatch.overdueLine', { n: n(counts.overdue) })}</span>
        )}
      </div>
    </div>
  );
}
