/** The engine: paths in, report out. It reads files; the core analyses text. */
import { analyze, type AnalyzeOptions } from "../core/analyze.js";
import { buildReport } from "../report/build-report.js";
import type { Diagnostic, Report } from "../report/types.js";
import { discover } from "./discover.js";
import { readSources } from "./read-sources.js";
import { ClaimcheckError } from "./errors.js";

export interface CheckOptions extends AnalyzeOptions {
  cwd?: string;
}

export async function check(paths: string[] = ["."], options: CheckOptions = {}): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const files = await discover(paths.length ? paths : ["."], cwd, diagnostics);
  if (!files.length) throw new ClaimcheckError("NO_ARTICLES", `no article files (.txt, .md, .markdown, .html, .htm) found in ${paths.join(", ") || "."}`);
  const sources = await readSources(files, diagnostics);
  if (!sources.length) throw new ClaimcheckError("NO_ARTICLES", `no readable article files found in ${paths.join(", ") || "."}`);
  return buildReport(analyze(sources, options), diagnostics);
}
