/** The engine: paths in, report out. It reads files; the core analyses text. */
import { analyze, type AnalyzeOptions } from "../core/analyze.js";
import type { Severity } from "../core/types.js";
import { buildReport } from "../report/build-report.js";
import { overrideSeverity } from "../report/override-severity.js";
import { applyBaseline } from "../baseline/apply-baseline.js";
import type { Diagnostic, Report } from "../report/types.js";
import { discover, displayPath } from "./discover.js";
import { readSources } from "./read-sources.js";
import { ClaimcheckError } from "./errors.js";
import { ignoreRules } from "./ignore-rules.js";
import { readBaseline } from "./baseline-file.js";
import path from "node:path";

export interface CheckOptions extends AnalyzeOptions {
  cwd?: string;
  /** Files and folders to skip (gitignore syntax, relative to cwd); .claimcheckignore in cwd is read too. */
  ignore?: string[];
  /** Severity per conflict kind; "off" drops the kind. */
  severity?: Record<string, Severity | "off">;
  /** A baseline file of accepted conflicts: each conflict then carries a baselineState. */
  baseline?: string;
}

export async function check(paths: string[] = ["."], options: CheckOptions = {}): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const baseline = options.baseline ? readBaseline(options.baseline, cwd) : undefined;
  const files = await discover(paths.length ? paths : ["."], cwd, diagnostics, ignoreRules(cwd, options.ignore ?? []));
  if (!files.length) throw new ClaimcheckError("NO_ARTICLES", `no article files (.txt, .md, .markdown, .html, .htm) found in ${paths.join(", ") || "."}`);
  const sources = await readSources(files, diagnostics);
  if (!sources.length) throw new ClaimcheckError("NO_ARTICLES", `no readable article files found in ${paths.join(", ") || "."}`);
  const report = overrideSeverity(buildReport(analyze(sources, options), diagnostics), options.severity);
  if (!baseline || !options.baseline) return report;
  return applyBaseline(report, baseline.conflicts, displayPath(path.resolve(cwd, options.baseline), cwd));
}
