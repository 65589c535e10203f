// /admissions/:id — one application for its applicant or its reviewers: the head with status, number
// and review clock, the actions allowed now, the pre-check record, every field of the form, the
// communities' opinions, the sign-offs and the history.
import { useState } from 'react';
import { App, Breadcrumb, Col, Row, Space, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AdmissionDetail, PrecheckResult } from '#common/api/admission.js';
import type { WorkflowAction } from '#common/admission.js';
import { admissionsApi } from '../../../api/endpoints.js';
import { useMe } from '../../../api/session.js';
import { keys, useApiQuery, useInvalidate } from '../../../api/queries.js';
import { PrecheckPanel } from '../../../components/admission/PrecheckPanel.js';
import { AdmissionError } from '../../../components/admission/AdmissionError.js';
import { BlockedModal } from '../form/BlockedModal.js';
import { ActionBar, shownActions } from './actions/ActionBar.js';
import { ActionModal } from './actions/ActionModal.js';
import { AdmissionFields } from './AdmissionFields.js';
import { ConsultationCard, SignoffsCard } from './ConsultationCard.js';
import { DetailHeader } from './DetailHeader.js';
import { HistoryTimeline } from './HistoryTimeline.js';

export function AdmissionDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const id = Number(useParams().id);
  const invalidate = useInvalidate();
  const { data, error, reload } = useApiQuery({
    queryKey: keys.admissions.of('get', id),
    queryFn: ({ signal }) => admissionsApi.get(id, signal),
  });
  const [updated, setUpdated] = useState<AdmissionDetail | null>(null);
  const [acting, setActing] = useState<WorkflowAction | null>(null);
  const [blocked, setBlocked] = useState<PrecheckResult[] | null>(null);
  const a = updated?.id === id ? updated : data;

  if (error)
    return <AdmissionError error={error} onRetry={reload} back={me.role === 'reviewer' ? '/review' : '/admissions'} />;
  if (!a || a.id !== id)
    return (
      <div className="center-block">
        <Spin size="large" />
      </div>
    );
  const isApplicant = me.role === 'department_officer' && me.departmentCode === a.department.code;
  const canEdit = isApplicant && (a.status === 'draft' || a.status === 'returned');
  const back = isApplicant
    ? { to: '/admissions', label: t('menu.admissions') }
    : { to: '/review', label: t('menu.review') };

  return (
    <div className="page admission-detail-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { key: 'list', title: <Link to={back.to}>{back.label}</Link> },
          { key: 'self', title: a.number ?? t('adm.detail.title') },
        ]}
      />
      <DetailHeader
        a={a}
        actions={
          canEdit || shownActions(a).length > 0 ? <ActionBar a={a} canEdit={canEdit} onAction={setActing} /> : null
        }
      />
      <Row gutter={16} align="top" className="detail-body">
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} className="full-width">
            <AdmissionFields a={a} />
            <HistoryTimeline events={a.events} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={16} className="full-width">
            <PrecheckPanel checks={a.prechecks} />
            <SignoffsCard a={a} />
            <ConsultationCard a={a} />
          </Space>
        </Col>
      </Row>
      {acting && (
        <ActionModal
          a={a}
          action={acting}
          onClose={() => setActing(null)}
          onBlocked={(checks) => {
            setActing(null);
            setBlocked(checks);
            setUpdated(null);
            void invalidate(keys.admissions);
          }}
          onDone={(next) => {
            void message.success(t('adm.detail.actionDone', { action: t(`adm.actions.${acting}`) }));
            setActing(null);
            setUpdated(next);
          }}
        />
      )}
      {blocked && (
        <BlockedModal
          admissionId={a.id}
          checks={blocked}
          onClose={() => setBlocked(null)}
          onOverrideRequested={() => {
            setBlocked(null);
            setUpdated(null);
            void invalidate(keys.admissions);
          }}
        />
      )}
    </div>
  );
}
