import { describe, expect, it } from "vitest";

import { keyedQueue } from "./one-at-a-time";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("keyedQueue", () => {
  it("runs works of one key one after another, even when one fails", async () => {
    const queue = keyedQueue();
    const log: string[] = [];
    const a = queue(1, async () => {
      log.push("a start");
      await tick(20);
      log.push("a end");
      throw new Error("a failed");
    });
    const b = queue(1, async () => {
      log.push("b start");
      return "b";
    });
    await expect(a).rejects.toThrow("a failed");
    expect(await b).toBe("b");
    expect(log).toEqual(["a start", "a end", "b start"]);
  });

  it("does not hold one key's work behind another key's", async () => {
    const queue = keyedQueue();
    const log: string[] = [];
    const slow = queue(1, async () => {
      await tick(50);
      log.push("slow");
    });
    await queue(2, async () => {
      log.push("other");
    });
    expect(log).toEqual(["other"]);
    await slow;
  });
});
