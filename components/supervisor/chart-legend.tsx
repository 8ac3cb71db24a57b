// The series of a chart, as a plain list beside it. Recharts' own Legend measures itself once
// drawn and then draws the whole chart again to make room: three times the chart's cost on the
// supervisor's first load, for a key that never changes.
export function ChartLegend({ items }: { items: readonly { name: string; color: string }[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.name}>
          <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.name}
        </li>
      ))}
    </ul>
  );
}
