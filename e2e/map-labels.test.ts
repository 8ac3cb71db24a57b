import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { saveScreenshot, useConsoleInBrowser, waitForSettled } from "./support/console-in-browser";

const e2e = useConsoleInBrowser();

type Drawn = Record<string, string[]>;

// What the map in `testid` has drawn of each symbol layer once it has moved there and settled:
// a symbol is returned only where MapLibre placed it, that is, where its text was drawn.
async function drawnAt(page: Page, testid: string, view: { lon: number; lat: number; zoom: number } | null) {
  // The names come once the map has first been drawn.
  await page.waitForFunction(
    (id) =>
      (
        document.querySelector(`[data-testid=${id}]`) as HTMLElement & { consoleMap?: { getLayer(l: string): unknown } }
      )?.consoleMap?.getLayer("kota-labels") !== undefined,
    testid,
    { timeout: 15_000 },
  );
  return page.evaluate(
    async ({ testid, view }) => {
      type Feature = { layer: { id: string }; properties: Record<string, unknown> };
      type ConsoleMap = {
        jumpTo(o: object): void;
        once(e: string, f: () => void): void;
        getZoom(): number;
        getLayer(id: string): unknown;
        queryRenderedFeatures(o: object): Feature[];
      };
      const map = (document.querySelector(`[data-testid=${testid}]`) as HTMLElement & { consoleMap: ConsoleMap })
        .consoleMap;
      if (view) {
        const idle = new Promise<void>((resolve) => map.once("idle", resolve));
        map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
        await idle;
      }
      const layers = [
        "kota-labels",
        "kecamatan-labels",
        "kelurahan-labels",
        "station-labels",
        "landmark-labels",
        "landmarks",
        "camera-cluster-counts",
        "camera-points",
        "nearby-cameras",
      ].filter((id) => map.getLayer(id));
      const drawn: Record<string, string[]> = { zoom: [map.getZoom().toFixed(1)] };
      for (const f of map.queryRenderedFeatures({ layers }))
        (drawn[f.layer.id] ??= []).push(String(f.properties.name ?? f.properties.count ?? f.properties.id));
      return drawn;
    },
    { testid, view },
  ) as Promise<Drawn>;
}

const canvasOnly = (map: Locator, name: string) =>
  saveScreenshot(map, name).then(() => map.screenshot({ style: ".map-legend { visibility: hidden }" }));

describe("names on the map", () => {
  it("draws kota names and cluster counts over the city, kecamatan, kelurahan and station names, and landmarks at a street", async () => {
    const { context, page } = await e2e.signInAs("dispatcher");
    // The fonts come from the console itself: nothing the page's Content-Security-Policy refuses.
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const fonts: string[] = [];
    page.on("requestfinished", (r) => void (r.url().includes("/fonts/") && fonts.push(new URL(r.url()).pathname)));
    await page.goto("/map");
    const map = page.locator("[data-testid=map][data-map-ready=true]");
    await map.waitFor({ timeout: 30_000 });

    // The whole city, as /map opens.
    const city = await drawnAt(page, "map", { lon: 106.83, lat: -6.2, zoom: 10.3 });
    await canvasOnly(map, "map-labels-city");
    expect(city["kota-labels"]?.map((n) => n.toLowerCase()).join(" ")).toMatch(/jakarta pusat/);
    expect(city["kota-labels"]!.length).toBeGreaterThanOrEqual(4);
    const counts = (city["camera-cluster-counts"] ?? []).map(Number);
    expect(counts.length).toBeGreaterThan(5);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(city["kelurahan-labels"]).toBeUndefined();
    expect(fonts).toContain("/fonts/noto-sans-latin-700-normal.woff2");
    expect(fonts.every((f) => f.startsWith("/fonts/noto-sans-"))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);

    // A kota's kecamatan round Monas: kecamatan and kelurahan names, and the polsek.
    const kecamatan = await drawnAt(page, "map", { lon: 106.8272, lat: -6.1754, zoom: 13 });
    await canvasOnly(map, "map-labels-kecamatan");
    expect(kecamatan["kecamatan-labels"]?.map((n) => n.toLowerCase())).toContain("gambir");
    expect(kecamatan["kelurahan-labels"]?.length).toBeGreaterThan(3);
    expect(kecamatan["station-labels"]?.some((n) => /polsek/i.test(n))).toBe(true);
    expect(kecamatan["kota-labels"]).toBeUndefined();

    // A street in Salemba: the landmarks by name, RSCM among them, and single cameras.
    const street = await drawnAt(page, "map", { lon: 106.847, lat: -6.1967, zoom: 16 });
    await canvasOnly(map, "map-labels-street");
    expect(street["landmark-labels"]?.some((n) => /cipto/i.test(n))).toBe(true);
    expect(street["landmarks"]!.length).toBeGreaterThanOrEqual(street["landmark-labels"]!.length);
    expect(street["camera-points"]?.length).toBeGreaterThan(0);
    console.log(
      `[map-labels] ${Object.entries({ city, kecamatan, street })
        .map(
          ([k, d]) =>
            `${k}: ${Object.entries(d)
              .map(([l, v]) => `${l} ${l === "zoom" ? v[0] : v.length}`)
              .join(", ")}`,
        )
        .join(" | ")}`,
    );

    // A landmark's popup: what it is, and the kelurahan it lies in.
    const box = (await map.boundingBox())!;
    const at = await page.evaluate(() => {
      type Feature = { properties: { name: string }; geometry: { coordinates: [number, number] } };
      const m = (
        document.querySelector("[data-testid=map]") as HTMLElement & {
          consoleMap: {
            queryRenderedFeatures(o: object): Feature[];
            project(p: [number, number]): { x: number; y: number };
          };
        }
      ).consoleMap;
      const rscm = m.queryRenderedFeatures({ layers: ["landmarks"] }).find((f) => /cipto/i.test(f.properties.name))!;
      return m.project(rscm.geometry.coordinates);
    });
    await page.mouse.click(box.x + at.x, box.y + at.y);
    const popup = page.getByTestId("map-popup");
    await popup.locator("[data-popup=landmark] [data-areas]").waitFor();
    expect(await popup.textContent()).toMatch(/Cipto[\s\S]*rumah sakit[\s\S]*Kenari/i);
    await saveScreenshot(page, "map-labels-popup");
    await context.close();
  });

  it("shows the landmarks and cameras around an incident the dispatcher selects, at street zoom", async () => {
    const { context, page } = await e2e.signInAs("dispatcher");
    await page.goto("/dispatch");
    await waitForSettled(page);
    await e2e.console.data("/api/incidents", {
      as: "operator",
      method: "POST",
      json: { type: "medis", priority: "P1", lat: -6.1967, lon: 106.8465, description: "Pingsan di halte" },
    });
    const map = page.locator("[data-testid=place-map]");
    await page.waitForFunction(
      () =>
        ((
          document.querySelector("[data-testid=place-map]") as HTMLElement & { consoleMap?: { getZoom(): number } }
        )?.consoleMap?.getZoom() ?? 0) >= 15,
      null,
      { timeout: 15_000 },
    );
    // Settled at the place, as the dispatcher sees it.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const m = (
            document.querySelector("[data-testid=place-map]") as HTMLElement & {
              consoleMap: { loaded(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void };
            }
          ).consoleMap;
          m.once("idle", resolve);
          m.triggerRepaint();
        }),
    );
    const drawn = await drawnAt(page, "place-map", null);
    await saveScreenshot(map, "dispatch-incident-street");
    expect(drawn["landmark-labels"]?.length).toBeGreaterThan(2);
    expect((drawn["camera-points"]?.length ?? 0) + (drawn["nearby-cameras"]?.length ?? 0)).toBeGreaterThan(0);
    await context.close();
  });
});
