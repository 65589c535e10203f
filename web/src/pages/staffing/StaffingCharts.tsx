// The staffing chart (loaded lazily): the gap of each unit below, shortest first (echarts through
// echarts/core, tree-shaken like the burden charts).
import * as echarts from 'echarts/core';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { formatAmount } from '../../i18n/format.js';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

const RED = '#cf1322';
const GREEN = '#389e0d';

export function GapChart({
  rows,
  onPick,
}: {
  rows: { key: string; name: string; gap: number }[];
  onPick?: (key: string) => void;
}) {
  const sorted = [...rows].sort((a, b) => b.gap - a.gap); // echarts draws the first category at the bottom
  const option: Option = {
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', splitNumber: 4, splitLine: { lineStyle: { color: '#f0f0f0' } } },
    yAxis: { type: 'category', data: sorted.map((r) => r.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: sorted.map((r) => ({ value: r.gap, itemStyle: { color: r.gap < 0 ? RED : GREEN } })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: unknown }) => formatAmount(Number(p.value)),
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
      onEvents={onPick ? { click: (p: { dataIndex: number }) => onPick(sorted[p.dataIndex].key) } : undefined}
    />
  );
}

/** How many communities serve so many households per person in post (bands of 100; the last open). */
export function HouseholdsPerWorkerChart({
  bands,
  label,
}: {
  bands: { from: number; to: number | null; communities: number }[];
  label: (b: { from: number; to: number | null }) => string;
}) {
  const option: Option = {
    animation: false,
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: bands.map((b) => (b.to === null ? `${b.from}+` : `${b.from}–${b.to}`)),
      axisTick: { show: false },
    },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#f0f0f0' } } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        name: '',
        data: bands.map((b) => ({ value: b.communities, name: label(b) })),
        itemStyle: { color: '#1677ff' },
        label: { show: true, position: 'top', color: 'rgba(0,0,0,0.65)' },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 220 }} />;
}
