import { createExpression } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";

import { clusterCountText, LANDMARK_COLORS, landmarkColor, stationLabelText } from "./label-expressions";

// Evaluates an expression as MapLibre would for one feature at one zoom.
function evaluate(expression: unknown, properties: Record<string, unknown>, zoom = 12, type = "string") {
  const parsed = createExpression(expression, {
    type,
    "property-type": "data-driven",
    expression: { interpolated: false, parameters: ["zoom", "feature"] },
  } as never);
  if (parsed.result !== "success") throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom }, { type: 1, properties, geometry: [] } as never) as unknown;
}

describe("the label expressions", () => {
  it("write a cluster's count whole up to 9,999 and in thousands past it", () => {
    const text = (count: number): unknown => evaluate(clusterCountText(["get", "count"]), { count });
    expect([3, 250, 9_999, 10_000, 12_499, 12_500, 1_000_000].map(text)).toEqual([
      "3",
      "250",
      "9999",
      "10k",
      "12k",
      "13k",
      "1000k",
    ]);
  });

  it("name Polda and Polres from the first zoom given, and every polsek from the second", () => {
    const at = (zoom: number, kind: string): unknown =>
      evaluate(stationLabelText(10, 12), { kind, name: `${kind} X` }, zoom);
    expect(at(9, "polda")).toBe("");
    expect(at(10.5, "polres")).toBe("polres X");
    expect(at(10.5, "polsek")).toBe("");
    expect(at(12, "polsek")).toBe("polsek X");
  });

  it("colour a landmark by what it is", () => {
    const color = (kind: string) => evaluate(landmarkColor(), { kind }, 15, "color") as { toString(): string };
    expect(color("hospital").toString()).toBe(LANDMARK_COLORS.health);
    expect(color("transjakarta_stop").toString()).toBe(LANDMARK_COLORS.transport);
    expect(color("fuel_station").toString()).toBe(LANDMARK_COLORS.other);
  });
});
