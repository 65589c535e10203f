// A generated ledger: one row per subject matching the form's filter, cells from current facts, missing
// cells highlighted (to be collected once at the household), a department's gaps shown as awaiting it (回流),
// form-only cells left for the community.
// Readers other than the community's own workers see masked rows; one row can be shown with a reason.
import { useMemo, useState } from 'react';
import { Input, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerReply } from '#common/api/hub.js';
import { useMe } from '../../api/session.js';
import { UnmaskButton } from '../privacy/UnmaskButton.js';
import { ResponsiveTable } from '../responsive/ResponsiveTable.js';

type Row = LedgerReply['rows'][number] & { n: number };

/** A width per column from its label (addresses get room to wrap), so the ledger reads like the paper form. */
const widthOf = (label: string, element: string | null) =>
  label === '序号'
    ? 64
    : /address|地址|住址/.test(`${element ?? ''}${label}`)
      ? 280
      : Math.max(/date|日期|号码/.test(`${element ?? ''}${label}`) ? 120 : 90, label.length * 15 + 28);

export function LedgerTable({ data }: { data: LedgerReply }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const me = useMe();
  const masked = !(me.role === 'community_worker' && me.orgCode === data.community.code);
  const [clear, setClear] = useState<ReadonlyMap<number, Row['cells']>>(new Map());
  const rows = useMemo(() => {
    const all = data.rows.map((r, i) => ({ ...r, n: i + 1 }));
    const needle = q.trim();
    return needle ? all.filter((r) => r.cells.some((c) => c.value?.includes(needle))) : all;
  }, [data.rows, q]);
  const columns: TableColumnsType<Row> = data.columns.map((c, j) => ({
    key: String(j),
    title: c.label,
    width: widthOf(c.label, c.element),
    onCell: (r: Row) =>
      ({
        className:
          r.cells[j]?.state === 'missing'
            ? 'ledger-missing'
            : r.cells[j]?.state === 'backflow'
              ? 'ledger-backflow'
              : r.cells[j]?.state === 'form'
                ? 'ledger-form'
                : undefined,
        'data-state': r.cells[j]?.state,
      }) as object,
    render: (_: unknown, r: Row) => {
      const cell = clear.get(r.subjectId)?.[j] ?? r.cells[j];
      if (c.label === '序号' && cell?.state === 'form') return r.n;
      if (!cell || cell.state === 'form') return null;
      if (cell.state === 'missing')
        return (
          <Tag color="error" variant="outlined" className="hub-tag">
            {t('hub.formDetail.missing')}
          </Tag>
        );
      // A department's fact: it brings it back (回流), the community is not asked for it.
      if (cell.state === 'backflow')
        return (
          <Tag color="purple" variant="outlined" className="hub-tag">
            {t('hub.formDetail.backflow', { dept: data.sources[j]?.name ?? '' })}
          </Tag>
        );
      return cell.value;
    },
  }));
  if (masked)
    columns.push({
      key: 'unmask',
      title: t('privacy.unmask.column'),
      width: 130,
      fixed: 'right',
      render: (_: unknown, r: Row) =>
        clear.has(r.subjectId) ? (
          <Tag color="warning">{t('privacy.unmask.rowShown')}</Tag>
        ) : (
          <UnmaskButton
            size="small"
            testId={`unmask-${r.subjectId}`}
            target={{ subjectId: r.subjectId, formId: data.form.id, community: data.community.code }}
            onUnmasked={(u) => setClear((m) => new Map(m).set(r.subjectId, u.cells as Row['cells']))}
          />
        ),
    });
  return (
    <div>
      <Space className="hub-gap-bottom" wrap>
        <Input.Search
          allowClear
          className="hub-search"
          placeholder={t('common.search')}
          onSearch={setQ}
          onChange={(e) => !e.target.value && setQ('')}
          data-testid="ledger-search"
        />
        <Typography.Text type="secondary">
          <span className="ledger-legend-missing" /> {t('hub.formDetail.legendMissing')}
        </Typography.Text>
        {data.rows.some((r) => r.cells.some((c) => c.state === 'backflow')) && (
          <Typography.Text type="secondary" data-testid="ledger-legend-backflow">
            <span className="ledger-legend-backflow" /> {t('hub.formDetail.legendBackflow')}
          </Typography.Text>
        )}
      </Space>
      <ResponsiveTable<Row>
        rowKey="subjectId"
        size="small"
        bordered
        data-testid="ledger-table"
        data-rows={data.rows.length}
        columns={columns}
        dataSource={rows}
        scroll={{ x: data.columns.reduce((w, c) => w + widthOf(c.label, c.element), masked ? 130 : 0) }}
        onRow={(r) => ({ 'data-testid': `ledger-row-${r.subjectId}` }) as object}
        locale={{ emptyText: t('hub.formDetail.noRows') }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
      />
    </div>
  );
}
