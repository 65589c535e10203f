// The communities an inspection would push over a cap (409 inspection_cap_exceeded), one line each:
// which community, year or month, the visit it would be and the cap.
import type { HTMLAttributes } from 'react';
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CapBreach } from '#common/api/inspections.js';

export function CapBreachAlert({ title, breaches }: { title: string; breaches: CapBreach[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      className="page-alert"
      data-testid="cap-breaches"
      title={title}
      description={
        <>
          <div className="breach-hint">{t('insp.form.breachHint')}</div>
          <Table<CapBreach>
            size="small"
            className="breach-table"
            rowKey={(b) => `${b.community}-${b.scope}`}
            pagination={false}
            dataSource={breaches}
            onRow={(b) => ({ 'data-community': b.community, 'data-scope': b.scope }) as HTMLAttributes<HTMLElement>}
            columns={[
              { key: 'name', title: t('dispatch.fields.community'), render: (_, b) => b.communityName },
              {
                key: 'scope',
                title: t('insp.form.breachScope'),
                width: 110,
                render: (_, b) => (b.scope === 'year' ? t('insp.form.scopeYear') : t('insp.form.scopeMonth')),
              },
              {
                key: 'planned',
                title: t('insp.form.planned'),
                width: 100,
                align: 'right',
                render: (_, b) => <strong className="text-danger">{b.planned}</strong>,
              },
              { key: 'cap', title: t('insp.form.cap'), width: 80, align: 'right', dataIndex: 'cap' },
            ]}
          />
        </>
      }
    />
  );
}
