// The staffing standard in force for an org, in a drawer: where it comes from (this level, one above,
// or the national defaults) and its values; a city's or district's 民政 saves a new version here.
import { App, Alert, Button, Drawer, Form, InputNumber, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffingDuty, StaffingStandard } from '#common/api/staffing.js';
import { staffingApi } from '../../api/staffingEndpoints.js';
import { isApiError } from '../../api/client.js';
import { keys, useApiMutation, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { problemLine, useFieldErrors } from '../../components/forms/useFieldErrors.js';
import { LadderFields, mergeLadder } from './LadderFields.js';

const SCALARS = [
  ['workersPer10k', 0.1],
  ['householdsPerGridWorker', 10],
  ['householdsPerGridWorkerVillage', 10],
  ['sizeBandMin', 100],
  ['sizeBandMax', 100],
  ['certifiedShare', 0.05],
  ['hoursPerDay', 0.5],
  ['trainingDays', 1],
  ['categoryAllowance', 0.05],
  ['individualAllowanceHours', 10],
] as const satisfies readonly (readonly [keyof StaffingStandard, number])[];

const FIELDS = SCALARS.map(([k]) => k);

export function StandardDrawer({ code, open, onClose }: { code: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StaffingStandard>();
  const showErrors = useFieldErrors(form, FIELDS);
  const view = useApiQuery({
    queryKey: keys.staffing.of('standard', code),
    queryFn: ({ signal }) => staffingApi.standard(code, signal),
    enabled: open,
  });
  const save = useApiMutation((s: StaffingStandard) => staffingApi.setStandard(code, s), [keys.staffing]);
  const v = view.data;
  // The form starts again from each standard shown (a new version saved, another org).
  const stamp = v ? `${v.jurisdiction.code}:${v.from?.code ?? ''}:${v.from?.version ?? 0}` : undefined;

  const submit = async (values: StaffingStandard) => {
    try {
      // The duty rows hold only the two numbers edited; the rest of each duty is the standard's.
      const duties = v!.standard.duties.map((d, i) => ({
        ...d,
        ...(values.duties as Partial<StaffingDuty>[] | undefined)?.[i],
      }));
      const payLadder = mergeLadder(v!.standard.payLadder, values.payLadder);
      const r = await save.mutateAsync({ ...v!.standard, ...values, duties, payLadder });
      void message.success(t('staffing.standard.saved', { version: r.versions[0]?.version ?? 1 }));
    } catch (e) {
      if (isApiError(e)) {
        const rest = showErrors(e);
        if (rest.length || !e.problem.errors?.length) void message.error(problemLine(e, '；'));
      }
    }
  };

  const source = !v
    ? null
    : v.from === null
      ? t('staffing.standard.defaults')
      : v.from.code === v.jurisdiction.code
        ? t('staffing.standard.own', { version: v.from.version })
        : t('staffing.standard.inherited', {
            from: t('staffing.standardFrom', { name: v.from.name, version: v.from.version }),
          });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="large"
      title={v ? t('staffing.standard.title', { name: v.jurisdiction.name }) : t('staffing.standard.button')}
      data-testid="staffing-standard"
      extra={
        v?.canEdit ? (
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="standard-save">
            {t('staffing.standard.save')}
          </Button>
        ) : null
      }
    >
      {view.error && <ProblemAlert error={view.error} onRetry={view.reload} />}
      {!v ? (
        !view.error && <Spin />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{source}</Typography.Paragraph>
          {!v.canEdit && <Alert type="info" showIcon className="page-alert" title={t('staffing.standard.readOnly')} />}
          <Form
            key={stamp}
            form={form}
            layout="vertical"
            initialValues={v.standard}
            disabled={!v.canEdit}
            onFinish={(x) => void submit(x)}
          >
            {SCALARS.map(([k, step]) => (
              <Form.Item key={k} name={k} label={t(`staffing.standard.field.${k}`)} rules={[{ required: true }]}>
                <InputNumber step={step} min={0} className="staffing-number" />
              </Form.Item>
            ))}
            <Typography.Title level={5}>{t('staffing.standard.duties')}</Typography.Title>
            <Form.List name="duties">
              {(fields) => (
                <Table<StaffingDuty & { field: number }>
                  size="small"
                  pagination={false}
                  rowKey="key"
                  scroll={{ x: 'max-content' }}
                  dataSource={fields.map((f) => ({ ...v.standard.duties[f.name], field: f.name }))}
                  columns={[
                    { title: t('staffing.standard.field.name'), dataIndex: 'name' },
                    {
                      title: t('staffing.standard.field.minutesPerCase'),
                      key: 'minutes',
                      render: (_, d) => (
                        <Form.Item name={[d.field, 'minutesPerCase']} noStyle>
                          <InputNumber min={0} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('staffing.standard.field.casesPerYear'),
                      key: 'cases',
                      render: (_, d) => (
                        <>
                          <Form.Item name={[d.field, 'casesPerYear']} noStyle>
                            <InputNumber min={0} />
                          </Form.Item>{' '}
                          {t(`staffing.standard.basis.${d.basis}`)}
                        </>
                      ),
                    },
                  ]}
                />
              )}
            </Form.List>
            <LadderFields ladder={v.standard.payLadder} />
          </Form>
        </>
      )}
    </Drawer>
  );
}
