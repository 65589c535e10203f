// 频次与用时: how often, how long each time (or, for a ledger, fields × rows at 30 s a cell), and the
// burden it makes, computed as the applicant types (Standard Cost Model).
import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FREQUENCIES, OCCURRENCES_PER_YEAR, SECONDS_PER_LEDGER_CELL } from '#common/admission.js';
import { estimateBurden } from '#common/scm.js';
import { formatAmount, formatNumber } from '../../../i18n/format.js';
import { useLabels } from '../../../i18n/labels.js';
import { FormSection } from './FormSection.js';
import type { FormValues } from './formValues.js';

export function WorkloadSection({ values, communityCount }: { values: FormValues; communityCount: number }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const ledger = values.kind === 'ledger';
  const freq = values.frequency;
  const cells = ledger ? (values.ledgerFields ?? 0) * (values.ledgerRows ?? 0) : 0;
  const estimate =
    freq && (values.minutesPerOccurrence || cells > 0)
      ? estimateBurden({
          frequency: freq,
          occurrencesPerYear: values.occurrencesPerYear,
          minutesPerOccurrence: values.minutesPerOccurrence,
          ledgerFields: ledger ? values.ledgerFields : null,
          ledgerRows: ledger ? values.ledgerRows : null,
          communities: communityCount,
        })
      : null;
  const defaultTimes = freq && freq !== 'as_needed' ? OCCURRENCES_PER_YEAR[freq] : undefined;

  return (
    <FormSection id="workload" title={t('adm.form.sections.workload')}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="frequency"
            label={t('adm.fields.frequency')}
            rules={[{ required: true, message: t('adm.form.required') }]}
          >
            <Select
              data-testid="adm-frequency"
              placeholder={t('adm.form.frequencyPlaceholder')}
              options={FREQUENCIES.map((f) => ({ value: f, label: labels.frequency(f) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="occurrencesPerYear"
            label={t('adm.fields.occurrencesPerYear')}
            rules={freq === 'as_needed' ? [{ required: true, message: t('adm.form.occurrencesRequired') }] : []}
            extra={defaultTimes !== undefined ? t('adm.form.occurrencesDefault', { n: defaultTimes }) : undefined}
          >
            <InputNumber
              data-testid="adm-occurrences"
              min={0}
              max={10000}
              className="full-width"
              placeholder={defaultTimes?.toString()}
              suffix={t('adm.units.times')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="minutesPerOccurrence"
            label={t('adm.fields.minutesPerOccurrence')}
            extra={ledger ? t('adm.form.minutesLedgerHint') : undefined}
          >
            <InputNumber
              data-testid="adm-minutes"
              min={0}
              max={100000}
              className="full-width"
              suffix={t('adm.units.minutes')}
            />
          </Form.Item>
        </Col>
      </Row>
      {ledger && (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="ledgerFields" label={t('adm.fields.ledgerFields')}>
              <InputNumber
                data-testid="adm-ledger-fields"
                min={0}
                max={1000}
                className="full-width"
                suffix={t('adm.units.fields')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="ledgerRows" label={t('adm.fields.ledgerRows')}>
              <InputNumber
                data-testid="adm-ledger-rows"
                min={0}
                max={1000000}
                className="full-width"
                suffix={t('adm.units.rows')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('adm.form.ledgerCells')}>
              <div className="ledger-cells">
                {t('adm.form.ledgerCellsValue', {
                  cells: formatNumber(cells),
                  minutes: formatAmount((cells * SECONDS_PER_LEDGER_CELL) / 60),
                })}
              </div>
            </Form.Item>
          </Col>
        </Row>
      )}
      <div className="burden-live" data-testid="adm-burden-live">
        {estimate ? (
          <>
            <div className="burden-figure">
              <strong>{formatAmount(estimate.hoursPerCommunityYear)}</strong>
              <span>{t('adm.precheck.perCommunity')}</span>
            </div>
            <div className="burden-figure">
              <strong>{formatAmount(estimate.totalHoursYear)}</strong>
              <span>{t('adm.burden.totalOf', { n: formatNumber(communityCount) })}</span>
            </div>
            <div className="burden-figure">
              <strong>{formatAmount(estimate.workerDaysYear)}</strong>
              <span>{t('adm.precheck.workerDays')}</span>
            </div>
            <div className="burden-basis muted small">
              {t('adm.burden.basis', {
                minutes: formatAmount(estimate.minutesPerOccurrence),
                times: formatNumber(estimate.occurrencesPerYear),
                n: formatNumber(communityCount),
              })}
            </div>
          </>
        ) : (
          <span className="muted">{t('adm.burden.needTime')}</span>
        )}
      </div>
    </FormSection>
  );
}
