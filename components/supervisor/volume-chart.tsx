"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { type CallVolume, volumeClasses } from "@/lib/metrics/call-volume-view";

import { ChartLegend } from "./chart-legend";

const colors: Record<(typeof volumeClasses)[number], string> = {
  emergency: "#e85c4c",
  prank: "#b36be8",
  abandoned: "#6b7686",
  info: "#4c9be8",
  duplicate: "#e8a44c",
  unclassified: "#3b4452",
};

export function VolumeChart({ perDay, names }: { perDay: CallVolume["perDay"]; names: Record<string, string> }) {
  const data = perDay.map((d) => ({ day: d.day.slice(5), ...d.counts }));
  return (
    <>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" stroke="#2c3440" />
          <XAxis dataKey="day" stroke="#9aa4b2" fontSize={11} />
          <YAxis stroke="#9aa4b2" fontSize={11} />
          <Tooltip contentStyle={{ background: "#1b212b" }} />
          {volumeClasses.map((c) => (
            <Bar key={c} dataKey={c} name={names[c] ?? c} stackId="calls" fill={colors[c]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend items={volumeClasses.map((c) => ({ name: names[c] ?? c, color: colors[c] }))} />
    </>
  );
}
