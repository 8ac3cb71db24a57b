import fs from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";

import type { HistoryKelurahan, PlaceWeights } from "./plan-history";

// Copies of ../shared/data/incidents (Satu Data Jakarta, 2024): 1,969 fires per kelurahan and
// 500 floods per kelurahan and month. Names match the boundaries' but for a few spellings.
const dataDir = path.join(process.cwd(), "lib", "history", "data");

const spellings: [RegExp, string][] = [
  [/kesuma/g, "kusuma"],
  [/mulya/g, "mulia"],
  [/ranggon/g, "rangon"],
  [/priuk/g, "priok"],
  [/meriem/g, "meriam"],
  [/papango\b/g, "papanggo"],
  [/^p\.\s*/g, "pulau "],
];

/** A kelurahan's name as both tables can agree on it. */
export function nameKey(name: string): string {
  let n = name.toLowerCase().trim();
  for (const [from, to] of spellings) n = n.replace(from, to);
  return n.replace(/[^a-z]/g, "");
}

const months = [
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
];

/** Fires by kelurahan code, floods by `code/month`; a name found in no kelurahan is counted in `unmatched`. */
export function readPlaceWeights(kelurahan: readonly HistoryKelurahan[]): PlaceWeights & { unmatched: number } {
  const byName = new Map<string, HistoryKelurahan[]>();
  for (const k of kelurahan) byName.set(nameKey(k.name), [...(byName.get(nameKey(k.name)) ?? []), k]);
  // Two kelurahan of one name (there are a few) are told apart by their kecamatan.
  const find = (kel: string, kec: string) => {
    const found = byName.get(nameKey(kel)) ?? [];
    return found.length > 1 ? found.find((k) => nameKey(k.kecamatan.name) === nameKey(kec)) : found[0];
  };
  let unmatched = 0;
  const fires = new Map<string, number>();
  const fireRows = parse<Record<string, string>>(
    fs.readFileSync(path.join(dataDir, "kebakaran_per_kelurahan_2024.csv")),
    {
      columns: true,
      delimiter: ";",
    },
  );
  for (const r of fireRows) {
    const k = find(r.kelurahan ?? "", r.kecamatan ?? "");
    if (!k) unmatched++;
    else fires.set(k.code, (fires.get(k.code) ?? 0) + Number(r.frekuensi));
  }
  const floods = new Map<string, number>();
  const floodRows = parse<Record<string, string>>(
    fs.readFileSync(path.join(dataDir, "banjir_per_kelurahan_bulan_2024.csv")),
    {
      columns: true,
    },
  );
  for (const r of floodRows) {
    const k = find(r.kelurahan ?? "", r.kecamatan ?? "");
    const month = months.indexOf((r.bulan ?? "").toLowerCase()) + 1;
    if (!k || month === 0) unmatched++;
    else floods.set(`${k.code}/${month}`, (floods.get(`${k.code}/${month}`) ?? 0) + Number(r.jumlah_kejadian));
  }
  return { fires, floods, unmatched };
}
