// Refusals with their answers, filtered by where they stand: the department answers its own (withdraw,
// resend fixed, contest to the 减负办), the reviewer decides the contested ones. Used by the department's
// 社区拒绝 tab and the reviewer's 社区拒绝 page.
import { useState } from 'react';
import { App, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '#common/api/dispatch.js';
import { REFUSAL_STATES, type RefusalAnswer, type RefusalState } from '#common/dispatch.js';
import { dispatchApi } from '../../api/dispatchEndpoints.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLabels } from '../../i18n/labels.js';
import { AnswerModal, DecisionModal } from './RefusalAnswerModals.js';
import { RefusalsTable } from './RefusalsTable.js';

interface Props {
  showDepartment?: boolean;
  /** The filter it opens on (the reviewer: what awaits a decision). */
  initialState?: RefusalState;
}

export function RefusalsPanel({ showDepartment, initialState }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [state, setState] = useState<RefusalState | undefined>(initialState);
  const [page, setPage] = useState(1);
  const [answering, setAnswering] = useState<{ refusal: Refusal; answer: RefusalAnswer } | null>(null);
  const [deciding, setDeciding] = useState<Refusal | null>(null);
  const list = useApiQuery({
    queryKey: keys.dispatch.of('refusals', page, state),
    queryFn: ({ signal }) => dispatchApi.refusals(page, 20, state, signal),
  });
  const done = (text: string) => {
    setAnswering(null);
    setDeciding(null);
    void message.success(text);
    void invalidate(keys.dispatch, keys.inbox);
  };
  return (
    <div className="refusals-panel" data-testid="refusals-panel">
      <Segmented<string>
        className="refusal-filter"
        data-testid="refusal-filter"
        value={state ?? 'all'}
        onChange={(v) => {
          setState(v === 'all' ? undefined : (v as RefusalState));
          setPage(1);
        }}
        options={[
          { value: 'all', label: <span data-testid="refusal-filter-all">{t('dispatch.refusals.filter.all')}</span> },
          ...REFUSAL_STATES.map((s) => ({
            value: s,
            label: <span data-testid={`refusal-filter-${s}`}>{labels.refusalState(s)}</span>,
          })),
        ]}
      />
      {list.error ? (
        <ProblemAlert error={list.error} onRetry={list.reload} />
      ) : (
        <RefusalsTable
          data={list.data}
          loading={list.loading}
          page={page}
          pageSize={20}
          onPage={setPage}
          showDepartment={showDepartment}
          onAnswer={(refusal, answer) => setAnswering({ refusal, answer })}
          onDecide={setDeciding}
        />
      )}
      {answering && (
        <AnswerModal
          refusal={answering.refusal}
          answer={answering.answer}
          onClose={() => setAnswering(null)}
          onDone={() => done(t('dispatch.answer.done', { answer: labels.refusalAnswer(answering.answer) }))}
        />
      )}
      {deciding && (
        <DecisionModal
          refusal={deciding}
          onClose={() => setDeciding(null)}
          onDone={(r) => done(t('dispatch.decision.done', { decision: labels.refusalState(r.refusalState ?? '') }))}
        />
      )}
    </div>
  );
}
