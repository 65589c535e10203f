// The pay-grade ladder (岗位等级序列, e.g. 三岗十八级) of a staffing standard, inside the standard's form:
// each post with its grades and monthly post allowance, the base pay and step per grade, the certificate
// allowances. Posts and grade ranges are shown; the amounts are edited.
import { Form, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PayLadder } from '#common/api/staffing.js';

type Post = PayLadder['posts'][number];

export function LadderFields({ ladder }: { ladder: PayLadder }) {
  const { t } = useTranslation();
  return (
    <div data-testid="standard-ladder">
      <Typography.Title level={5}>{t('staffing.ladder.standardTitle', { name: ladder.name })}</Typography.Title>
      <Table<Post & { i: number }>
        size="small"
        pagination={false}
        rowKey="level"
        scroll={{ x: 'max-content' }}
        dataSource={ladder.posts.map((p, i) => ({ ...p, i }))}
        columns={[
          { title: t('staffing.ladder.post'), dataIndex: 'name' },
          {
            title: t('staffing.ladder.grades'),
            key: 'grades',
            render: (_, p) => t('staffing.ladder.gradeRange', { from: p.gradeFrom, to: p.gradeTo }),
          },
          {
            title: t('staffing.ladder.postAllowance'),
            key: 'allowance',
            render: (_, p) => (
              <Form.Item name={['payLadder', 'posts', p.i, 'postAllowance']} noStyle>
                <InputNumber min={0} step={100} />
              </Form.Item>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" className="staffing-ladder-note">
        {t('staffing.ladder.base', { base: ladder.basePay, step: ladder.gradeStep })}
      </Typography.Paragraph>
      <Form.Item name={['payLadder', 'basePay']} label={t('staffing.ladder.basePay')}>
        <InputNumber min={0} step={100} className="staffing-number" />
      </Form.Item>
      <Form.Item name={['payLadder', 'gradeStep']} label={t('staffing.ladder.gradeStep')}>
        <InputNumber min={0} step={10} className="staffing-number" />
      </Form.Item>
      {(['assistant', 'social_worker', 'senior'] as const).map((c) => (
        <Form.Item
          key={c}
          name={['payLadder', 'certificateAllowance', c]}
          label={`${t('staffing.ladder.certAllowanceShort')} · ${t(`staffing.roster.certificate.${c}`)}`}
        >
          <InputNumber min={0} step={50} className="staffing-number" />
        </Form.Item>
      ))}
    </div>
  );
}

/** The form's ladder values over the standard's ladder (the form holds only the amounts it edits). */
export function mergeLadder(ladder: PayLadder, edited: Partial<PayLadder> | undefined): PayLadder {
  return {
    ...ladder,
    ...(edited?.basePay !== undefined ? { basePay: edited.basePay } : {}),
    ...(edited?.gradeStep !== undefined ? { gradeStep: edited.gradeStep } : {}),
    posts: ladder.posts.map((p, i) => ({ ...p, ...(edited?.posts as Partial<Post>[] | undefined)?.[i] })),
    certificateAllowance: { ...ladder.certificateAllowance, ...edited?.certificateAllowance },
  };
}
