/**
 * Progress on stderr for long runs: files read, claims found, a bar. Only on a terminal, never in CI, never with
 * --quiet, never on stdout; it appears after a moment (short runs stay silent) and is erased when the run ends.
 */
import type { Progress } from "../engine/check.js";

const DELAY_MS = 1500;
const EVERY_MS = 100;
const WIDTH = 24;

export interface ProgressView {
  onProgress: (p: Progress) => void;
  done: () => void;
}

export function progressView(stderr: { write(s: string): unknown; isTTY?: boolean }, env: Record<string, string | undefined>, quiet: boolean, now: () => number = Date.now): ProgressView {
  const enabled = !!stderr.isTTY && !quiet && !env.CI && env.TERM !== "dumb";
  if (!enabled) return { onProgress: () => {}, done: () => {} };
  const start = now();
  let last = 0;
  let shown = false;
  return {
    onProgress: (p) => {
      const t = now();
      if (t - start < DELAY_MS || t - last < EVERY_MS) return;
      last = t;
      shown = true;
      const fraction = p.total ? p.done / p.total : 0;
      const filled = Math.round(fraction * WIDTH);
      const bar = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}]`;
      const what = p.phase === "read" ? `reading ${p.done}/${p.total} files` : p.phase === "analyse" ? `${p.done}/${p.total} files, ${p.claims} claims` : "comparing claims";
      stderr.write(`\r\x1b[2Kclaimcheck ${bar} ${what}`);
    },
    done: () => {
      if (shown) stderr.write("\r\x1b[2K");
    },
  };
}
