// The burden charts (echarts tree-shaken through echarts/core; this file is loaded lazily):
// the index over time with the hours behind it, horizontal bars (who asks the most) and a donut.
import * as echarts from 'echarts/core';
import {
  BarChart,
  LineChart,
  PieChart,
  type BarSeriesOption,
  type LineSeriesOption,
  type PieSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import type { BurdenPoint } from '#common/api/burden.js';
import { formatAmount, formatCompact } from '../../i18n/format.js';
import { prefersReducedMotion } from '../../app/motion.js';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

type Option = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

const BLUE = '#1d5bbf';

// Hours the same way everywhere (thousands separators, one decimal), as the cards show them.
const hoursText = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : `${formatAmount(Number(v))} h`);
const indexText = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : formatAmount(Number(v)));
const ORANGE = '#fa8c16';
const PALETTE = [
  '#1d5bbf',
  '#fa8c16',
  '#13a8a8',
  '#722ed1',
  '#eb2f96',
  '#52c41a',
  '#faad14',
  '#2f54eb',
  '#a0d911',
  '#8c8c8c',
];

export function IndexChart({
  series,
  split,
  onPickMonth,
}: {
  series: BurdenPoint[];
  split?: string;
  onPickMonth?: (m: string) => void;
}) {
  const { t } = useTranslation();
  const option: Option = {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [t('burden.charts.index'), t('burden.charts.hours'), t('burden.charts.reestimate')] },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: series.map((s) => s.month) },
    yAxis: [
      {
        type: 'value',
        name: t('burden.charts.index'),
        nameTextStyle: { align: 'left' },
        splitLine: { lineStyle: { color: '#f0f0f0' } },
      },
      {
        type: 'value',
        name: t('burden.charts.hours'),
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatCompact(v) },
      },
    ],
    series: [
      {
        name: t('burden.charts.hours'),
        type: 'bar',
        yAxisIndex: 1,
        stack: 'h',
        barMaxWidth: 22,
        // Colours by series, not by legend order: the index is the strong line, the hours behind it pale.
        itemStyle: { color: '#bfd3f2' },
        tooltip: { valueFormatter: hoursText },
        data: series.map((s) => Math.round((s.hours - s.reestimateHours) * 10) / 10),
      },
      {
        name: t('burden.charts.reestimate'),
        type: 'bar',
        yAxisIndex: 1,
        stack: 'h',
        barMaxWidth: 22,
        itemStyle: { color: '#ffd591' },
        tooltip: { valueFormatter: hoursText },
        data: series.map((s) => s.reestimateHours || null),
      },
      {
        name: t('burden.charts.index'),
        type: 'line',
        smooth: false,
        symbolSize: 6,
        lineStyle: { width: 3, color: BLUE },
        itemStyle: { color: BLUE },
        tooltip: { valueFormatter: indexText },
        data: series.map((s) => s.index),
        markLine: {
          symbol: 'none',
          silent: true,
          data: [
            {
              yAxis: 100,
              name: t('burden.charts.baseline'),
              lineStyle: { color: '#8c8c8c', type: 'dashed' },
              // A white backing keeps the label legible over the bars it crosses.
              label: {
                formatter: `${t('burden.charts.baseline')} 100`,
                position: 'insideStartTop',
                backgroundColor: 'rgba(255,255,255,0.85)',
                padding: [1, 4],
              },
            },
            ...(split
              ? [
                  {
                    xAxis: split,
                    lineStyle: { color: ORANGE, type: 'solid' as const },
                    label: { formatter: t('burden.charts.split') },
                  },
                ]
              : []),
          ],
        },
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: 320 }}
      onEvents={onPickMonth ? { click: (e: { dataIndex: number }) => onPickMonth(series[e.dataIndex].month) } : {}}
    />
  );
}

export interface BarRow {
  key: string;
  name: string;
  value: number;
}

export function HBarChart({
  rows,
  onPick,
  max = 12,
}: {
  rows: BarRow[];
  onPick?: (key: string) => void;
  max?: number;
}) {
  const top = rows.slice(0, max);
  const sorted = [...top].reverse(); // echarts draws the first category at the bottom
  const option: Option = {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: hoursText },
    xAxis: {
      type: 'value',
      splitNumber: 4,
      axisLabel: { formatter: (v: number) => formatCompact(v) },
      splitLine: { lineStyle: { color: '#f0f0f0' } },
    },
    yAxis: { type: 'category', data: sorted.map((r) => r.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: sorted.map((r) => ({ value: r.value, itemStyle: { color: BLUE, borderRadius: [0, 3, 3, 0] } })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: unknown }) => `${formatAmount(Number(p.value))} h`,
          color: 'rgba(0,0,0,0.65)',
        },
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: Math.max(160, sorted.length * 30 + 24), cursor: onPick ? 'pointer' : undefined }}
      onEvents={onPick ? { click: (e: { dataIndex: number }) => onPick(sorted[e.dataIndex].key) } : {}}
    />
  );
}

export function DonutChart({ rows }: { rows: BarRow[] }) {
  const option: Option = {
    animation: !prefersReducedMotion(),
    color: PALETTE,
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value, percent } = p as { name: string; value: number; percent: number };
        return `${echarts.format.encodeHTML(name)}<br/>${hoursText(value)}（${formatAmount(percent)}%）`;
      },
    },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        center: ['35%', '50%'],
        label: { show: false },
        data: rows.map((r) => ({ name: r.name, value: r.value })),
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 240 }} />;
}
