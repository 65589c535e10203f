// 社区意见 and 会签: where the consultation stands and what the consulted communities said, and the
// reviewers' sign-offs with their opinions.
import { Alert, Card, Empty, Progress, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdmissionDetail } from '#common/api/admission.js';
import { formatDateTime } from '../../../i18n/format.js';
import { STANCE_COLORS, isStance } from '../../../components/admission/stances.js';

/** Where the consultation stands: required for 协助 items, who was asked, who answered, until when. */
function ConsultationStatus({ a }: { a: AdmissionDetail }) {
  const { t } = useTranslation();
  const p = a.consultationProgress;
  if (!p.required && !p.started) return null;
  const message = !p.started
    ? t('adm.detail.consultNotStarted')
    : p.done
      ? t('adm.detail.consultDone', { answered: p.answered, total: p.total })
      : t('adm.detail.consultPending', { answered: p.answered, total: p.total, date: p.dueDate ?? '' });
  return (
    <div className="consultation-status" data-testid="adm-consultation-status" data-done={p.done}>
      <Alert
        type={p.done ? 'success' : p.required ? 'warning' : 'info'}
        showIcon
        title={message}
        description={p.required && !p.done ? t('adm.detail.consultRequired') : undefined}
      />
      {p.started && (
        <Space size={[4, 4]} wrap className="consultation-communities">
          {p.communities.map((c) => (
            <Tag
              key={c.code}
              color={c.answered ? 'green' : 'default'}
              data-testid="adm-consulted-community"
              data-answered={c.answered}
            >
              {c.name} · {c.answered ? t('adm.detail.consultAnswered') : t('adm.detail.consultWaiting')}
            </Tag>
          ))}
        </Space>
      )}
    </div>
  );
}

export function ConsultationCard({ a }: { a: AdmissionDetail }) {
  const { t } = useTranslation();
  const p = a.consultationProgress;
  if (!p.required && !p.started && a.comments.length === 0) return null;
  return (
    <Card
      size="small"
      title={t('adm.detail.comments')}
      data-testid="adm-comments"
      extra={
        p.started && (
          <span className="muted small">
            {t('adm.detail.commentsProgress', { done: p.answered, asked: p.total })}
            {p.dueDate && ` · ${t('adm.detail.commentsDue', { date: p.dueDate })}`}
          </span>
        )
      }
    >
      <ConsultationStatus a={a} />
      {p.started && a.comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('adm.detail.noComments')} />
      ) : (
        <ul className="comment-list">
          {a.comments.map((c, i) => (
            <li key={`${c.communityCode}-${i}`} className="comment" data-testid="adm-comment">
              <div className="comment-head">
                <strong>{c.communityName}</strong>
                <Tag color={isStance(c.stance) ? STANCE_COLORS[c.stance] : 'default'}>
                  {isStance(c.stance) ? t(`consult.stances.${c.stance}`) : c.stance}
                </Tag>
                <span className="muted small">{formatDateTime(c.at)}</span>
              </div>
              <div className="comment-text">{c.comment}</div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function SignoffsCard({ a }: { a: AdmissionDetail }) {
  const { t } = useTranslation();
  const { required, done } = a.signoffs;
  if (done.length === 0 && a.status !== 'under_review') return null;
  return (
    <Card
      size="small"
      title={t('adm.detail.signoffs')}
      data-testid="adm-signoffs"
      data-done={done.length}
      data-required={required}
    >
      {required > 1 ? (
        <>
          <div className="muted small">{t('adm.detail.signoffsNeeded', { n: required })}</div>
          <Progress
            percent={Math.round((Math.min(done.length, required) / required) * 100)}
            format={() => `${done.length}/${required}`}
          />
        </>
      ) : (
        <div className="muted small">{t('adm.detail.signoffSingle')}</div>
      )}
      <ul className="signoff-list">
        {done.map((s) => (
          <li key={`${s.name}-${s.at}`}>
            <strong>{s.name}</strong> <span className="muted small">{formatDateTime(s.at)}</span>
            {s.opinion && <div className="signoff-opinion">{s.opinion}</div>}
          </li>
        ))}
      </ul>
    </Card>
  );
}
