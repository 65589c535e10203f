// 与上一版对比: items added, removed and changed between a version and the one before it, with each
// changed field shown before → after.
import { Card, Empty, Spin, Tag, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CatalogueItemValues, FieldChange } from '#common/api/catalogue.js';
import { orgsApi, publicApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { LIST_TYPE_COLORS, isCatalogueField } from '../../components/catalogue/CatalogueItemsTable.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';

function ItemLine({ item, removed = false }: { item: CatalogueItemValues; removed?: boolean }) {
  const labels = useLabels();
  return (
    <li className={`diff-line ${removed ? 'diff-line-removed' : ''}`}>
      <span className="mono diff-code">{item.code}</span>
      <span className="diff-name">{item.name}</span>
      <Tag color={LIST_TYPE_COLORS[item.listType]}>{labels.listType(item.listType)}</Tag>
      <span className="muted small">{labels.objectKind(item.objectKind)}</span>
    </li>
  );
}

export function CatalogueDiffView({ jurisdiction, version }: { jurisdiction: string; version: number }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.public.of('diff', jurisdiction, version),
    queryFn: ({ signal }) => publicApi.diff(jurisdiction, version, signal),
  });
  const depts = useApiQuery({
    queryKey: keys.orgs.of('departments', jurisdiction),
    queryFn: ({ signal }) => orgsApi.departments(jurisdiction, signal),
  });
  const deptName = (kind: string) => depts.data?.find((d) => d.kind === kind)?.name ?? kind;

  const value = (c: FieldChange, v: FieldChange['before']): string => {
    if (v === null || v === '') return '—';
    if (typeof v === 'number' && c.field === 'standardMinutes') return t('cat.minutes', { n: formatNumber(v) });
    if (typeof v === 'number' && c.field === 'occurrencesPerYear') return t('cat.perYear', { n: formatNumber(v) });
    if (typeof v === 'number') return formatNumber(v);
    if (c.field === 'listType') return labels.listType(v);
    if (c.field === 'objectKind') return labels.objectKind(v);
    if (c.field === 'frequency') return labels.frequency(v);
    if (c.field === 'departmentKind') return deptName(v);
    return v;
  };

  if (error) return <ProblemAlert error={error} onRetry={reload} />;
  if (!data || loading)
    return (
      <Card>
        <div className="center-block">
          <Spin />
        </div>
      </Card>
    );
  // A change that reads the same on both sides (an empty department stored as '' or null) is no change.
  const changed = data.changed
    .map((c) => ({ ...c, changes: c.changes.filter((ch) => value(ch, ch.before) !== value(ch, ch.after)) }))
    .filter((c) => c.changes.length > 0);
  const stats = [
    { key: 'added', n: data.added.length },
    { key: 'removed', n: data.removed.length },
    { key: 'changed', n: changed.length },
    { key: 'unchanged', n: data.unchanged + data.changed.length - changed.length },
  ] as const;
  return (
    <Card data-testid="catalogue-diff" className="catalogue-diff">
      <div className="diff-head">
        <Typography.Title level={5} className="diff-title">
          {data.from
            ? t('pub.diff.between', {
                from: t('pub.catalogue.versionOption', { n: data.from.versionNo, date: data.from.effectiveFrom }),
                to: t('pub.catalogue.versionOption', { n: data.to.versionNo, date: data.to.effectiveFrom }),
              })
            : t('pub.diff.first', { n: data.to.versionNo })}
        </Typography.Title>
        <div className="diff-stats">
          {stats.map((s) => (
            <div key={s.key} className={`diff-stat diff-stat-${s.key}`} data-testid={`diff-count-${s.key}`}>
              <strong>{formatNumber(s.n)}</strong>
              <span>{t(`pub.diff.${s.key}`)}</span>
            </div>
          ))}
        </div>
      </div>
      {!data.from ? (
        <Empty description={t('pub.diff.noPrevious')} />
      ) : (
        <>
          <section className="diff-section" data-testid="diff-added">
            <h4 className="diff-section-title diff-added">{t('pub.diff.addedTitle', { n: data.added.length })}</h4>
            {data.added.length ? (
              <ul className="diff-list">
                {data.added.map((i) => (
                  <ItemLine key={i.code} item={i} />
                ))}
              </ul>
            ) : (
              <div className="muted">{t('common.none')}</div>
            )}
          </section>
          <section className="diff-section" data-testid="diff-removed">
            <h4 className="diff-section-title diff-removed">
              {t('pub.diff.removedTitle', { n: data.removed.length })}
            </h4>
            {data.removed.length ? (
              <ul className="diff-list">
                {data.removed.map((i) => (
                  <ItemLine key={i.code} item={i} removed />
                ))}
              </ul>
            ) : (
              <div className="muted">{t('common.none')}</div>
            )}
          </section>
          <section className="diff-section" data-testid="diff-changed">
            <h4 className="diff-section-title diff-changed">{t('pub.diff.changedTitle', { n: changed.length })}</h4>
            {changed.map((c) => (
              <div key={c.code} className="diff-changed-item">
                <div className="diff-changed-head">
                  <span className="mono diff-code">{c.code}</span>
                  <strong>{c.name}</strong>
                </div>
                <table className="diff-table">
                  <tbody>
                    {c.changes.map((ch) => (
                      <tr key={ch.field}>
                        <th>{isCatalogueField(ch.field) ? t(`cat.fields.${ch.field}`) : ch.field}</th>
                        <td className="diff-before">{value(ch, ch.before)}</td>
                        <td className="diff-arrow">
                          <ArrowRightOutlined />
                        </td>
                        <td className="diff-after">{value(ch, ch.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </section>
        </>
      )}
    </Card>
  );
}
