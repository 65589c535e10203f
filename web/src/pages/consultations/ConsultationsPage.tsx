// /consultations — applications the burden-reduction office asked this community about: what the
// department wants the community to do, at what cost and with what resources, and the comment form.
import { Card, Col, Descriptions, Empty, Row, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsultationView } from '#common/api/admission.js';
import { admissionsApi } from '../../api/endpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { ResourcesText } from '../../components/admission/ResourcesText.js';
import { ScopeSummary } from '../../components/admission/ScopeSummary.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { STANCE_COLORS, isStance } from '../../components/admission/stances.js';
import { formatAmount, formatDateTime } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { CommentForm } from './CommentForm.js';

function ConsultationCard({ a }: { a: ConsultationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <Card data-testid={`consultation-${a.id}`} className="consultation-card">
      <Row gutter={24}>
        <Col xs={24} xl={14}>
          <Space wrap size={8}>
            <Typography.Title level={4} className="consultation-title">
              {a.title}
            </Typography.Title>
            {a.consultation.dueDate && <Tag color="orange">{t('consult.due', { date: a.consultation.dueDate })}</Tag>}
          </Space>
          <div className="muted consultation-meta">
            {a.department.name} · {labels.objectKind(a.kind)} · {labels.listType(a.listType)}
          </div>
          <Typography.Paragraph className="pre-line">
            {a.description || t('consult.noDescription')}
          </Typography.Paragraph>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'scope',
                label: t('adm.fields.scope'),
                children: (
                  <ScopeSummary
                    scope={a.scope}
                    communityCount={a.communityCount}
                    jurisdictionName={a.jurisdiction.name}
                  />
                ),
              },
              {
                key: 'workload',
                label: t('consult.workload'),
                children: t('consult.workloadValue', {
                  frequency: labels.frequency(a.frequency),
                  minutes: a.minutesPerOccurrence ?? '—',
                  hours: formatAmount(a.burden.hoursPerCommunityYear),
                }),
              },
              {
                key: 'res',
                label: t('adm.fields.resources'),
                children: <ResourcesText resources={a.resources} listType={a.listType} />,
              },
              { key: 'legal', label: t('adm.fields.legalBasis'), children: a.legalBasis || '—' },
              { key: 'assess', label: t('adm.fields.assessment'), children: a.assessment || '—' },
              {
                key: 'term',
                label: t('adm.fields.term'),
                children: t('adm.termRange', { start: a.startDate, end: a.expiryDate }),
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={10}>
          {a.answers.length > 0 && (
            <div className="consultation-answers" data-testid="consult-answers">
              <div className="muted small">{t('consult.answered')}</div>
              {a.answers.map((c, i) => (
                <div key={`${c.at}-${i}`} className="consultation-answer">
                  <Tag color={isStance(c.stance) ? STANCE_COLORS[c.stance] : 'default'}>
                    {isStance(c.stance) ? t(`consult.stances.${c.stance}`) : c.stance}
                  </Tag>
                  <span className="muted small">{formatDateTime(c.at)}</span>
                  <div className="pre-line">{c.comment}</div>
                </div>
              ))}
            </div>
          )}
          <CommentForm admissionId={a.id} />
        </Col>
      </Row>
    </Card>
  );
}

export function ConsultationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.admissions.of('consultations'),
    queryFn: ({ signal }) => admissionsApi.consultations(signal),
  });
  return (
    <div className="page">
      <PageHeader title={t('consult.title')} subtitle={t('consult.intro', { org: me.org.name })} />
      {error ? (
        <ProblemAlert error={error} onRetry={reload} />
      ) : loading && !data ? (
        <div className="center-block">
          <Spin size="large" />
        </div>
      ) : !data?.length ? (
        <Card>
          <Empty description={t('consult.empty')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={16} className="full-width" data-testid="consultations">
          {data.map((a) => (
            <ConsultationCard key={a.id} a={a} />
          ))}
        </Space>
      )}
    </div>
  );
}
