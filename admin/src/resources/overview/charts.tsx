import { Bar, Column, Pie } from '@ant-design/plots';
import { PALETTE } from './palette';

/** One slice or bar: the label in the console language, its count and an optional colour. */
export interface ChartDatum {
  label: string;
  count: number;
  color?: string | null;
  group?: string | null;
}

const HEIGHT = 260;

/** Item colours where the dictionary has them (grades), the palette otherwise. */
function colorScale(data: readonly ChartDatum[]) {
  return {
    domain: data.map((d) => d.label),
    range: data.map((d, i) => d.color || PALETTE[i % PALETTE.length]),
  };
}

export function DonutChart({ data }: { data: ChartDatum[] }) {
  return (
    <Pie
      data={data}
      height={HEIGHT}
      angleField="count"
      colorField="label"
      innerRadius={0.6}
      scale={{ color: colorScale(data) }}
      label={{ text: 'count', style: { fontWeight: 'bold' } }}
      legend={{ color: { position: 'bottom', layout: { justifyContent: 'center' } } }}
      tooltip={{ title: 'label', items: [{ channel: 'y', name: '' }] }}
    />
  );
}

export function ColumnChart({ data }: { data: ChartDatum[] }) {
  return (
    <Column
      data={data}
      height={HEIGHT}
      xField="label"
      yField="count"
      colorField="label"
      scale={{ color: colorScale(data) }}
      legend={false}
      label={{ text: 'count', position: 'inside' }}
      axis={{ y: { tickCount: 5 } }}
    />
  );
}

/** The groups in order of appearance, each with the colour of its first datum. */
function groupScale(data: readonly ChartDatum[]) {
  const colors = new Map<string, string>();
  for (const d of data)
    if (d.group && !colors.has(d.group))
      colors.set(d.group, d.color || PALETTE[colors.size % PALETTE.length]);
  return { domain: [...colors.keys()], range: [...colors.values()] };
}

/** Horizontal bars, coloured by `group` when given (provinces by region group). */
export function BarChart({ data, height = HEIGHT }: { data: ChartDatum[]; height?: number }) {
  const grouped = data.some((d) => d.group);
  return (
    <Bar
      data={data}
      height={height}
      xField="label"
      yField="count"
      colorField={grouped ? 'group' : 'label'}
      scale={{ color: grouped ? groupScale(data) : colorScale(data) }}
      legend={
        grouped ? { color: { position: 'bottom', layout: { justifyContent: 'center' } } } : false
      }
      label={{ text: 'count', position: 'inside', style: { fill: '#fff' } }}
      axis={{ y: { tickCount: 5 } }}
    />
  );
}
