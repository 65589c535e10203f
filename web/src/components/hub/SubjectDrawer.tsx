// One subject of the hub in a drawer: each element's current value, where it came from and when, and
// any conflicting value another source holds. ID number and phone come masked (for the community's own
// worker too); 查看完整信息 shows the record in clear after asking for a reason (an audited unmask).
import { useState } from 'react';
import { Alert, Drawer, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { hubApi } from '../../api/hubEndpoints.js';
import type { SubjectFact } from '#common/api/hub.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { formatDateTime } from '../../i18n/format.js';
import { ProblemAlert } from '../ProblemAlert.js';
import type { UnmaskReply } from '../../api/privacyEndpoints.js';
import { UnmaskButton } from '../privacy/UnmaskButton.js';
import { SENSITIVITY_COLOR, hubLabel } from './labels.js';
import { ResponsiveTable } from '../responsive/ResponsiveTable.js';

export function SubjectDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useApiQuery({
    queryKey: keys.hub.of('subject', id),
    queryFn: id ? ({ signal }) => hubApi.subject(id, signal) : skipToken,
  });
  const d = detail.data;
  const [unmasked, setUnmasked] = useState<UnmaskReply | null>(null);
  const clear = unmasked && unmasked.subjectId === id ? new Map(unmasked.facts.map((f) => [f.element, f.value])) : null;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={720}
      title={d ? `${d.name} · ${(d.type === 'resident' && clear?.get('id_number')) || d.key}` : ''}
      data-testid="subject-drawer"
      extra={d?.masked && !clear && <UnmaskButton target={{ subjectId: d.id }} onUnmasked={setUnmasked} />}
    >
      {detail.error && <ProblemAlert error={detail.error} />}
      {d?.masked && !clear && <Alert type="info" showIcon title={t('hub.subjects.maskedNote')} className="hub-gap" />}
      {clear && <Alert type="warning" showIcon title={t('privacy.unmask.shown')} className="hub-gap" />}
      <ResponsiveTable<SubjectFact>
        rowKey="element"
        size="small"
        loading={detail.loading}
        dataSource={d?.facts ?? []}
        pagination={false}
        columns={[
          {
            key: 'name',
            title: t('hub.subjects.element'),
            width: 150,
            render: (_, f) => (
              <span>
                {f.name}{' '}
                {f.sensitivity === 'sensitive' && (
                  <Tag color={SENSITIVITY_COLOR[f.sensitivity]}>{hubLabel(t, 'sensitivity', f.sensitivity)}</Tag>
                )}
              </span>
            ),
          },
          {
            key: 'value',
            title: t('hub.subjects.value'),
            render: (_, f) => (
              <div className="cell-stack">
                <span data-testid={`fact-${f.element}`}>
                  {(clear?.has(f.element) ? clear.get(f.element) : f.value) ?? '—'}
                </span>
                {f.conflicts.length > 0 && (
                  <span className="small text-danger">
                    {t('hub.subjects.conflicts', {
                      values: f.conflicts
                        .map((c) => `${c.value ?? '—'}（${c.source}）`)
                        .join(t('common.listSeparator')),
                    })}
                  </span>
                )}
              </div>
            ),
          },
          {
            key: 'source',
            title: t('hub.subjects.source'),
            width: 170,
            render: (_, f) => <span className="small">{f.source}</span>,
          },
          {
            key: 'at',
            title: t('hub.subjects.observedAt'),
            width: 140,
            render: (_, f) => <span className="small">{formatDateTime(f.observedAt)}</span>,
          },
        ]}
      />
    </Drawer>
  );
}
