import { z } from "zod";

import type { FootageRequestView } from "./footage-request-view";
import { legalBases } from "./legal-bases";

/** What the letter to the camera's owner says, line by line; the print view and the PDF both show this. */
export const requestLetterSchema = z.object({
  letterNumber: z.string(),
  place: z.string(),
  date: z.string().describe("the approval's date in Jakarta, written out"),
  requestingUnit: z.string(),
  to: z.string(),
  subject: z.string(),
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  body: z.array(z.string()),
  signer: z.string(),
});
export type RequestLetter = z.infer<typeof requestLetterSchema>;

const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];
const WIB_MS = 7 * 3_600_000;

/** A date as an Indonesian letter writes it: 26 November 2026. */
export function tanggal(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** An instant in Jakarta's time: 26 November 2026 10.15 WIB. */
export function waktuWib(at: string): string {
  const local = new Date(Date.parse(at) + WIB_MS).toISOString();
  return `${tanggal(local.slice(0, 10))} ${local.slice(11, 13)}.${local.slice(14, 16)} WIB`;
}

// The letter is an official one to an owner in Jakarta: it is written in Bahasa Indonesia
// whatever the console's language, as the police's own letters are.
export function requestLetter(r: FootageRequestView & { letterNumber: string; decidedAt: string }): RequestLetter {
  const owner = r.ownerName ?? "Pemilik kamera";
  return {
    letterNumber: r.letterNumber,
    place: "Jakarta",
    date: tanggal(new Date(Date.parse(r.decidedAt) + WIB_MS).toISOString().slice(0, 10)),
    requestingUnit: r.requestingUnit,
    to: owner,
    subject: "Permintaan salinan rekaman CCTV",
    fields: [
      { label: "Nomor kejadian", value: r.incidentNumber },
      { label: "Kamera", value: `${r.cameraName} (${r.cameraExternalId})` },
      { label: "Lokasi kamera", value: r.cameraAddress ?? "-" },
      { label: "Pemilik", value: owner },
      { label: "Kontak pemilik", value: r.ownerContact ?? "-" },
      { label: "Rentang waktu", value: `${waktuWib(r.windowStart)} s.d. ${waktuWib(r.windowEnd)}` },
      { label: "Dasar hukum", value: legalBases[r.legalBasis].id },
      {
        label: "Rekaman tertimpa pada",
        value: r.overwriteOn
          ? `${tanggal(r.overwriteOn)} (masa simpan perekam ${r.retentionDays} hari)`
          : "tidak diketahui (masa simpan perekam tidak tercatat)",
      },
    ],
    body: [
      `Sehubungan dengan penanganan kejadian ${r.incidentNumber}, dengan hormat kami meminta salinan rekaman kamera tersebut di atas untuk rentang waktu yang disebutkan, berdasarkan dasar hukum tersebut di atas.`,
      r.overwriteOn
        ? `Mohon rekaman diamankan sebelum ${tanggal(r.overwriteOn)}, ketika perekam akan menimpanya.`
        : "Mohon rekaman segera diamankan sebelum perekam menimpanya.",
      "Rekaman digunakan semata-mata untuk kepentingan penegakan hukum dan dilindungi sesuai UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
    ],
    signer: r.approverName ?? "",
  };
}
