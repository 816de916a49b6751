/**
 * The engine: paths in, report out. It finds and reads files, hands each article to the analyzer (worker
 * threads for big runs), keeps results in file order (so --jobs never changes the output), and caches.
 */
import fs from "node:fs/promises";
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

/** Articles in flight to the analyzer at once. */
const WINDOW = 64;
const EMPTY = new Uint8Array(0);

interface ReadFile {
  file: FoundFile;
  bytes: Uint8Array;
  key: string;
}

export async function check(paths: string[] = ["."], options: CheckOptions = {}): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const baseline = options.baseline ? readBaseline(options.baseline, cwd) : undefined;
  const where = paths.join(", ") || ".";
  const files = await discover(paths.length ? paths : ["."], cwd, diagnostics, ignoreRules(cwd, options.ignore ?? []));
  if (!files.length) throw new ClaimcheckError("NO_ARTICLES", `no article files (.txt, .md, .markdown, .html, .htm) found in ${where}`);
  const progress = options.onProgress ?? (() => {});
  const read = await readAll(files, diagnostics, (done) => progress({ phase: "read", done, total: files.length, claims: 0 }));
  if (!read.length) throw new ClaimcheckError("NO_ARTICLES", `no readable article files found in ${where}`);

  const docOptions = { aliases: options.aliases };
  const cache = options.cache ? new AnalysisCache(AnalysisCache.location(cwd, options.cacheLocation), runKey([docOptions])) : undefined;
  const key = runKey([VERSION, docOptions, options.tolerances ?? null, read.map((r) => [r.file.path, r.key])]);
  let report = cache?.loadResult(key);
  if (report) {
    report = { ...report, diagnostics: sortDiagnostics([...diagnostics, ...report.diagnostics.filter((d) => d.code === "binary")]) };
  } else {
    cache?.loadDocs();
    const collector = await analyseAll(read, docOptions, options.jobs, diagnostics, cache, progress);
    if (!collector.size) throw new ClaimcheckError("NO_ARTICLES", `no readable article files found in ${where}`);
    progress({ phase: "compare", done: 0, total: 1, claims: 0 });
    report = buildReport(collector.finish(options), sortDiagnostics(diagnostics));
    await cache?.save(key, report).catch(() => {
      // A cache that cannot be written only costs speed next time.
    });
  }
  report = overrideSeverity(report, options.severity);
  if (!baseline || !options.baseline) return report;
  return applyBaseline(report, baseline.conflicts, displayPath(path.resolve(cwd, options.baseline), cwd));
}

async function readAll(files: FoundFile[], diagnostics: Diagnostic[], tick: (done: number) => void): Promise<ReadFile[]> {
  const out: (ReadFile | undefined)[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const reader = async () => {
    while (next < files.length) {
      const i = next++;
      const file = files[i];
      try {
        const buf = await fs.readFile(file.absolute);
        // A fresh, whole ArrayBuffer, so it can be moved to a worker.
        const bytes = buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength ? new Uint8Array(buf.buffer) : new Uint8Array(buf);
        out[i] = { file, bytes, key: contentKey(file.format, bytes) };
      } catch (e) {
        diagnostics.push({ path: file.path, code: "unreadable", message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? "error"}` });
      }
      if (++done % 500 === 0) tick(done);
    }
  };
  await Promise.all(Array.from({ length: 8 }, reader));
  return out.filter((r): r is ReadFile => !!r);
}

async function analyseAll(read: ReadFile[], docOptions: DocOptions, jobs: number | undefined, diagnostics: Diagnostic[], cache: AnalysisCache | undefined, progress: (p: Progress) => void): Promise<RunCollector> {
  const collector = new RunCollector();
  const cached = read.map((r) => cache?.get(r.key, r.file.path));
  const missing = read.filter((_, i) => !cached[i]);
  const analyzer = createAnalyzer(jobs ?? defaultJobs(), missing.reduce((n, r) => n + r.bytes.length, 0));
  let claims = 0;
  let analysed = 0;
  try {
    // A window of tasks in flight, consumed in file order: the run is the same whatever finishes first, and
    // memory holds only the window's results.
    const pending: (Promise<FileResult> | undefined)[] = new Array(read.length);
    let submitted = 0;
    const submit = (upTo: number) => {
      for (; submitted < Math.min(upTo, read.length); submitted++) {
        const r = read[submitted];
        if (!cached[submitted]) pending[submitted] = analyzer.run({ path: r.file.path, format: r.file.format, bytes: r.bytes, options: docOptions });
      }
    };
    for (let i = 0; i < read.length; i++) {
      submit(i + WINDOW);
      const hit = cached[i];
      if (hit) {
        collector.add(hit);
        claims += hit.claims.length;
      } else {
        const result = await pending[i]!;
        pending[i] = undefined;
        read[i].bytes = EMPTY;
        if ("skipped" in result) {
          diagnostics.push({ path: read[i].file.path, code: "binary", message: "skipped: looks like a binary file" });
          continue;
        }
        analysed++;
        cache?.put(read[i].key, result.analysis);
        collector.add(result.analysis);
        claims += result.analysis.claims.length;
      }
      if ((i + 1) % 200 === 0 || i + 1 === read.length) progress({ phase: "analyse", done: i + 1, total: read.length, claims, analysed });
    }
  } finally {
    await analyzer.close();
  }
  return collector;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
