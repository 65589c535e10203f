// 社区意见 and 会签: what the consulted communities said, and the reviewers' sign-offs.
import { Card, Empty, Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdmissionDetail } from '../../../api/admissionTypes.js';
import { formatDateTime } from '../../../i18n/format.js';
import { STANCE_COLORS, isStance } from '../../../components/admission/stances.js';

export function ConsultationCard({ a }: { a: AdmissionDetail }) {
  const { t } = useTranslation();
  const asked = a.consultation.codes.length;
  if (asked === 0 && a.comments.length === 0) return null;
  return (
    <Card
      size="small"
      title={t('adm.detail.comments')}
      data-testid="adm-comments"
      extra={
        asked > 0 && (
          <span className="muted small">
            {t('adm.detail.commentsProgress', { done: new Set(a.comments.map((c) => c.communityCode)).size, asked })}
            {a.consultation.dueDate && ` · ${t('adm.detail.commentsDue', { date: a.consultation.dueDate })}`}
          </span>
        )
      }
    >
      {a.comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('adm.detail.noComments')} />
      ) : (
        <ul className="comment-list">
          {a.comments.map((c, i) => (
            <li key={`${c.communityCode}-${i}`} className="comment">
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
    <Card size="small" title={t('adm.detail.signoffs')} data-testid="adm-signoffs">
      <Progress
        percent={Math.round((Math.min(done.length, required) / Math.max(required, 1)) * 100)}
        format={() => `${done.length}/${required}`}
      />
      <ul className="signoff-list">
        {done.map((s) => (
          <li key={`${s.name}-${s.at}`}>
            <strong>{s.name}</strong> <span className="muted small">{formatDateTime(s.at)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
