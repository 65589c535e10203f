// /attestations — 数据核验: instead of sending a resident to her community for a certificate, a department
// asks 一表通 one yes/no question about her, under its grant or with her consent; the answer names the
// record's date, and she sees the check in 谁查看了我的数据.
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Result, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttestReply } from '#common/api/certificates.js';
import { ATTEST_BASES, ATTEST_QUESTIONS, type AttestBasis, type AttestQuestion } from '#common/certificates.js';
import { isApiError } from '../../api/client.js';
import { certificatesApi } from '../../api/certificatesEndpoints.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';

interface Values {
  idNumber: string;
  question: AttestQuestion;
  community?: string;
  householdNumber?: string;
  basis: AttestBasis;
  consentRef?: string;
  purpose: string;
}

const FIELDS: FieldMap<Values> = {
  idNumber: 'idNumber',
  question: 'question',
  community: 'community',
  householdNumber: 'householdNumber',
  basis: 'basis',
  consentRef: 'consentRef',
  purpose: 'purpose',
};

const STATUS = { yes: 'success', no: 'warning', unknown: 'info' } as const;

export function AttestPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const fieldErrors = useFieldErrors(form, FIELDS);
  const question = Form.useWatch('question', form);
  const basis = Form.useWatch('basis', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<AttestReply | null>(null);
  const run = async (v: Values) => {
    setBusy(true);
    setError(null);
    setAnswer(null);
    try {
      setAnswer(
        await certificatesApi.attest({
          idNumber: v.idNumber.trim(),
          question: v.question,
          community: v.question === 'resides_in' ? v.community?.trim() : undefined,
          householdNumber: v.question === 'household_member' ? v.householdNumber?.trim() : undefined,
          basis: v.basis,
          consentRef: v.basis === 'consent' ? v.consentRef?.trim() : undefined,
          purpose: v.purpose.trim(),
        }),
      );
    } catch (err) {
      if (!isApiError(err)) throw err;
      fieldErrors(err);
      if (!err.problem.errors?.length) setError(err.problem.title);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="page cert-attest" data-testid="attest">
      <PageHeader title={t('cert.attest.title')} subtitle={t('cert.attest.intro')} />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ question: 'resides_in', basis: 'grant' }}
          onFinish={(v) => void run(v)}
          data-testid="attest-form"
          className="cert-attest-form"
        >
          <Form.Item name="idNumber" label={t('cert.attest.idNumber')} rules={[{ required: true, len: 18 }]}>
            <Input data-testid="attest-id" maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item name="question" label={t('cert.attest.question')}>
            <Select
              data-testid="attest-question"
              options={ATTEST_QUESTIONS.map((q) => ({ value: q, label: t(`cert.attest.questions.${q}`) }))}
            />
          </Form.Item>
          {question === 'resides_in' && (
            <Form.Item name="community" label={t('cert.attest.community')} rules={[{ required: true }]}>
              <Input data-testid="attest-community" placeholder="340104006005" />
            </Form.Item>
          )}
          {question === 'household_member' && (
            <Form.Item name="householdNumber" label={t('cert.attest.householdNumber')} rules={[{ required: true }]}>
              <Input data-testid="attest-household" />
            </Form.Item>
          )}
          <Form.Item name="basis" label={t('cert.attest.basis')}>
            <Radio.Group
              optionType="button"
              options={ATTEST_BASES.map((b) => ({ value: b, label: t(`cert.attest.bases.${b}`) }))}
            />
          </Form.Item>
          {basis === 'consent' && (
            <Form.Item name="consentRef" label={t('cert.attest.consentRef')} rules={[{ required: true }]}>
              <Input data-testid="attest-consent" maxLength={100} />
            </Form.Item>
          )}
          <Form.Item name="purpose" label={t('cert.attest.purpose')} rules={[{ required: true, min: 2 }]}>
            <Input data-testid="attest-purpose" maxLength={200} />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} />}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="attest-submit">
            {t('cert.attest.submit')}
          </Button>
        </Form>
      </Card>
      {answer && (
        <Card data-testid="attest-answer" data-answer={answer.answer}>
          <Result
            status={STATUS[answer.answer]}
            title={t(`cert.attest.answers.${answer.answer}`)}
            subTitle={
              <>
                <div>{t(`cert.attest.questions.${answer.question}`)}</div>
                <div>{answer.asOf ? t('cert.attest.asOf', { date: answer.asOf }) : t('cert.attest.latest')}</div>
                <div className="muted small">{answer.basis}</div>
              </>
            }
          />
        </Card>
      )}
    </div>
  );
}
