import type { ReactElement } from 'react';
import type { ChartData, ChartPoint } from './chart-data';
import { linePath } from './line-path';
import { niceTicks } from './nice-ticks';

/** Office's default series colours, in order. */
const PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];
const MARGIN = { left: 60, right: 16, top: 40, bottom: 48 };
const FONT = '"Segoe UI", system-ui, sans-serif';
const TICK = { fontSize: 11, fill: '#595959' };

function label(value: number): string {
  return Math.abs(value) >= 10_000 ? value.toLocaleString('en-US', { maximumFractionDigits: 0 }) : String(Number(value.toPrecision(4)));
}

/** Average width of a tick label's character at TICK's font size, in pixels. */
const TICK_CHAR_PX = 6;

/**
 * The category axis labels, with every label that would overlap its neighbour left out (null), as Excel skips
 * them: every step-th is shown, step the fewest bands the widest label needs.
 * @example categoryLabels(['PAY_0', 'PAY_2', 'PAY_3'], 20) // ['PAY_0', null, null]
 */
export function categoryLabels(categories: readonly (string | number)[], band: number): (string | null)[] {
  const texts = categories.map((c) => (typeof c === 'number' ? label(c) : String(c)));
  const widest = Math.max(0, ...texts.map((t) => t.length)) * TICK_CHAR_PX + 4;
  const step = Math.max(1, Math.ceil(widest / Math.max(band, 1)));
  return texts.map((t, i) => (i % step === 0 ? t : null));
}

/**
 * A chart as SVG, drawn the way Excel draws its defaults: title on top, gridlines at round values, axis titles,
 * one colour per series, a gap at a blank cell. Every plotted point is a circle with class "point" (of radius 0
 * when the chart has no markers), so tests can count them.
 */
export function ChartSvg({ data, width, height }: { data: ChartData; width: number; height: number }): ReactElement {
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const points = data.series.flatMap((s) => s.points);
  const ys = points.flatMap((p) => (p.y === null ? [] : [p.y]));
  const yTicks = niceTicks(Math.min(0, ...ys), Math.max(0, ...ys), 5);
  const y0 = yTicks[0] ?? 0;
  const y1 = yTicks[yTicks.length - 1] ?? 1;
  const yPos = (v: number) => MARGIN.top + plotH - ((v - y0) / (y1 - y0 || 1)) * plotH;

  const categories = data.series[0]?.points.map((p) => p.x) ?? [];
  const xsNumeric = points.map((p) => p.x).filter((x): x is number => typeof x === 'number');
  const xTicks = data.kind === 'scatter' ? niceTicks(Math.min(...xsNumeric), Math.max(...xsNumeric), 6) : [];
  const x0 = xTicks[0] ?? 0;
  const x1 = xTicks[xTicks.length - 1] ?? 1;
  const band = plotW / Math.max(1, categories.length);
  const xPos = (p: ChartPoint, i: number) => (data.kind === 'scatter' ? MARGIN.left + ((Number(p.x) - x0) / (x1 - x0 || 1)) * plotW : MARGIN.left + band * (i + 0.5));

  const gridlines = yTicks.map((t) => (
    <g key={`y${t}`}>
      <line x1={MARGIN.left} x2={MARGIN.left + plotW} y1={yPos(t)} y2={yPos(t)} stroke="#D9D9D9" />
      <text x={MARGIN.left - 6} y={yPos(t) + 4} textAnchor="end" {...TICK}>{label(t)}</text>
    </g>
  ));
  const xLabels = data.kind === 'scatter'
    ? xTicks.map((t) => <text key={`x${t}`} x={MARGIN.left + ((t - x0) / (x1 - x0 || 1)) * plotW} y={MARGIN.top + plotH + 16} textAnchor="middle" {...TICK}>{label(t)}</text>)
    : categoryLabels(categories, band).map((text, i) => (text === null ? null : <text key={`x${i}`} x={MARGIN.left + band * (i + 0.5)} y={MARGIN.top + plotH + 16} textAnchor="middle" {...TICK}>{text}</text>));

  const series = data.series.map((s, si) => {
    const color = PALETTE[si % PALETTE.length] as string;
    const plotted = s.points.map((p, i) => ({ p, i })).filter(({ p }) => p.y !== null);
    if (data.kind === 'column') {
      const barWidth = (band * 0.6) / data.series.length;
      return (
        <g key={s.name} data-series={s.name}>
          {plotted.map(({ p, i }) => {
            const left = MARGIN.left + band * i + band * 0.2 + barWidth * si;
            const top = Math.min(yPos(p.y as number), yPos(0));
            return (
              <g key={i}>
                <rect x={left} y={top} width={barWidth} height={Math.abs(yPos(p.y as number) - yPos(0))} fill={color} />
                <circle className="point" cx={left + barWidth / 2} cy={yPos(p.y as number)} r={0} />
              </g>
            );
          })}
        </g>
      );
    }
    const path = data.lines ? linePath(s.points.map((p, i) => (p.y === null ? null : [xPos(p, i), yPos(p.y)] as const))) : '';
    const radius = !data.markers ? 0 : data.kind === 'scatter' ? 3.5 : 3;
    return (
      <g key={s.name} data-series={s.name}>
        {path ? <path d={path} fill="none" stroke={color} strokeWidth={2.25} /> : null}
        {plotted.map(({ p, i }) => <circle key={i} className="point" cx={xPos(p, i)} cy={yPos(p.y as number)} r={radius} fill={color} />)}
      </g>
    );
  });

  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={data.title} fontFamily={FONT} style={{ background: '#fff' }}>
      <text x={width / 2} y={24} textAnchor="middle" fontSize={14} fill="#404040">{data.title}</text>
      {gridlines}
      <line x1={MARGIN.left} x2={MARGIN.left + plotW} y1={yPos(0)} y2={yPos(0)} stroke="#BFBFBF" />
      {xLabels}
      {series}
      {data.xTitle ? <text x={MARGIN.left + plotW / 2} y={height - 10} textAnchor="middle" fontSize={12} fill="#595959">{data.xTitle}</text> : null}
      {data.yTitle ? <text x={14} y={MARGIN.top + plotH / 2} textAnchor="middle" fontSize={12} fill="#595959" transform={`rotate(-90 14 ${MARGIN.top + plotH / 2})`}>{data.yTitle}</text> : null}
    </svg>
  );
}
