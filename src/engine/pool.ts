/**
 * Where articles are analysed: in worker threads (piscina) when the run is big enough to pay for starting them,
 * otherwise on the main thread. Either way the same function runs, so results do not depend on --jobs.
 */
import fs from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { analyzeBatch, type BatchTask, type FileResult } from "./analyze-file.js";

/** Below this much text per worker, starting workers costs more than it saves. */
const BYTES_PER_WORKER = 512 * 1024;
/** Old-generation heap limit of a worker, in MB (an article's analysis needs a few MB; 50 MB of text needs more). */
const WORKER_OLD_MB = 128;
/**
 * Young-generation limit of a worker, in MB. An article's garbage is short-lived, so a small nursery costs no
 * measurable time and keeps two workers' peak memory about 60 MB lower (corpus: 533 -> 455 MB during analysis).
 */
const WORKER_YOUNG_MB = 8;

export interface Analyzer {
  run(task: BatchTask): Promise<FileResult[]>;
  /** Batches worth keeping in flight. */
  threads: number;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
}

/** The compiled worker script; under a TypeScript test runner, the build's copy in dist/. */
function workerFile(): string | undefined {
  for (const rel of ["./analyze-worker.js", "../../dist/engine/analyze-worker.js"]) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

export function createAnalyzer(jobs: number, totalBytes: number): Analyzer {
  const threads = Math.min(jobs, Math.ceil(totalBytes / BYTES_PER_WORKER));
  const filename = threads > 1 ? workerFile() : undefined;
  if (!filename) {
    return { run: async (task) => analyzeBatch(task), threads: 1, close: async () => {} };
  }
  // Workers run with a small heap, so garbage is collected early and memory stays bounded; a batch that needs
  // more (a huge article) runs again on the main thread, which has the default limits.
  const pool = new Piscina({ filename, minThreads: threads, maxThreads: threads, idleTimeout: 1000, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  return {
    run: async (task) => {
      try {
        return (await pool.run(task)) as FileResult[];
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ERR_WORKER_OUT_OF_MEMORY") throw e;
        return analyzeBatch(task);
      }
    },
    threads,
    close: () => pool.destroy(),
  };
}
