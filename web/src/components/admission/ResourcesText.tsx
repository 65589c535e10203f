// 随转资源 (费随事转): funds, staff, training and equipment that follow the task, or that none do.
import { useTranslation } from 'react-i18next';
import type { AdmissionListType, Resources } from '#common/api/admission.js';
import { formatYuan } from '../../i18n/format.js';

export function ResourcesText({ resources, listType }: { resources: Resources; listType: AdmissionListType }) {
  const { t } = useTranslation();
  const rows = [
    {
      key: 'funds',
      label: t('adm.resources.funds'),
      value: resources.fundsYuan > 0 ? formatYuan(resources.fundsYuan) : '',
    },
    { key: 'staff', label: t('adm.resources.staff'), value: resources.staff },
    { key: 'training', label: t('adm.resources.training'), value: resources.training },
    { key: 'equipment', label: t('adm.resources.equipment'), value: resources.equipment },
  ].filter((r) => r.value);
  if (rows.length === 0)
    return (
      <span className={listType === 'assist' ? 'text-warning' : 'muted'}>
        {listType === 'assist' ? t('adm.resources.noneAssist') : t('adm.resources.noneDuty')}
      </span>
    );
  return (
    <ul className="resource-list">
      {rows.map((r) => (
        <li key={r.key}>
          <span className="resource-label">{r.label}</span>
          <span>{r.value}</span>
        </li>
      ))}
    </ul>
  );
}
