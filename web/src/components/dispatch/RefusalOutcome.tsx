// A refusal and what became of it: the reasons the community gave, its explanation, where the refusal
// stands (awaiting the department, contested, upheld, ordered, resent, withdrawn), the department's answer
// and the 减负办's reasons. Shown on the worker's item and in the department's and reviewer's lists.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemState } from '#common/api/dispatch.js';
import type { RefusalState } from '#common/dispatch.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';

export const REFUSAL_STATE_COLORS: Record<RefusalState, string> = {
  unanswered: 'warning',
  contested: 'purple',
  upheld: 'volcano',
  ordered: 'blue',
  resent: 'cyan',
  withdrawn: 'default',
};

type Refused = Pick<
  ItemState,
  'refusalReasons' | 'refusalText' | 'refusalState' | 'answerNote' | 'answeredAt' | 'decisionNote' | 'decidedAt'
>;

export function RefusalReasons({ item }: { item: Pick<ItemState, 'refusalReasons'> }) {
  const labels = useLabels();
  return (
    <span className="refusal-reasons">
      {item.refusalReasons.map((r) => (
        <Tag key={r} color="volcano" className="status-tag" data-reason={r}>
          {labels.refusalReason(r)}
        </Tag>
      ))}
    </span>
  );
}

export function RefusalStateTag({ state }: { state: RefusalState | null }) {
  const labels = useLabels();
  if (!state) return null;
  return (
    <Tag color={REFUSAL_STATE_COLORS[state]} className="status-tag" data-testid="refusal-state" data-state={state}>
      {labels.refusalState(state)}
    </Tag>
  );
}

/** The department's answer and the 减负办's decision, each with its time. */
export function RefusalAnswers({ item }: { item: Refused }) {
  const { t } = useTranslation();
  return (
    <>
      {item.answerNote && (
        <div data-testid="refusal-answer">
          <strong>{t('inbox.outcome.answer')}</strong>
          {item.answerNote}
          {item.answeredAt && <span className="muted small"> · {formatDateTime(item.answeredAt)}</span>}
        </div>
      )}
      {item.decisionNote && (
        <div data-testid="refusal-decision">
          <strong>{t('inbox.outcome.decision')}</strong>
          {item.decisionNote}
          {item.decidedAt && <span className="muted small"> · {formatDateTime(item.decidedAt)}</span>}
        </div>
      )}
    </>
  );
}

/** The whole block on a worker's item. */
export function RefusalOutcome({ item }: { item: Refused }) {
  const { t } = useTranslation();
  if (!item.refusalReasons.length) return null;
  // Resent or ordered back into the inbox (or withdrawn): the refusal is history, not the item's state.
  const settled = item.refusalState !== null && item.refusalState !== 'unanswered' && item.refusalState !== 'upheld';
  return (
    <div
      className={`inbox-result ${settled ? 'inbox-result-answered' : 'inbox-result-refused'}`}
      data-testid="inbox-refusal"
    >
      <div>
        <strong>{t('inbox.refusal')}</strong>
        <RefusalReasons item={item} />
        {item.refusalText && <span> — {item.refusalText}</span>}
      </div>
      <div className="refusal-outcome" data-testid="refusal-outcome">
        <strong>{t('inbox.outcome.title')}</strong>
        <RefusalStateTag state={item.refusalState} />
      </div>
      <RefusalAnswers item={item} />
    </div>
  );
}
