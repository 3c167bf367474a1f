import { useMemo } from 'react';
import EChartsCoreModule from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption, AriaComponentOption } from 'echarts/components';

// The package is CommonJS: depending on the bundler's interop its default export arrives as the
// component or as the module object that holds it.
const ReactEChartsCore: typeof EChartsCoreModule =
  (EChartsCoreModule as unknown as { default?: typeof EChartsCoreModule }).default ?? EChartsCoreModule;

// Only what the reports draw, so the chart chunk stays small.
echarts.use([BarChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ReportChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | AriaComponentOption
>;

/** Colours of the report states (hues of the state tags, dark enough for white figures on them); patterns and labels carry the meaning too. */
export const STATE_COLORS = {
  onTime: '#237804',
  late: '#ad4e00',
  missing: '#a8071a',
  accepted: '#006d75',
  pending: '#0958d9',
  returned: '#874d00',
  completeness: '#0958d9',
  timeliness: '#237804',
} as const;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && Boolean(window.matchMedia?.('(prefers-reduced-motion: reduce)').matches);
}

interface ReportChartProps {
  option: ReportChartOption;
  /** What the chart shows, in words: its accessible name (the figures are also written beside it). */
  summary: string;
  height: number;
}

/**
 * A bar chart on a canvas. The container is an image named by `summary`; decal patterns (ECharts aria)
 * and the legend's words keep the series apart without relying on colour.
 */
export function ReportChart({ option, summary, height }: ReportChartProps) {
  // A new option object (with new formatter functions) on every render would make the chart start
  // over and animate again; it changes only when its figures or words do (the summary carries the language).
  const identity = JSON.stringify(option) + summary;
  const full = useMemo<ReportChartOption>(
    () => ({
      ...option,
      // no growing bars for someone who asked the system for less motion
      animation: !prefersReducedMotion(),
      aria: { enabled: true, decal: { show: true }, label: { enabled: true, description: summary } },
    }),
    [identity],
  );
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={full}
      notMerge
      lazyUpdate
      role="img"
      aria-label={summary}
      style={{ height, width: '100%' }}
    />
  );
}
