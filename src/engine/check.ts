/**
 * The engine: paths in, report out. It finds and reads files, hands each article to the analyzer (worker
 * threads for big runs), keeps results in file order (so --jobs never changes the output), and caches.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { RunCollector, type AnalyzeOptions } from "../core/analyze.js";
import type { DocOptions } from "../core/analyze-doc.js";
import type { Severity } from "../core/types.js";
import { buildReport } from "../report/build-report.js";
import { overrideSeverity } from "../report/override-severity.js";
import { applyBaseline } from "../baseline/apply-baseline.js";
import type { Diagnostic, Report } from "../report/types.js";
import { VERSION } from "../version.js";
import { discover, displayPath, type FoundFile } from "./discover.js";
import { ClaimcheckError } from "./errors.js";
import { ignoreRules } from "./ignore-rules.js";
import { readBaseline } from "./baseline-file.js";
import { createAnalyzer, defaultJobs } from "./pool.js";
import type { FileResult } from "./analyze-file.js";
import { AnalysisCache, contentKey, runKey } from "./cache.js";

export interface Progress {
  phase: "read" | "analyse" | "compare";
  done: number;
  total: number;
  claims: number;
  /** Articles analysed in this run (the rest came from the cache). */
  analysed?: number;
}

export interface CheckOptions extends AnalyzeOptions {
  cwd?: string;
  /** Files and folders to skip (gitignore syntax, relative to cwd); .claimcheckignore in cwd is read too. */
  ignore?: string[];
  /** Severity per conflict kind; "off" drops the kind. */
  severity?: Record<string, Severity | "off">;
  /** A baseline file of accepted conflicts: each conflict then carries a baselineState. */
  baseline?: string;
  /** Worker threads for analysis (default: the number of cores). Output does not depend on it. */
  jobs?: number;
  /** Reuse analyses of unchanged articles (and the whole report of an unchanged run). */
  cache?: boolean;
  /** Cache folder; default node_modules/.cache/claimcheck under cwd. */
  cacheLocation?: string;
  onProgress?: (p: Progress) => void;
}

/** A work batch holds at most this many articles or bytes (one message each way for many small files). */
const BATCH_FILES = 64;
const BATCH_BYTES = 256 * 1024;
/** Batches in flight per analyzer thread. */
const IN_FLIGHT = 4;

interface Item {
  file: FoundFile;
  /** Read by the engine (for the cache key); otherwise the analyzer reads the file. */
  bytes?: Uint8Array;
  key?: string;
}

export async function check(paths: string[] = ["."], options: CheckOptions = {}): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const baseline = options.baseline ? readBaseline(options.baseline, cwd) : undefined;
  const where = paths.join(", ") || ".";
  const files = await discover(paths.length ? paths : ["."], cwd, diagnostics, ignoreRules(cwd, options.ignore ?? []));
  if (!files.length) throw new ClaimcheckError("NO_ARTICLES", `no article files (.txt, .md, .markdown, .html, .htm) found in ${where}`);
  const progress = options.onProgress ?? (() => {});
  const docOptions = { aliases: options.aliases };
  const cache = options.cache ? new AnalysisCache(AnalysisCache.location(cwd, options.cacheLocation), runKey([docOptions])) : undefined;
  let report: Report | undefined;
  let items: Item[];
  if (cache) {
    // The cache is keyed by content, so the files are read here first; an unchanged run is answered at once.
    items = await readAll(files, diagnostics, (done) => progress({ phase: "read", done, total: files.length, claims: 0 }));
    if (!items.length) throw new ClaimcheckError("NO_ARTICLES", `no readable article files found in ${where}`);
    const key = runKey([VERSION, docOptions, options.tolerances ?? null, items.map((r) => [r.file.path, r.key])]);
    report = cache.loadResult(key);
    if (report) {
      report = { ...report, diagnostics: sortDiagnostics([...diagnostics, ...report.diagnostics.filter((d) => d.code === "binary")]) };
    } else {
      cache.loadDocs();
      report = await analyseAndReport(items, docOptions, options, diagnostics, cache, progress, where);
      await cache.save(key, report).catch(() => {
        // A cache that cannot be written only costs speed next time.
      });
    }
  } else {
    // Without a cache the analyzers read the files themselves.
    items = files.map((file) => ({ file }));
    report = await analyseAndReport(items, docOptions, options, diagnostics, undefined, progress, where);
  }
  report = overrideSeverity(report, options.severity);
  if (!baseline || !options.baseline) return report;
  return applyBaseline(report, baseline.conflicts, displayPath(path.resolve(cwd, options.baseline), cwd));
}

/**
 * Reads every file for the cache's content keys. Synchronous reads: for thousands of small articles the promise
 * API's open/stat/read/close round trips through the thread pool cost more than the reading itself (corpus,
 * cached re-run: about 60% of the time went there).
 */
async function readAll(files: FoundFile[], diagnostics: Diagnostic[], tick: (done: number) => void): Promise<Item[]> {
  const out: Item[] = [];
  for (const [i, file] of files.entries()) {
    try {
      const buf = readFileSync(file.absolute);
      // A fresh, whole ArrayBuffer, so it can be moved to a worker.
      const bytes = buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength ? new Uint8Array(buf.buffer) : new Uint8Array(buf);
      out.push({ file, bytes, key: contentKey(file.format, bytes) });
    } catch (e) {
      diagnostics.push({ path: file.path, code: "unreadable", message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? "error"}` });
    }
    if ((i + 1) % 500 === 0) tick(i + 1);
  }
  return out;
}

async function analyseAndReport(items: Item[], docOptions: DocOptions, options: CheckOptions, diagnostics: Diagnostic[], cache: AnalysisCache | undefined, progress: (p: Progress) => void, where: string): Promise<Report> {
  const collector = await analyseAll(items, docOptions, options.jobs, diagnostics, cache, progress);
  if (!collector.size) throw new ClaimcheckError("NO_ARTICLES", `no readable article files found in ${where}`);
  progress({ phase: "compare", done: 0, total: 1, claims: 0 });
  return buildReport(collector.finish(options, true), sortDiagnostics(diagnostics));
}

/** Consecutive runs of the given article indexes, each within the batch limits. */
function batchesOf(indexes: number[], size: (i: number) => number): number[][] {
  const out: number[][] = [];
  let batch: number[] = [];
  let bytes = 0;
  for (const i of indexes) {
    batch.push(i);
    bytes += size(i);
    if (batch.length >= BATCH_FILES || bytes >= BATCH_BYTES) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) out.push(batch);
  return out;
}

async function analyseAll(items: Item[], docOptions: DocOptions, jobs: number | undefined, diagnostics: Diagnostic[], cache: AnalysisCache | undefined, progress: (p: Progress) => void): Promise<RunCollector> {
  const collector = new RunCollector();
  const cached = items.map((r) => (r.key ? cache?.get(r.key, r.file.path) : undefined));
  const size = (i: number) => items[i].bytes?.length ?? items[i].file.size;
  const missing = items.flatMap((_, i) => (cached[i] ? [] : [i]));
  const batches = batchesOf(missing, size);
  const analyzer = createAnalyzer(jobs ?? defaultJobs(), missing.reduce((n, i) => n + size(i), 0));
  let claims = 0;
  let analysed = 0;
  try {
    // A window of batches in flight, consumed in file order: the run is the same whatever finishes first, and
    // memory holds only the window's results.
    const pending: (Promise<FileResult[]> | undefined)[] = new Array(batches.length);
    let submitted = 0;
    const submit = (upTo: number) => {
      for (; submitted < Math.min(upTo, batches.length); submitted++) {
        const fileItems = batches[submitted].map((i) => {
          const { file, bytes } = items[i];
          items[i].bytes = undefined; // the task holds them now; the item need not
          return { path: file.path, absolute: file.absolute, format: file.format, bytes };
        });
        pending[submitted] = analyzer.run({ items: fileItems, options: docOptions });
      }
    };
    const window = analyzer.threads * IN_FLIGHT;
    submit(window);
    let batchNo = 0;
    let results: FileResult[] = [];
    let at = 0;
    for (let i = 0; i < items.length; i++) {
      const hit = cached[i];
      if (hit) {
        collector.add(hit);
        claims += hit.claims.length;
      } else {
        if (at === results.length) {
          results = await pending[batchNo]!;
          pending[batchNo++] = undefined;
          at = 0;
          submit(batchNo + window);
        }
        const result = results[at++];
        const file = items[i].file;
        if ("unreadable" in result) {
          diagnostics.push({ path: file.path, code: "unreadable", message: `cannot read: ${result.unreadable}` });
          continue;
        }
        if ("skipped" in result) {
          diagnostics.push({ path: file.path, code: "binary", message: "skipped: looks like a binary file" });
          continue;
        }
        analysed++;
        if (items[i].key) cache?.put(items[i].key!, result.analysis);
        collector.add(result.analysis);
        claims += result.analysis.claims.length;
      }
      if ((i + 1) % 200 === 0 || i + 1 === items.length) progress({ phase: "analyse", done: i + 1, total: items.length, claims, analysed });
    }
  } finally {
    await analyzer.close();
  }
  return collector;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
