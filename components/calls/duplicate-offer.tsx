"use client";
import { useTranslations } from "next-intl";

import { useApiData } from "@/components/ui/use-api-data";
import type { IncidentView } from "@/lib/incidents/incident-view";

import type { Place } from "./place-field";

type Nearby = IncidentView & { distanceM: number };

/** Open incidents of the same type near the place, each offered for linking. */
export function DuplicateOffer({
  type,
  place,
  onLink,
  disabled,
}: {
  type: string;
  place: Place | null;
  onLink: (incident: IncidentView) => void;
  disabled: boolean;
}) {
  const t = useTranslations("intake");
  const nearby =
    useApiData<Nearby[]>(
      type && place ? `/api/incidents/duplicates?type=${type}&lat=${place.lat}&lon=${place.lon}` : null,
    ) ?? [];

  if (!nearby.length) return null;
  return (
    <div className="notice duplicates" data-testid="duplicates">
      <p>{t("duplicates")}</p>
      <ul>
        {nearby.map((i) => (
          <li key={i.id} title={i.description ?? undefined}>
            <button type="button" disabled={disabled} onClick={() => onLink(i)}>
              {t("link", { number: i.number })}
            </button>{" "}
            {Math.round(i.distanceM)} m ·{" "}
            {[i.address ?? i.kelurahan?.name ?? i.kecamatan?.name, i.description].filter(Boolean).join(" · ")}
          </li>
        ))}
      </ul>
    </div>
  );
}
