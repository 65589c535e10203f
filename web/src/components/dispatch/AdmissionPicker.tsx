// Choosing the admission number work goes out under: each option shows the number, title, scope and
// expiry; the chosen one is summarised below (scope, term, burden, resources that follow the task).
import { Descriptions, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatAmount, formatNumber } from '../../i18n/format.js';
import { ResourcesText } from '../admission/ResourcesText.js';
import { ScopeSummary } from '../admission/ScopeSummary.js';
import type { ValidAdmission } from './useValidAdmissions.js';
import { normaliseAdmissionNumber } from '#common/admission-number.js';

/** A typed number matches however it is written (蜀准(2026)1号, 蜀准2026年1号, full-width digits); other text by label. */
function matchesAdmission(input: string, a: { number: string | null; title: string }): boolean {
  const typed = normaliseAdmissionNumber(input);
  if (typed) return a.number === typed;
  const text = input.trim().toLowerCase();
  return `${a.number ?? ''} ${a.title}`.toLowerCase().includes(text);
}

interface PickerProps {
  admissions: ValidAdmission[] | undefined;
  loading: boolean;
  value?: number;
  onChange?: (id: number) => void;
  testId?: string;
  /** Whether admissions not yet in force can be chosen (an inspection planned ahead). */
  allowFuture?: boolean;
}

export function AdmissionPicker({ admissions, loading, value, onChange, testId, allowFuture }: PickerProps) {
  const { t } = useTranslation();
  return (
    <Select<number>
      data-testid={testId}
      value={value}
      onChange={onChange}
      loading={loading}
      placeholder={t('dispatch.form.admissionPlaceholder')}
      showSearch={{ filterOption: (input, option) => (option ? matchesAdmission(input, option.a) : false) }}
      popupMatchSelectWidth
      listHeight={360}
      options={(admissions ?? []).map((a) => ({
        value: a.id,
        label: t('dispatch.form.admissionOption', { number: a.number ?? '', title: a.title }),
        disabled: !allowFuture && !a.started,
        a,
      }))}
      optionRender={(o) => {
        const a = o.data.a;
        return (
          <div className="admission-option">
            <div>
              <span className="mono adm-number-cell">{a.number}</span> <strong>{a.title}</strong>
              {!a.started && (
                <Tag color="orange" className="inline-tag">
                  {t('dispatch.form.notStarted', { date: a.startDate })}
                </Tag>
              )}
            </div>
            <div className="muted small">
              {t('dispatch.form.admissionMeta', {
                scope:
                  a.scope.type === 'all'
                    ? t('adm.scope.allOf', {
                        name: a.jurisdiction.name,
                        count: t('adm.scope.communityCount', { n: formatNumber(a.communityCount) }),
                      })
                    : t('adm.scope.communityCount', { n: formatNumber(a.communityCount) }),
                expiry: a.expiryDate,
              })}
            </div>
          </div>
        );
      }}
    />
  );
}

export function AdmissionSummary({ a }: { a: ValidAdmission }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={1}
      className="admission-summary"
      data-testid="admission-summary"
      items={[
        {
          key: 'scope',
          label: t('adm.fields.scope'),
          children: (
            <ScopeSummary scope={a.scope} communityCount={a.communityCount} jurisdictionName={a.jurisdiction.name} />
          ),
        },
        {
          key: 'term',
          label: t('adm.fields.term'),
          children: t('adm.termRange', { start: a.startDate, end: a.expiryDate }),
        },
        {
          key: 'burden',
          label: t('adm.fields.burden'),
          children: t('adm.burden.perCommunity', { n: formatAmount(a.burden.hoursPerCommunityYear) }),
        },
        {
          key: 'res',
          label: t('adm.fields.resources'),
          children: <ResourcesText resources={a.resources} listType={a.listType} />,
        },
      ]}
    />
  );
}
