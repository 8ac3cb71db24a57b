import PDFDocument from "pdfkit";

import type { RequestLetter } from "./request-letter";

// The letter as an A4 PDF in PDF's own Helvetica (no font file to ship). Content streams are
// left uncompressed: a one-page letter stays small, and its text can be checked as it is.
export function letterPdf(letter: RequestLetter): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 60,
    compress: false,
    info: { Title: `Surat ${letter.letterNumber}`, Subject: letter.subject, Author: letter.requestingUnit },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.font("Helvetica-Bold").fontSize(13).text("KEPOLISIAN NEGARA REPUBLIK INDONESIA", { align: "center" });
  doc.fontSize(11).text(letter.requestingUnit.toUpperCase(), { align: "center" });
  doc.moveDown(0.3).moveTo(60, doc.y).lineTo(535, doc.y).stroke().moveDown(1);
  doc.font("Helvetica").fontSize(10.5);
  doc.text(`${letter.place}, ${letter.date}`, { align: "right" });
  doc.moveDown(0.5);
  doc.text(`Nomor: ${letter.letterNumber}`);
  doc.text(`Perihal: ${letter.subject}`);
  doc.moveDown(0.5);
  doc.text("Kepada Yth.");
  doc.font("Helvetica-Bold").text(letter.to);
  doc.font("Helvetica").text("di tempat").moveDown(1);
  for (const f of letter.fields) {
    const y = doc.y;
    doc.font("Helvetica-Bold").text(f.label, 60, y, { width: 150 });
    const labelEnd = doc.y;
    doc.font("Helvetica").text(f.value, 215, y, { width: 320 });
    doc.y = Math.max(doc.y, labelEnd) + 4;
  }
  doc.x = 60;
  doc.moveDown(0.5);
  for (const p of letter.body) doc.text(p, { align: "justify" }).moveDown(0.5);
  doc.moveDown(1.5);
  doc.text(`a.n. ${letter.requestingUnit}`, 330);
  doc.moveDown(3);
  doc.font("Helvetica-Bold").text(letter.signer || "(ttd)", 330);
  doc.end();
  return done;
}
