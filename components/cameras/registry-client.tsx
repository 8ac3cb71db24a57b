"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { apiFetch } from "@/components/ui/api-fetch";
import { PanelBoundary } from "@/components/ui/panel-boundary";
import type { KotaCounts, ProviderProgress, RegistryCamera } from "@/lib/cameras/registry-camera";

import { CameraUpload } from "./camera-upload";
import { CameraViewEditor } from "./camera-view-editor";
import { RegistryCounts } from "./registry-counts";
import { type FilterValues, RegistryFilters } from "./registry-filters";

type Page = { cameras: RegistryCamera[]; total: number; pageSize: number };

interface Props {
  initial: Page;
  counts: { byKota: KotaCounts[]; providers: ProviderProgress[] };
  areas: { code: string; name: string; level: string; kotaCode: string }[];
  role: string;
  mapboxToken: string | null;
}

const queryOf = (f: FilterValues, page: number) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, String(v));
  q.set("page", String(page));
  return q.toString();
};

// The camera registry: filters over every camera, the counts the city reports, each provider's
// progress, one camera's view edited with its cone redrawn, and an admin's CSV upload.
export function RegistryClient({ initial, counts: initialCounts, areas, role, mapboxToken }: Props) {
  const t = useTranslations("registry");
  const tv = useTranslations("cameraVocabulary");
  const f = useFormatter();
  const [filter, setFilter] = useState<FilterValues>({});
  const [page, setPage] = useState(1);
  const [data, setData] = useState(initial);
  const [counts, setCounts] = useState(initialCounts);
  const [selected, setSelected] = useState<RegistryCamera | null>(null);
  const [error, setError] = useState<string | null>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let stale = false;
    // Typing in the name box asks once it pauses, not at every key.
    const timer = setTimeout(() => {
      void apiFetch<Page>(`/api/cameras?${queryOf(filter, page)}`).then((res) => {
        if (stale) return;
        if (res.ok) setData(res.data);
        setError(res.ok ? null : res.error.message);
      });
    }, 200);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [filter, page]);

  const reloadCounts = () =>
    void apiFetch<typeof counts>("/api/cameras/registry-counts").then((r) => r.ok && setCounts(r.data));
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const yes = (b: boolean) => (b ? "✓" : "");

  return (
    <div className="registry-screen">
      <section className="panel registry-main">
        <PanelBoundary name={t("title")}>
          <h2>
            {t("title")} <span className="muted">({f.number(data.total)})</span>
          </h2>
          <RegistryFilters
            value={filter}
            onChange={(v) => {
              setFilter(v);
              setPage(1);
            }}
            areas={areas}
            providers={counts.providers.map((p) => p.provider)}
          />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <table className="grid compact board" data-testid="registry-table">
            <thead>
              <tr>
                <th>{t("name")}</th>
                <th>{t("where")}</th>
                <th>{t("filters.ownerType")}</th>
                <th>{t("filters.accessMode")}</th>
                <th>{t("filters.status")}</th>
                <th>{t("filters.provider")}</th>
                <th title={t("filters.jsc")}>JSC</th>
                <th title={t("filters.police")}>{t("policeShort")}</th>
                <th title={t("filters.ringOne")}>{t("ringShort")}</th>
                <th>{t("view")}</th>
                <th>{t("origin")}</th>
              </tr>
            </thead>
            <tbody>
              {data.cameras.map((c) => (
                <tr
                  key={c.id}
                  className={c.id === selected?.id ? "selected" : undefined}
                  onClick={() => setSelected(c)}
                  tabIndex={0}
                  onKeyDown={(e) => e.key === "Enter" && setSelected(c)}
                  data-id={c.id}
                >
                  <td>{c.name}</td>
                  <td>{c.kecamatan ? `${c.kecamatan}, ${c.kota ?? ""}` : t("outside")}</td>
                  <td>{tv(`owner.${c.ownerType}`)}</td>
                  <td>{tv(`access.${c.accessMode}`)}</td>
                  <td data-health={c.status}>{tv(`health.${c.status}`)}</td>
                  <td>{c.provider}</td>
                  <td>{yes(c.jscIntegrated)}</td>
                  <td>{yes(c.policeConnected)}</td>
                  <td>{yes(c.ringOne)}</td>
                  <td className="num">
                    {c.bearingDeg === null ? "PTZ" : `${Math.round(c.bearingDeg)}°`} / {Math.round(c.fovDeg)}° /{" "}
                    {Math.round(c.rangeM)} m
                  </td>
                  <td>{c.generated ? t("generatedShort") : t("realShort")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="pager">
            <button type="button" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              ‹
            </button>{" "}
            {t("page", { page, pages })}{" "}
            <button type="button" disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
              ›
            </button>
          </p>
        </PanelBoundary>
      </section>
      <section className="panel registry-side">
        <PanelBoundary name={t("perKota")}>
          {selected && (
            <CameraViewEditor
              key={selected.id}
              camera={selected}
              canEdit={role === "monitor" || role === "admin"}
              mapboxToken={mapboxToken}
              onSaved={(c) => {
                setSelected(c);
                setData((d) => ({ ...d, cameras: d.cameras.map((x) => (x.id === c.id ? c : x)) }));
              }}
            />
          )}
          <RegistryCounts
            byKota={counts.byKota}
            providers={counts.providers}
            canSetTargets={role === "admin"}
            onChanged={reloadCounts}
          />
          {role === "admin" && (
            <CameraUpload
              onDone={() => {
                reloadCounts();
                setFilter((x) => ({ ...x }));
              }}
            />
          )}
        </PanelBoundary>
      </section>
    </div>
  );
}
