import { describe, expect, it } from "vitest";
import { z } from "zod";

import { importRows, MAX_REASONS, type RowPlan } from "./import-rows";
import type { RowSource, SourceRow } from "./row-source";

const schema = z.object({ id: z.string().min(1, "required"), n: z.coerce.number().int("must be a whole number") });
type Row = z.output<typeof schema>;

const source = (rows: SourceRow[]): RowSource => ({
  format: "csv",
  columns: ["id", "n"],
  total: null,
  rows: (async function* () {
    yield* rows;
  })(),
});
const lines = (...fields: Record<string, string>[]) =>
  fields.map((f, i): SourceRow => ({ ref: { line: i + 2 }, fields: f }));

function recorder(over: Partial<RowPlan<Row>> = {}) {
  const batches: Row[][] = [];
  const plan: RowPlan<Row> = {
    schema,
    keyOf: (r) => r.id,
    batchSize: 2,
    write: async (rows) => {
      batches.push(rows);
    },
    ...over,
  };
  return { batches, plan };
}

describe("importRows", () => {
  it("writes the valid rows in batches and reports the others by line", async () => {
    const { batches, plan } = recorder();
    const tally = await importRows(
      source([
        ...lines(
          { id: "a", n: "1" },
          { id: "", n: "2" },
          { id: "b", n: "x" },
          { id: "c", n: "3" },
          { id: "d", n: "4" },
        ),
        { ref: { line: 7 }, error: "has 1 fields where the header has 2" },
      ]),
      plan,
    );
    expect(batches).toEqual([
      [
        { id: "a", n: 1 },
        { id: "c", n: 3 },
      ],
      [{ id: "d", n: 4 }],
    ]);
    expect(tally).toEqual({
      read: 6,
      imported: 3,
      repeated: 0,
      rejected: 3,
      interrupted: false,
      reasons: [
        { ref: { line: 3 }, reason: "id: required" },
        { ref: { line: 4 }, reason: "n: Invalid input: expected number, received NaN" },
        { ref: { line: 7 }, reason: "has 1 fields where the header has 2" },
      ],
    });
  });

  it("keeps the last of rows with one key, never twice in one statement", async () => {
    const { batches, plan } = recorder({ batchSize: 3 });
    const tally = await importRows(
      source(
        lines({ id: "a", n: "1" }, { id: "a", n: "2" }, { id: "b", n: "3" }, { id: "c", n: "4" }, { id: "a", n: "5" }),
      ),
      plan,
    );
    expect(batches).toEqual([
      [
        { id: "a", n: 2 },
        { id: "b", n: 3 },
        { id: "c", n: 4 },
      ],
      [{ id: "a", n: 5 }],
    ]);
    expect(tally).toMatchObject({ read: 5, imported: 3, repeated: 2, rejected: 0 });
  });

  it("keeps only the first reasons but counts every rejected row", async () => {
    const { plan } = recorder();
    const tally = await importRows(source(lines(...Array.from({ length: 50 }, () => ({ id: "", n: "1" })))), plan);
    expect(tally.rejected).toBe(50);
    expect(tally.reasons).toHaveLength(MAX_REASONS);
  });

  it("retries a refused batch row by row and rejects only the row the database refused", async () => {
    const { batches, plan } = recorder({
      batchSize: 10,
      write: async (rows) => {
        if (rows.some((r) => r.n < 0)) throw new Error('new row violates check constraint "n_positive"');
        batches.push(rows);
      },
    });
    const tally = await importRows(source(lines({ id: "a", n: "1" }, { id: "b", n: "-1" }, { id: "c", n: "2" })), plan);
    expect(batches).toEqual([[{ id: "a", n: 1 }], [{ id: "c", n: 2 }]]);
    expect(tally).toMatchObject({
      imported: 2,
      rejected: 1,
      reasons: [{ ref: { line: 3 }, reason: 'not written: new row violates check constraint "n_positive"' }],
    });
  });

  it("stops when every row fails on its own: the database is down", async () => {
    const { plan } = recorder({
      write: async () => {
        throw new Error("connection refused");
      },
    });
    await expect(importRows(source(lines({ id: "a", n: "1" }, { id: "b", n: "2" })), plan)).rejects.toThrow(
      "connection refused",
    );
  });

  it("reads the whole file first when the rows need an order", async () => {
    const { batches, plan } = recorder({ order: (rows) => [...rows].sort((x, y) => x.n - y.n) });
    await importRows(source(lines({ id: "c", n: "3" }, { id: "a", n: "1" }, { id: "b", n: "2" })), plan);
    expect(batches).toEqual([
      [
        { id: "a", n: 1 },
        { id: "b", n: 2 },
      ],
      [{ id: "c", n: 3 }],
    ]);
  });

  it("stops reading when interrupted, writing what it read unless the rows wait for an order", async () => {
    const controller = new AbortController();
    const rows = lines({ id: "a", n: "1" }, { id: "b", n: "2" }, { id: "c", n: "3" });
    const interrupting = (async function* () {
      yield rows[0]!;
      controller.abort();
      yield* rows.slice(1);
    })();
    const streamed = recorder({ batchSize: 10 });
    const tally = await importRows({ ...source([]), rows: interrupting }, streamed.plan, { signal: controller.signal });
    expect(tally).toMatchObject({ read: 1, imported: 1, interrupted: true });
    expect(streamed.batches).toEqual([[{ id: "a", n: 1 }]]);

    const ordered = recorder({ order: (r) => r });
    const aborted = AbortSignal.abort();
    expect(await importRows(source(rows), ordered.plan, { signal: aborted })).toMatchObject({
      read: 0,
      imported: 0,
      interrupted: true,
    });
    expect(ordered.batches).toEqual([]);
  });
});
