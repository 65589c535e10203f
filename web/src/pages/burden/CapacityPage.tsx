// /burden/capacity — staff per community, entered by the street (used for the burden ratio).
import { useEffect, useState } from 'react';
import { App, Button, Card, InputNumber, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { burdenApi } from '../../api/burdenEndpoints.js';
import type { CapacityRow } from '../../api/burdenTypes.js';
import { isApiError } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

export function CapacityPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useApi((signal) => burdenApi.capacity(undefined, signal), []);
  const [rows, setRows] = useState<CapacityRow[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => setRows(list.data ?? []), [list.data]);
  const edit = (code: string, patch: Partial<CapacityRow>) =>
    setRows((rs) => rs.map((r) => (r.code === code ? { ...r, ...patch } : r)));
  const save = async () => {
    const items = rows
      .filter((r) => r.staff !== null)
      .map((r) => ({ community: r.code, staff: r.staff!, leaveDays: r.leaveDays }));
    setSaving(true);
    try {
      await burdenApi.setCapacity(items);
      void message.success(t('burden.capacity.saved', { n: items.length }));
      list.reload();
    } catch (e) {
      if (isApiError(e)) void message.error(e.problem.title);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="burden-page" data-testid="burden-capacity">
      <PageHeader
        title={t('burden.capacity.title')}
        subtitle={t('burden.capacity.intro')}
        extra={
          <Button type="primary" loading={saving} onClick={() => void save()} disabled={rows.length === 0}>
            {t('burden.capacity.save')}
          </Button>
        }
      />
      {list.error && <ProblemAlert error={list.error} />}
      <Card size="small">
        <Table<CapacityRow>
          size="small"
          rowKey="code"
          loading={list.loading}
          dataSource={rows}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          columns={[
            { key: 'name', title: t('burden.table.community'), dataIndex: 'name' },
            { key: 'code', title: t('orgs.code'), dataIndex: 'code', width: 140 },
            {
              key: 'staff',
              title: t('burden.capacity.staff'),
              width: 140,
              render: (_, r) => (
                <InputNumber min={0} max={500} value={r.staff} onChange={(v) => edit(r.code, { staff: v })} />
              ),
            },
            {
              key: 'leave',
              title: t('burden.capacity.leaveDays'),
              width: 160,
              render: (_, r) => (
                <InputNumber
                  min={0}
                  max={100}
                  value={r.leaveDays}
                  onChange={(v) => edit(r.code, { leaveDays: v ?? 15 })}
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
