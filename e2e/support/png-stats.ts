import { PNG } from "pngjs";

export interface PngStats {
  /** How many different RGB colours the image has. */
  colours: number;
  /** The share of pixels that differ from the most common colour (the background). */
  nonBackgroundShare: number;
}

// A blank or cleared map canvas is one colour; a drawn one has many, over a real share of it.
export function pngStats(png: Buffer): PngStats {
  const { data, width, height } = PNG.sync.read(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  const background = Math.max(...counts.values());
  return { colours: counts.size, nonBackgroundShare: 1 - background / (width * height) };
}
