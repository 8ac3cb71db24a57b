import PDFDocument from "pdfkit";

import type { IncidentRecord } from "./incident-record";
import { RECORD_CAMERA_RADIUS_M } from "./record-access";
import { recordSections } from "./record-sections";
import type { RecordText } from "./record-text";

const MARGIN = 40;
const WIDTH = 595.28 - 2 * MARGIN;
// PDF's own Helvetica writes WinAnsi only: what lies outside it is written the nearest way.
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const winAnsi = (s: string) =>
  s.replaceAll("→", "->").replace(/./gu, (c) => (c.charCodeAt(0) < 0x100 || WIN_ANSI_EXTRA.includes(c) ? c : "?"));

/**
 * The record as an A4 PDF, section by section as the page shows it (lib/incidents/record-sections).
 * Content streams are left uncompressed, as the footage letter's are: the text can be checked as it is.
 */
export function recordPdf(
  record: IncidentRecord,
  text: RecordText,
  reader: { name: string; seq: number },
): Promise<Buffer> {
  const { t } = text;
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: false,
    bufferPages: true,
    info: { Title: winAnsi(t("record.title", { number: record.incident.number })), Author: "Jakarta Siaga 112" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const heading = (s: string) => {
    if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
    doc.moveDown(0.6).font("Helvetica-Bold").fontSize(11).text(winAnsi(s), MARGIN, doc.y).moveDown(0.2);
  };
  const note = (s: string) =>
    doc.font("Helvetica").fontSize(8.5).fillColor("#555").text(winAnsi(s), MARGIN).fillColor("black");
  // One row of a table: cells wrap within their columns, and the row moves to a new page whole.
  const row = (cells: string[], widths: number[], bold = false) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8.5);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(winAnsi(c), { width: widths[i]! - 4 }))) + 5;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.text(winAnsi(c), x, y + 2, { width: widths[i]! - 4 });
      x += widths[i]!;
    });
    doc.y = y + height;
    doc
      .moveTo(MARGIN, doc.y - 1)
      .lineTo(MARGIN + WIDTH, doc.y - 1)
      .lineWidth(0.3)
      .strokeColor("#bbb")
      .stroke();
  };
  const columns = (...shares: number[]) => shares.map((s) => (s / shares.reduce((a, b) => a + b, 0)) * WIDTH);

  doc
    .font("Helvetica-Bold")
    .fontSize(15)
    .text(winAnsi(t("record.title", { number: record.incident.number })));
  note(t("record.asOf", { time: text.at(new Date().toISOString()), seq: reader.seq, name: reader.name }));

  const sections = recordSections(record, text);
  heading(t("record.summary"));
  for (const [label, value] of sections.summary) row([label, value], columns(1, 3));

  heading(t("record.place"));
  drawMap(doc, record.map, text);

  heading(t("record.intervals"));
  for (const [label, value] of sections.intervals) row([label, value], columns(3, 1));

  heading(t("record.calls"));
  if (sections.calls.rows.length === 0) note(t("record.noCalls"));
  else
    for (const r of [sections.calls.head, ...sections.calls.rows])
      row(r, columns(3, 2, 2, 2, 2, 2), r === sections.calls.head);

  heading(t("record.assignments"));
  if (sections.assignments.length === 0) note(t("record.noAssignments"));
  for (const a of sections.assignments) {
    doc
      .font("Helvetica-Bold")
      .fontSize(9)
      .text(winAnsi(a.head), MARGIN, doc.y + 4);
    for (const r of [a.stepHead, ...a.steps]) row(r, columns(2, 3, 1), r === a.stepHead);
    for (const line of a.notes) doc.font("Helvetica").fontSize(8.5).text(winAnsi(line), MARGIN);
  }

  heading(t("record.cameraViews"));
  note(t("record.cameraViewsNote", { radius: RECORD_CAMERA_RADIUS_M }));
  if (sections.cameraViews.rows.length === 0) note(t("record.noCameraViews"));
  else
    for (const r of [sections.cameraViews.head, ...sections.cameraViews.rows])
      row(r, columns(3, 2, 3, 1), r === sections.cameraViews.head);

  heading(t("record.footage"));
  if (sections.footage.rows.length === 0) note(t("record.noFootage"));
  else
    for (const r of [sections.footage.head, ...sections.footage.rows])
      row(r, columns(2, 3, 1.3, 2, 1.5, 1.5, 2.5), r === sections.footage.head);

  heading(t("record.timeline"));
  for (const r of [sections.timeline.head, ...sections.timeline.rows])
    row(r, columns(0.6, 2.4, 1.8, 6), r === sections.timeline.head);

  // Each page says which incident it belongs to and where it stands: pages get separated.
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(7.5)
      .fillColor("#555")
      .text(
        winAnsi(`${record.incident.number} · ${t("record.page", { page: i + 1, pages: range.count })}`),
        MARGIN,
        doc.page.height - MARGIN + 12,
        { width: WIDTH, align: "right", lineBreak: false },
      );
  }
  doc.end();
  return done;
}

// The same paths the page's SVG draws, scaled into the column.
function drawMap(doc: PDFKit.PDFDocument, map: IncidentRecord["map"], text: RecordText) {
  const scale = Math.min(1, (WIDTH * 0.75) / map.width);
  const height = map.height * scale;
  if (doc.y + height + 20 > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y;
  doc.save().translate(MARGIN, top).scale(scale);
  doc.rect(0, 0, map.width, map.height).lineWidth(0.5).strokeColor("#999").stroke();
  for (const a of map.areas)
    doc
      .path(a.d)
      .lineWidth(a.own ? 1.6 : 0.6)
      .fillColor(a.own ? "#fde9c8" : "#f2f2f2")
      .strokeColor(a.own ? "#b45309" : "#888")
      .fillAndStroke();
  // The stations over the incident: the one sent from next door would hide under it.
  doc
    .circle(map.incident.x, map.incident.y, 6)
    .fillColor("#dc2626")
    .strokeColor("white")
    .lineWidth(1.5)
    .fillAndStroke();
  for (const s of map.stations)
    doc
      .rect(s.x - 4, s.y - 4, 8, 8)
      .fillColor("#1d4ed8")
      .fill();
  doc
    .moveTo(10, map.height - 10)
    .lineTo(10 + map.scale.px, map.height - 10)
    .lineWidth(2)
    .strokeColor("black")
    .stroke();
  doc.restore();
  doc.fillColor("black").strokeColor("black");
  doc.y = top + height + 4;
  // The legend with the map's own marks: Helvetica has no circle or square to write them with.
  const y = doc.y + 5;
  const incidentLabel = winAnsi(text.t("record.mapIncident"));
  const stationLabel = winAnsi(
    `${text.t("record.mapStation")} (${map.stations.map((s) => s.name).join(", ") || "—"}) · ${map.scale.metres} m`,
  );
  doc.font("Helvetica").fontSize(8);
  doc
    .circle(MARGIN + 3, y, 3)
    .fillColor("#dc2626")
    .fill();
  doc.fillColor("black").text(incidentLabel, MARGIN + 9, y - 3, { lineBreak: false });
  const x = MARGIN + 9 + doc.widthOfString(incidentLabel) + 12;
  doc
    .rect(x, y - 3, 6, 6)
    .fillColor("#1d4ed8")
    .fill();
  doc.fillColor("black").text(stationLabel, x + 9, y - 3, { lineBreak: false });
  doc.x = MARGIN;
  doc.y = y + 8;
  if (map.areas.length === 0) doc.text(winAnsi(text.t("record.mapNoBoundary")), MARGIN);
}
