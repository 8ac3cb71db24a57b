"use client";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { formatDuration } from "@/lib/metrics/format-duration";
import type { ResponseFigure } from "@/lib/metrics/response-times-view";

import { ChartLegend } from "./chart-legend";

const P50 = "#4c9be8";
const P90 = "#e8a44c";

interface Props {
  figures: readonly ResponseFigure[];
  /** The measure's strictest target in seconds, drawn as a line. */
  target: number | null;
  labels: { p50: string; p90: string; target: string; unknown: string };
}

// Drawn only in the browser (the page renders it after mounting): Recharts measures the DOM.
export function ResponseChart({ figures, target, labels }: Props) {
  const data = figures.map((f) => ({ name: f.label || labels.unknown, p50: f.p50 ?? 0, p90: f.p90 ?? 0 }));
  return (
    <>
      <ResponsiveContainer width="100%" height={Math.max(260, data.length * 22 + 80)}>
        <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#2c3440" />
          <XAxis type="number" tickFormatter={(v: number) => formatDuration(v)} stroke="#9aa4b2" />
          <YAxis type="category" dataKey="name" width={160} stroke="#9aa4b2" fontSize={12} interval={0} />
          <Tooltip formatter={(v) => formatDuration(Number(v))} contentStyle={{ background: "#1b212b" }} />
          <Bar dataKey="p50" name={labels.p50} fill={P50} isAnimationActive={false} />
          <Bar dataKey="p90" name={labels.p90} fill={P90} isAnimationActive={false} />
          {target !== null && (
            <ReferenceLine
              x={target}
              stroke="#e85c4c"
              strokeDasharray="4 2"
              label={{ value: labels.target, fill: "#e85c4c" }}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { name: labels.p50, color: P50 },
          { name: labels.p90, color: P90 },
        ]}
      />
    </>
  );
}
