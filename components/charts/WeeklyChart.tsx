import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { summarise, toAligned, type ChartData } from './series';

interface Props {
  id: string;
  title: string;
  data: ChartData;
  /** For the text alternative: "insertions" or "%". */
  unit: string;
  yRange?: [number, number];
  height?: number;
}

const PALETTE = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6', '--muted'];

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

function options(props: Props, width: number): uPlot.Options {
  const axis = { stroke: cssVar('--muted'), grid: { stroke: cssVar('--border'), width: 1 }, ticks: { stroke: cssVar('--border') } };
  return {
    width,
    height: props.height ?? 220,
    scales: { x: { time: true }, y: props.yRange ? { range: props.yRange } : { range: (_u, _min, max) => [0, Math.max(4, max * 1.15)] } },
    axes: [axis, { ...axis, size: 44 }],
    legend: { show: true, live: false },
    cursor: { drag: { x: false, y: false } },
    series: [
      { label: 'Week of', value: (_u, v) => (v == null ? '—' : new Date(v * 1000).toISOString().slice(0, 10)) },
      ...props.data.series.map((s, i) => ({
        label: s.label,
        stroke: cssVar(PALETTE[i % PALETTE.length]!),
        width: 2,
        points: { show: true, size: 6 },
        spanGaps: true,
        value: (_u: uPlot, v: number | null) => (v == null ? '—' : `${v}${props.unit === '%' ? ' %' : ''}`),
      })),
    ],
  };
}

/** A uPlot line chart by week with a text alternative (summary + visually hidden data table). */
export function WeeklyChart(props: Props) {
  const host = useRef<HTMLDivElement>(null);
  const { data } = props;

  useEffect(() => {
    const element = host.current;
    if (!element || data.weeks.length === 0) return;
    const chart = new uPlot(options(props, element.clientWidth || 600), toAligned(data) as uPlot.AlignedData, element);
    const resize = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: props.height ?? 220 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [data, props.title]);

  const summaryId = `${props.id}-summary`;
  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`} aria-describedby={summaryId}>
      <figcaption id={`${props.id}-title`} class="chart-title">{props.title}</figcaption>
      {data.weeks.length === 0 ? (
        <p class="note">No data in this range.</p>
      ) : (
        <div ref={host} class="chart-canvas" aria-hidden="true" data-testid={`${props.id}-canvas`} />
      )}
      <p id={summaryId} class="visually-hidden">{summarise(data, props.unit)}</p>
      {data.weeks.length > 0 && (
        <table class="visually-hidden">
          <caption>{props.title} (data)</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {data.series.map((s) => <th scope="col" key={s.label}>{s.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {data.weeks.map((week, row) => (
              <tr key={week}>
                <th scope="row">{week}</th>
                {data.series.map((s) => <td key={s.label}>{s.values[row] ?? '—'}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
