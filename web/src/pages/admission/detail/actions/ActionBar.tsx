// The buttons of the actions the server allows on this application (allowedActions), plus 编辑 for
// the applicant's editable ones. request_override is offered only when the negative list blocks.
import { Button, Space } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AdmissionDetail } from '#common/api/admission.js';
import type { WorkflowAction } from '#common/admission.js';
import { ACTION_ORDER, DANGER_ACTIONS, PRIMARY_ACTIONS } from './actionKinds.js';

interface Props {
  a: AdmissionDetail;
  canEdit: boolean;
  onAction: (action: WorkflowAction) => void;
}

/** The allowed actions as buttons, in order; a negative-list review only when the negative list blocks. */
export function shownActions(a: AdmissionDetail): WorkflowAction[] {
  const negativeBlock = a.prechecks.some((c) => c.rule === 'negative_list' && c.verdict === 'block');
  return ACTION_ORDER.filter((x) => a.allowedActions.includes(x)).filter(
    (x) => x !== 'request_override' || negativeBlock,
  );
}

export function ActionBar({ a, canEdit, onAction }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const actions = shownActions(a);
  if (!actions.length && !canEdit) return null;
  return (
    <Space wrap data-testid="adm-actions">
      {canEdit && (
        <Button
          icon={<EditOutlined />}
          onClick={() => void navigate(`/admissions/${a.id}/edit`)}
          data-testid="adm-edit"
        >
          {t('common.edit')}
        </Button>
      )}
      {actions.map((x) => (
        <Button
          key={x}
          type={PRIMARY_ACTIONS.includes(x) ? 'primary' : 'default'}
          danger={DANGER_ACTIONS.includes(x)}
          onClick={() => onAction(x)}
          data-testid={`action-${x}`}
        >
          {t(`adm.actions.${x}`)}
        </Button>
      ))}
    </Space>
  );
}
