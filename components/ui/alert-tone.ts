"use client";

// Tones made in the browser, so that no sound file has to load before the first alarm.
// Browsers hold audio until the page has had a key press or a click; a console is worked by
// keyboard, so the context is resumed on the first one.
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof window === "undefined" || !("AudioContext" in window)) return null;
  context ??= new AudioContext();
  if (context.state === "suspended") void context.resume().catch(() => undefined);
  return context;
}

const TONES = {
  /** A new incident on the board: two rising notes. */
  incident: [660, 880],
  /** A job for the polsek: three insistent notes. */
  job: [880, 880, 880],
  /** A target missed: a falling pair. */
  breach: [740, 520],
} as const;

export type AlertTone = keyof typeof TONES;

export function playAlertTone(tone: AlertTone): void {
  // Counted on the page, so that a test (and anyone inspecting) can tell an alarm was raised.
  const root = document.documentElement;
  root.dataset.alertTones = String(Number(root.dataset.alertTones ?? 0) + 1);
  root.dataset.lastAlertTone = tone;
  const ctx = audio();
  if (!ctx) return;
  TONES[tone].forEach((hz, i) => {
    const start = ctx.currentTime + i * 0.22;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = "square";
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.18);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + 0.2);
  });
}
