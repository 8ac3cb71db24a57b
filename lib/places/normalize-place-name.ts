// One form for a place's name and for what a call-taker types, so that trigram similarity
// compares like with like: lower case, no accents or punctuation, and the abbreviations of
// Jakarta's names in one spelling. "RS" stays short because hospitals are named "RSUD",
// "RSUP", "RSIA" (so "rumah sakit cipto" becomes "rs cipto" and meets "RSUP ... Cipto");
// the others become the full word, which gives the trigram index more to hold on to.
const phrases: [RegExp, string][] = [
  [/\brumah sakit\b/g, "rs"],
  [/\bkantor lurah\b/g, "kelurahan"],
  [/\bkantor camat\b/g, "kecamatan"],
];
const words: Record<string, string> = {
  jl: "jalan",
  jln: "jalan",
  st: "stasiun",
  stsn: "stasiun",
  stn: "stasiun",
  hlt: "halte",
  psr: "pasar",
  pkm: "puskesmas",
  kel: "kelurahan",
  kec: "kecamatan",
  kab: "kabupaten",
  jakut: "jakarta utara",
  jaksel: "jakarta selatan",
  jakbar: "jakarta barat",
  jaktim: "jakarta timur",
  jakpus: "jakarta pusat",
};

export function normalizePlaceName(text: string): string {
  let s = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  for (const [from, to] of phrases) s = s.replace(from, to);
  return s
    .split(" ")
    .map((w) => words[w] ?? w)
    .join(" ");
}
