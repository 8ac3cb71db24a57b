import type { RecordMap } from "@/lib/incidents/record-map";

interface Props {
  map: RecordMap;
  labels: { incident: string; station: string; noBoundary: string };
}

// The record's small map as SVG: drawn on the server from the same paths as the PDF's, so it
// prints as it shows, with no map library and no tiles to load.
export function RecordMapFigure({ map, labels }: Props) {
  return (
    <figure className="record-map" data-testid="record-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} width={map.width} height={map.height} role="img">
        <rect width={map.width} height={map.height} className="record-map-frame" />
        {map.areas.map((a) => (
          <path key={a.code} d={a.d} className={a.own ? "own" : undefined}>
            <title>{a.name}</title>
          </path>
        ))}
        <circle cx={map.incident.x} cy={map.incident.y} r={7} className="incident" data-testid="record-map-incident" />
        {map.stations.map((s) => (
          <g key={s.code} className="station">
            <rect x={s.x - 5} y={s.y - 5} width={10} height={10} />
            <text x={s.x + 8} y={s.y + 4}>
              {s.name}
            </text>
          </g>
        ))}
        <line x1={10} x2={10 + map.scale.px} y1={map.height - 10} y2={map.height - 10} className="scale" />
        <text x={10} y={map.height - 16} className="scale-label">
          {map.scale.metres} m
        </text>
      </svg>
      <figcaption className="muted">
        <span className="legend-incident">●</span> {labels.incident} <span className="legend-station">■</span>{" "}
        {labels.station}
        {map.areas.length === 0 && <> · {labels.noBoundary}</>}
      </figcaption>
    </figure>
  );
}
