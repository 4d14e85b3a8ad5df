'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RtpChartPoint } from './rtp-report';

/** Stated against actual RTP per game, variant and asset, in percent. */
export function RtpChart({ points }: { points: RtpChartPoint[] }) {
  const values = points.flatMap((p) => (p.actual === null ? [p.stated] : [p.stated, p.actual]));
  // Start near the data so a 1-point gap is visible, but never hide a bar entirely.
  const low = Math.max(0, Math.floor((Math.min(...values) - 5) / 5) * 5);
  const high = Math.ceil((Math.max(...values) + 2) / 5) * 5;
  const step = high - low > 60 ? 25 : high - low > 20 ? 10 : 5;
  const ticks = Array.from({ length: Math.floor((high - low) / step) + 1 }, (_, i) => low + i * step);
  return (
    <figure aria-label="Stated and actual RTP chart" className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis
            domain={[low, high]}
            ticks={ticks}
            tickFormatter={(v: number) => `${v}%`}
            tick={{ fontSize: 11 }}
            width={48}
            allowDataOverflow
          />
          <Tooltip formatter={(value) => (typeof value === 'number' ? `${value.toFixed(2)} %` : '—')} />
          <Legend />
          <Bar dataKey="stated" name="Stated RTP" fill="#94a3b8" />
          <Bar dataKey="actual" name="Actual RTP" fill="#4f46e5" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
