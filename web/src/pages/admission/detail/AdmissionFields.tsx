// Every field of the 审批表 as submitted, in the form's sections.
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdmissionDetail } from '#common/api/admission.js';
import { ResourcesText } from '../../../components/admission/ResourcesText.js';
import { ScopeSummary } from '../../../components/admission/ScopeSummary.js';
import { formatAmount, formatNumber } from '../../../i18n/format.js';
import { useLabels } from '../../../i18n/labels.js';

const text = (s: string) => (s.trim() ? <span className="pre-line">{s}</span> : <span className="muted">—</span>);
const n = (v: number | null, unit: string) => (v === null ? '—' : `${formatNumber(v)} ${unit}`);

export function AdmissionFields({ a }: { a: AdmissionDetail }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const section = (title: string) => (
    <Typography.Title level={5} className="fields-section-title">
      {title}
    </Typography.Title>
  );
  return (
    <Card className="admission-fields" data-testid="adm-fields">
      {section(t('adm.form.sections.basic'))}
      <Descriptions
        column={2}
        size="small"
        bordered
        items={[
          { key: 'title', label: t('adm.fields.title'), span: 2, children: a.title },
          { key: 'kind', label: t('adm.fields.kind'), children: labels.objectKind(a.kind) },
          { key: 'listType', label: t('adm.fields.listType'), children: labels.listType(a.listType) },
          { key: 'desc', label: t('adm.fields.description'), span: 2, children: text(a.description) },
          { key: 'legal', label: t('adm.fields.legalBasis'), span: 2, children: text(a.legalBasis) },
        ]}
      />
      {section(t('adm.form.sections.scope'))}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          {
            key: 'scope',
            label: t('adm.fields.scope'),
            children: (
              <ScopeSummary
                scope={a.scope}
                communityCount={a.communityCount}
                jurisdictionName={a.jurisdiction.name}
                max={30}
              />
            ),
          },
        ]}
      />
      {section(t('adm.form.sections.workload'))}
      <Descriptions
        column={2}
        size="small"
        bordered
        items={[
          { key: 'freq', label: t('adm.fields.frequency'), children: labels.frequency(a.frequency) },
          {
            key: 'times',
            label: t('adm.fields.occurrencesPerYear'),
            children: n(a.occurrencesPerYear, t('adm.units.times')),
          },
          {
            key: 'minutes',
            label: t('adm.fields.minutesPerOccurrence'),
            children: n(a.minutesPerOccurrence, t('adm.units.minutes')),
          },
          ...(a.kind === 'ledger' || a.ledgerFields !== null
            ? [
                {
                  key: 'ledger',
                  label: t('adm.form.ledgerCells'),
                  children: t('adm.detail.ledgerSize', {
                    fields: a.ledgerFields === null ? '—' : formatNumber(a.ledgerFields),
                    rows: a.ledgerRows === null ? '—' : formatNumber(a.ledgerRows),
                  }),
                },
              ]
            : []),
          {
            key: 'burden',
            label: t('adm.fields.burden'),
            span: 2,
            children: (
              <span data-testid="adm-burden">
                <strong>{t('adm.burden.perCommunity', { n: formatAmount(a.burden.hoursPerCommunityYear) })}</strong>
                <span className="muted">
                  {t('common.bracketed', { text: t('adm.burden.total', { n: formatAmount(a.burden.totalHoursYear) }) })}
                </span>
              </span>
            ),
          },
        ]}
      />
      {section(t('adm.form.sections.resources'))}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          {
            key: 'res',
            label: t('adm.fields.resources'),
            children: <ResourcesText resources={a.resources} listType={a.listType} />,
          },
        ]}
      />
      {section(t('adm.form.sections.assessment'))}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[{ key: 'assess', label: t('adm.fields.assessment'), children: text(a.assessment) }]}
      />
      {section(t('adm.form.sections.term'))}
      <Descriptions
        column={2}
        size="small"
        bordered
        items={[
          { key: 'start', label: t('adm.fields.startDate'), children: a.startDate },
          { key: 'expiry', label: t('adm.fields.expiryDate'), children: a.expiryDate },
        ]}
      />
      {section(t('adm.form.sections.emergency'))}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          {
            key: 'emergency',
            label: t('adm.fields.emergency'),
            children: a.emergency ? (
              <span className="text-danger">{t('adm.detail.emergencyYes', { reason: a.emergencyReason })}</span>
            ) : (
              t('adm.detail.emergencyNo')
            ),
          },
          ...(a.overrideReason
            ? [{ key: 'override', label: t('adm.detail.overrideReason'), children: text(a.overrideReason) }]
            : []),
        ]}
      />
    </Card>
  );
}
