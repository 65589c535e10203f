// /staffing/grids/:code — a community's grids (网格划分): the grids it has now, a plan proposed from
// the hub's households (buildings whole, in address order, about N households a grid, each grid's
// residents and people needing care as counts), adopted in one step as the next version. Street
// officers and the district's 民政 plan; the community's workers and reviewers see it (390 px too).
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Form, InputNumber, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { GridPlanView, PlannedGrid } from '#common/api/staffing.js';
import {
  GRID_TOLERANCE,
  HOUSEHOLDS_PER_GRID_MAX,
  HOUSEHOLDS_PER_GRID_MIN,
  type GridPlanStatus,
} from '#common/staffing.js';
import { staffingApi } from '../../api/staffingEndpoints.js';
import { isApiError } from '../../api/client.js';
import { keys, useApiMutation, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';
import { problemLine, useFieldErrors } from '../../components/forms/useFieldErrors.js';
import { formatAmount } from '../../i18n/format.js';

const FIELDS = ['householdsPerGrid'] as const;
const STATUS_COLOR: Record<GridPlanStatus, string> = { proposed: 'blue', adopted: 'green', superseded: 'default' };

function Buildings({ list }: { list: string[] }) {
  const { t } = useTranslation();
  if (list.length <= 3) return <>{list.join('、')}</>;
  return <>{t('staffing.grid.buildingsMore', { first: list[0], last: list[list.length - 1], n: list.length })}</>;
}

function PlanCard({
  plan,
  current,
  canPlan,
  onAdopt,
  adopting,
}: {
  plan: GridPlanView;
  current: number;
  canPlan: boolean;
  onAdopt: () => void;
  adopting: boolean;
}) {
  const { t } = useTranslation();
  const low = Math.ceil(plan.householdsPerGrid * (1 - GRID_TOLERANCE));
  const high = Math.floor(plan.householdsPerGrid * (1 + GRID_TOLERANCE));
  return (
    <Card
      size="small"
      data-testid={`grid-plan-${plan.id}`}
      title={
        <Space wrap>
          {t('staffing.grid.plan', { id: plan.id })}
          <Tag color={STATUS_COLOR[plan.status]} data-testid="grid-plan-status">
            {t(`staffing.grid.status.${plan.status}`)}
          </Tag>
          {plan.version !== null && <span>{t('staffing.grid.version', { version: plan.version })}</span>}
        </Space>
      }
      extra={
        canPlan && plan.status === 'proposed' ? (
          <Popconfirm
            title={t('staffing.grid.adopt')}
            description={t('staffing.grid.adoptConfirm', { n: current })}
            onConfirm={onAdopt}
            okButtonProps={{ 'data-testid': 'grid-adopt-confirm' }}
          >
            <Button type="primary" loading={adopting} data-testid="grid-adopt">
              {t('staffing.grid.adopt')}
            </Button>
          </Popconfirm>
        ) : null
      }
    >
      <Space wrap className="grid-plan-summary">
        <span>
          {t('staffing.grid.perGrid')}: <b>{plan.householdsPerGrid}</b>
        </span>
        <span>{t('staffing.grid.proposed', { n: plan.grids.length })}</span>
        <span>{t('staffing.grid.households', { n: formatAmount(plan.households) })}</span>
        <span>{t('staffing.grid.tolerance', { low, high })}</span>
      </Space>
      {plan.outsideTolerance > 0 && (
        <Alert
          type="warning"
          showIcon
          className="page-alert"
          title={t('staffing.grid.outside', { n: plan.outsideTolerance })}
        />
      )}
      <ResponsiveTable<PlannedGrid>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={plan.grids}
        scroll={{ x: 'max-content' }}
        cardTestId={(g) => `grid-row-${g.code}`}
        columns={[
          { title: t('staffing.grid.col.name'), dataIndex: 'name' },
          {
            title: t('staffing.grid.col.households'),
            dataIndex: 'households',
            align: 'right' as const,
            render: (v: number) => (v < low || v > high ? <Typography.Text type="warning">{v}</Typography.Text> : v),
          },
          { title: t('staffing.grid.col.residents'), dataIndex: 'residents', align: 'right' as const },
          { title: t('staffing.grid.col.elderlyAlone'), dataIndex: 'elderlyAlone', align: 'right' as const },
          { title: t('staffing.grid.col.disabled'), dataIndex: 'disabled', align: 'right' as const },
          { title: t('staffing.grid.col.lowIncome'), dataIndex: 'lowIncome', align: 'right' as const },
          {
            title: t('staffing.grid.col.buildings'),
            dataIndex: 'buildings',
            render: (list: string[]) => <Buildings list={list} />,
          },
        ]}
      />
    </Card>
  );
}

export function GridPlanPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { code = '' } = useParams();
  const [form] = Form.useForm<{ householdsPerGrid: number }>();
  const showErrors = useFieldErrors(form, FIELDS);
  const [shown, setShown] = useState<number | null>(null);
  const state = useApiQuery({
    queryKey: keys.staffing.of('plans', code),
    queryFn: ({ signal }) => staffingApi.plans(code, signal),
  });
  const propose = useApiMutation((n: number) => staffingApi.propose(code, n), [keys.staffing]);
  const adopt = useApiMutation((id: number) => staffingApi.adopt(code, id), [keys.staffing, keys.orgs]);
  const s = state.data;
  const mine = s?.currentGrids.find((g) => g.mine);

  const submit = async ({ householdsPerGrid }: { householdsPerGrid: number }) => {
    try {
      const plan = await propose.mutateAsync(householdsPerGrid);
      setShown(plan.id);
      void message.success(t('staffing.grid.proposed', { n: plan.grids.length }));
    } catch (e) {
      if (isApiError(e)) {
        const rest = showErrors(e);
        if (rest.length || !e.problem.errors?.length) void message.error(problemLine(e, '；'));
      }
    }
  };
  const doAdopt = async (id: number) => {
    try {
      await adopt.mutateAsync(id);
      void message.success(t('staffing.grid.adopted'));
    } catch (e) {
      if (isApiError(e)) void message.error(e.problem.title);
    }
  };

  const plan = s?.plans.find((p) => p.id === shown) ?? s?.plans[0];

  return (
    <div className="staffing-page" data-testid="grid-plan-page">
      <PageHeader
        title={s ? t('staffing.grid.title', { name: s.community.name }) : t('staffing.gridPlan')}
        subtitle={t('staffing.grid.intro')}
        extra={
          <Link to={`/staffing?org=${code}`}>
            <Button icon={<ArrowLeftOutlined />}>{t('staffing.grid.back')}</Button>
          </Link>
        }
      />
      {state.error && <ProblemAlert error={state.error} onRetry={state.reload} />}
      {!s ? (
        !state.error && <Spin />
      ) : (
        <>
          {mine && (
            <Alert
              type="info"
              showIcon
              className="page-alert"
              data-testid="grid-mine"
              title={t('staffing.grid.myGrid', { name: mine.name, households: formatAmount(mine.households) })}
            />
          )}
          <Card size="small" title={t('staffing.grid.current')} data-testid="grid-current">
            {s.currentGrids.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('staffing.grid.currentEmpty')} />
            ) : (
              <Space wrap>
                {s.currentGrids.map((g) => (
                  <Tag key={g.code} data-testid={`grid-current-${g.code}`} color={g.mine ? 'blue' : undefined}>
                    {g.name} · {t('staffing.grid.households', { n: formatAmount(g.households) })} ·{' '}
                    {g.workers.length
                      ? t('staffing.grid.workers', { names: g.workers.join(t('common.listSeparator')) })
                      : t('staffing.grid.noWorker')}
                    {g.mine && ` · ${t('staffing.grid.mine')}`}
                  </Tag>
                ))}
              </Space>
            )}
          </Card>
          {s.imbalanced && (
            <Alert
              type="warning"
              showIcon
              className="page-alert"
              title={t('staffing.grid.imbalanced')}
              data-testid="grid-imbalanced"
            />
          )}
          {s.split && (
            <Alert
              type="info"
              showIcon
              className="page-alert"
              data-testid="grid-split"
              title={t('staffing.grid.split', { max: formatAmount(s.sizeBandMax), n: s.split.length })}
              description={s.split
                .map((part) => {
                  const names = part.grids.map((c) => s.currentGrids.find((g) => g.code === c)?.name ?? c);
                  return t('staffing.grid.splitPart', {
                    first: names[0],
                    last: names[names.length - 1],
                    households: formatAmount(part.households),
                  });
                })
                .join(t('common.listSeparator'))}
            />
          )}
          {s.canPlan ? (
            <Card size="small">
              <Form
                form={form}
                layout="inline"
                initialValues={{ householdsPerGrid: 300 }}
                onFinish={(v) => void submit(v)}
                data-testid="grid-propose-form"
              >
                <Form.Item
                  name="householdsPerGrid"
                  label={t('staffing.grid.perGrid')}
                  extra={t('staffing.grid.perGridHint')}
                  rules={[{ required: true }]}
                >
                  <InputNumber
                    min={HOUSEHOLDS_PER_GRID_MIN}
                    max={HOUSEHOLDS_PER_GRID_MAX}
                    step={10}
                    data-testid="grid-per-grid"
                  />
                </Form.Item>
                <Form.Item>
                  <Button type="primary" htmlType="submit" loading={propose.isPending} data-testid="grid-propose">
                    {t('staffing.grid.propose')}
                  </Button>
                </Form.Item>
              </Form>
            </Card>
          ) : (
            <Alert type="info" showIcon className="page-alert" title={t('staffing.grid.readOnly')} />
          )}
          {plan ? (
            <PlanCard
              plan={plan}
              current={s.currentGrids.length}
              canPlan={s.canPlan}
              adopting={adopt.isPending}
              onAdopt={() => void doAdopt(plan.id)}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('staffing.grid.noPlans')} />
          )}
          {s.plans.length > 1 && (
            <Card size="small">
              <Space wrap>
                {s.plans.map((p) => (
                  <Button
                    key={p.id}
                    size="small"
                    type={p.id === plan?.id ? 'primary' : 'default'}
                    onClick={() => setShown(p.id)}
                  >
                    {t('staffing.grid.plan', { id: p.id })} · {t(`staffing.grid.status.${p.status}`)}
                  </Button>
                ))}
              </Space>
            </Card>
          )}
        </>
      )}
    </div>
  );
}
