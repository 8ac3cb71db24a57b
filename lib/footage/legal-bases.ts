import type { LegalBasis } from "./vocabulary";

// The legal bases a footage request may cite, as the letter prints them. Kept short and
// checkable; the police's legal office should confirm the wording. The new KUHAP passed in
// November 2025 replaces UU 8/1981 from 2 January 2026: its article numbers differ, so the
// KUHAP entry must be brought up to date with it before the console is used in earnest.
export const legalBases = {
  kuhap_penyelidikan: {
    id: "UU No. 8 Tahun 1981 (KUHAP) Pasal 5 ayat (1) dan Pasal 7 ayat (1): wewenang penyelidik dan penyidik mencari keterangan dan barang bukti",
    en: "Law 8/1981 (KUHAP, Criminal Procedure Code) Art. 5(1) and 7(1): the investigator's power to seek information and evidence",
  },
  uu_polri: {
    id: "UU No. 2 Tahun 2002 tentang Kepolisian Negara RI Pasal 14 ayat (1) huruf g dan Pasal 16 ayat (1)",
    en: "Law 2/2002 on the National Police, Art. 14(1)(g) and 16(1): inquiry into and investigation of criminal acts",
  },
  uu_pdp_penegakan_hukum: {
    id: "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi Pasal 15 ayat (1) huruf b (kepentingan proses penegakan hukum) dan Pasal 20 ayat (2) huruf c (kewajiban hukum pengendali)",
    en: "Law 27/2022 on Personal Data Protection, Art. 15(1)(b) (law enforcement) and Art. 20(2)(c) (the controller's legal obligation)",
  },
  uu_ite_alat_bukti: {
    id: "UU No. 11 Tahun 2008 tentang ITE sebagaimana diubah terakhir dengan UU No. 1 Tahun 2024, Pasal 5 ayat (1) dan (2): informasi elektronik sebagai alat bukti yang sah",
    en: "Law 11/2008 on Electronic Information and Transactions as last amended by Law 1/2024, Art. 5(1)-(2): electronic information as lawful evidence",
  },
} as const satisfies Record<LegalBasis, { id: string; en: string }>;

export { type LegalBasis, legalBasisCodes } from "./vocabulary";
