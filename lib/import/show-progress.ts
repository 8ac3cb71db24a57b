import cliProgress from "cli-progress";

/** Below this many rows an import is over before a bar would help. */
export const PROGRESS_MIN_ROWS = 5_000;

export interface Progress {
  update: (read: number) => void;
  stop: () => void;
}

export function showProgress(label: string, total: number): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% {value}/{total} rows, {eta_formatted} left`,
      stream: process.stdout,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 40,
    },
    cliProgress.Presets.shades_classic,
  );
  let max = total;
  bar.start(max, 0);
  return {
    update: (read) => {
      // The CSV total is an estimate (a quoted field may span lines).
      if (read > max) bar.setTotal((max = read));
      bar.update(read);
    },
    stop: () => bar.stop(),
  };
}
