// Pairs of inspections in the same month on similar topics: one visit instead of two.
import { Alert } from 'antd';
import { MergeCellsOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Inspection, MergeSuggestion } from '#common/api/inspections.js';
import { formatMonth } from '../../i18n/format.js';

export function MergeSuggestions({ suggestions, items }: { suggestions: MergeSuggestion[]; items: Inspection[] }) {
  const { t } = useTranslation();
  const topic = (id: number) => items.find((i) => i.id === id)?.topic ?? `#${id}`;
  if (suggestions.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      icon={<MergeCellsOutlined />}
      className="page-alert"
      title={t('insp.merge.title')}
      description={
        <ul className="merge-list">
          {suggestions.map((s) => (
            <li key={`${s.a}-${s.b}`} data-testid="merge-suggestion" data-a={s.a} data-b={s.b} data-month={s.month}>
              {t('insp.merge.line', {
                month: formatMonth(Number(s.month.slice(5))),
                a: topic(s.a),
                b: topic(s.b),
                score: s.score.toFixed(2),
                shared: s.sharedCommunities,
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
