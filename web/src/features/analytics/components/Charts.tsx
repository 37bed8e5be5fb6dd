'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** Series colours with at least 3:1 contrast against white, told apart by the legend's names too. */
export const COLORS = {
  teal: '#0f766e',
  sky: '#0369a1',
  red: '#b91c1c',
  amber: '#b45309',
  violet: '#6d28d9',
  slate: '#475569',
} as const;

export interface Series {
  key: string;
  name: string;
  color: string;
}

type Datum = Record<string, string | number | null>;

const AXIS = { fontSize: 12, fill: '#334155' };

/** "2026-02-03" → "Feb 3" on the axis. */
export function shortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

interface ChartProps {
  data: readonly Datum[];
  x: string;
  series: readonly Series[];
  /** Days on the x axis (shown short). */
  days?: boolean;
  /** Whole counts (no 0.5 ticks). */
  counts?: boolean;
  stacked?: boolean;
}

export function Bars({ data, x, series, days, counts, stacked }: ChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data as Datum[]} accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 0, left: -12 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={x} tick={AXIS} tickFormatter={days ? shortDay : undefined} minTickGap={12} />
        <YAxis tick={AXIS} allowDecimals={!counts} />
        <Tooltip labelFormatter={days ? (label) => shortDay(String(label)) : undefined} />
        {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} stackId={stacked ? 'all' : undefined} maxBarSize={48} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Horizontal bars, for long category names (reasons, staff members). */
export function SideBars({ data, x, series }: ChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data as Datum[]} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={AXIS} allowDecimals={false} />
        <YAxis type="category" dataKey={x} tick={AXIS} width={120} interval={0} />
        <Tooltip />
        {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} maxBarSize={28} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function Lines({ data, x, series, days, counts }: ChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data as Datum[]} accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 0, left: -12 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={x} tick={AXIS} tickFormatter={days ? shortDay : undefined} minTickGap={12} />
        <YAxis tick={AXIS} allowDecimals={!counts} />
        <Tooltip labelFormatter={days ? (label) => shortDay(String(label)) : undefined} />
        {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
        {series.map((s) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={2}
            dot={data.length <= 31}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
