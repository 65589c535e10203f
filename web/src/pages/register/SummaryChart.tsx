// Hours of informal demands per department as horizontal bars (echarts, tree-shaken through
// echarts/core). A click on a bar picks that department.
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
import { useTranslation } from 'react-i18next';
import type { DemandSummaryRow } from '#common/api/dispatch.js';
import { prefersReducedMotion } from '../../app/motion.js';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

interface Props {
  rows: DemandSummaryRow[];
  selected?: string;
  onPick: (departmentCode: string) => void;
}

export function SummaryChart({ rows, selected, onPick }: Props) {
  const { t } = useTranslation();
  // Largest at the top: echarts draws the first category at the bottom.
  const sorted = [...rows].sort((a, b) => a.hours - b.hours);
  const option: Option = {
    animation: !prefersReducedMotion(),
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const p = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
        const r = sorted[p.dataIndex];
        // Names come from data (an admin may rename a department): escaped before ECharts renders HTML.
        return `${echarts.format.encodeHTML(r.department.name)}<br/>${t('register.summary.hours')} ${r.hours}<br/>${t('register.summary.entries')} ${r.entries}<br/>${t('register.summary.open')} ${r.open}`;
      },
    },
    xAxis: { type: 'value', splitLine: { lineStyle: { color: '#f0f0f0' } } },
    yAxis: { type: 'category', data: sorted.map((r) => r.department.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: sorted.map((r) => ({
          value: r.hours,
          itemStyle: {
            color: r.department.code === selected ? '#fa8c16' : '#1d5bbf',
            borderRadius: [0, 3, 3, 0],
          },
        })),
        label: { show: true, position: 'right', formatter: '{c} h', color: 'rgba(0,0,0,0.65)' },
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: Math.max(160, sorted.length * 36 + 24) }}
      onEvents={{ click: (e: { dataIndex: number }) => onPick(sorted[e.dataIndex].department.code) }}
    />
  );
}
