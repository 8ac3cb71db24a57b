import { describe, expect, it } from "vitest";

import { csvCell, csvLine, csvStream } from "./csv";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM: keep the byte-order mark in the text, to see that it is there.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("csvCell", () => {
  it("leaves plain text, numbers and booleans as they are, and empties null", () => {
    expect(csvCell("Kemayoran")).toBe("Kemayoran");
    expect(csvCell(-6.1754)).toBe("-6.1754");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling the quotes inside", () => {
    expect(csvCell("Jl. Gatot Subroto, Kav. 12")).toBe('"Jl. Gatot Subroto, Kav. 12"');
    expect(csvCell('asap "tebal"')).toBe('"asap ""tebal"""');
    expect(csvCell("baris satu\nbaris dua")).toBe('"baris satu\nbaris dua"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell(" spasi ")).toBe('" spasi "');
  });

  it("keeps text that a spreadsheet would run as a formula as text", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+6281300000001")).toBe("'+6281300000001");
    expect(csvCell("-1+1")).toBe("'-1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("1=1")).toBe("1=1");
  });
});

describe("csvStream", () => {
  it("writes a byte-order mark and the header, then every page's rows, CRLF-ended", async () => {
    async function* pages() {
      yield [{ n: 1, name: "Gambir" }];
      yield [];
      yield [
        { n: 2, name: "=cmd" },
        { n: 3, name: "a,b" },
      ];
    }
    const text = await readAll(csvStream(["n", "name"], pages(), (r) => [r.n, r.name]));
    expect(text).toBe('\uFEFFn,name\r\n1,Gambir\r\n2,\'=cmd\r\n3,"a,b"\r\n');
    expect(csvLine(["x", null, 3])).toBe("x,,3\r\n");
  });

  it("reads no page before the reader asks for it", async () => {
    let asked = 0;
    async function* pages() {
      for (let i = 0; i < 1_000; i++) {
        asked++;
        yield [i];
      }
    }
    const reader = csvStream(["i"], pages(), (i) => [i]).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(asked).toBeLessThanOrEqual(2);
  });
});
