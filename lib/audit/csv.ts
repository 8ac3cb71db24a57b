/** A value of one CSV cell: text is quoted as needed, numbers and booleans are written as they are. */
export type CsvValue = string | number | boolean | null | undefined;

// A spreadsheet runs a cell that begins so as a formula (=, +, -, @, and the tab and carriage
// return that some of them skip first): a caller's words or a crafted name must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, RFC 4180: quoted when it holds a comma, quote or line break; text that reads as a formula gets a leading '. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, ended by CRLF as RFC 4180 says. */
export const csvLine = (cells: readonly CsvValue[]): string => `${cells.map(csvCell).join(",")}\r\n`;

/**
 * A CSV body streamed page by page: the header, then each page's rows as the source yields
 * them, so an export of a year never sits in memory as one string. A byte-order mark first,
 * so that a spreadsheet opens the UTF-8 names (Kelapa Gading, "Penjaringan") as written.
 */
export function csvStream<T>(
  header: readonly string[],
  pages: AsyncIterable<readonly T[]>,
  toCells: (row: T) => readonly CsvValue[],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((row) => csvLine(toCells(row))).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
