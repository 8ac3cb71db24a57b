// A PDF's text as pdfkit draws it with the built-in fonts: each line is hex strings in TJ
// arrays (the console leaves its content streams uncompressed); a wrapped line loses the
// space at its break, which joining the lines with a space gives back.
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const m of pdf.toString("latin1").matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)) {
    lines.push([...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, "hex").toString("latin1")).join(""));
  }
  return lines.join(" ").replace(/\s+/g, " ");
}
