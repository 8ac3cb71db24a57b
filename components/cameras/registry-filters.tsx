"use client";
import { useTranslations } from "next-intl";

import { accessModes, cameraHealth, ownerTypes } from "@/lib/cameras/vocabulary";
import { cameraCapabilities, type RegistryFilter } from "@/lib/validations/camera-registry";

export type FilterValues = Omit<RegistryFilter, "page">;
type AreaOption = { code: string; name: string; level: string; kotaCode: string };

/** The registry's filters as one row of selects; each change asks for the first page again. */
export function RegistryFilters({
  value,
  onChange,
  areas,
  providers,
}: {
  value: FilterValues;
  onChange: (v: FilterValues) => void;
  areas: AreaOption[];
  providers: string[];
}) {
  const t = useTranslations("registry");
  const tv = useTranslations("cameraVocabulary");
  const set = (key: keyof FilterValues, v: string) => onChange({ ...value, [key]: v === "" ? undefined : v });
  const select = (key: keyof FilterValues, options: readonly { value: string; label: string }[]) => (
    <label key={key}>
      <span>{t(`filters.${key}`)}</span>
      <select value={value[key] ?? ""} onChange={(e) => set(key, e.target.value)} name={key}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const yesNo = [
    { value: "yes", label: t("yes") },
    { value: "no", label: t("no") },
  ];
  const kecamatan = areas.filter((a) => a.level === "kecamatan" && (!value.kota || a.kotaCode === value.kota));
  return (
    <form className="registry-filters" onSubmit={(e) => e.preventDefault()} data-testid="registry-filters">
      <label>
        <span>{t("filters.q")}</span>
        <input value={value.q ?? ""} onChange={(e) => set("q", e.target.value)} name="q" />
      </label>
      {select(
        "ownerType",
        ownerTypes.map((o) => ({ value: o, label: tv(`owner.${o}`) })),
      )}
      {select(
        "accessMode",
        accessModes.map((o) => ({ value: o, label: tv(`access.${o}`) })),
      )}
      {select(
        "status",
        cameraHealth.map((o) => ({ value: o, label: tv(`health.${o}`) })),
      )}
      {select(
        "kota",
        areas.filter((a) => a.level === "kota").map((a) => ({ value: a.code, label: a.name })),
      )}
      {select(
        "kecamatan",
        kecamatan.map((a) => ({ value: a.code, label: a.name })),
      )}
      {select(
        "provider",
        providers.map((p) => ({ value: p, label: p })),
      )}
      {select("jsc", yesNo)}
      {select("police", yesNo)}
      {select("ringOne", yesNo)}
      {select(
        "capability",
        cameraCapabilities.map((c) => ({ value: c, label: tv(`capability.${c}`) })),
      )}
      {select("generated", [
        { value: "no", label: t("real") },
        { value: "yes", label: t("generatedOnly") },
      ])}
    </form>
  );
}
