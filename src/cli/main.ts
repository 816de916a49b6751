/**
 * The command line: parse options, run the check, pick a formatter, write, return the exit code.
 * Only bin/ sets process.exitCode. 0: no conflict at or above --fail-on; 1: some; 2: usage or input error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { progressView } from "./progress.js";
import { check } from "../engine/check.js";
import { ClaimcheckError } from "../engine/errors.js";
import { writeAtomic } from "../engine/write-atomic.js";
import { loadConfig } from "../engine/config.js";
import { makeBaseline, serializeBaseline } from "../baseline/entries.js";
import path from "node:path";
import { FORMATTERS, FORMAT_NAMES } from "../format/index.js";
import type { Report } from "../report/types.js";
import { VERSION } from "../version.js";

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

const LEVELS = ["error", "warning", "info"] as const;
const RANK = { error: 3, warning: 2, info: 1 } as const;
const ISSUES_URL = "https://github.com/claimcheck/claimcheck/issues";

function program(io: Io): Command {
  return new Command()
    .name("claimcheck")
    .description("Find contradicting numbers, names and facts across articles that cover one story.")
    .version(VERSION, "-v, --version")
    .argument("[paths...]", "article files or folders (.txt, .md, .markdown, .html, .htm)", ["."])
    .addOption(new Option("-f, --format <format>", "output format (default: pretty)").choices(FORMAT_NAMES))
    .option("-o, --output <file>", "write the report to a file (atomically) instead of stdout")
    .addOption(new Option("--fail-on <severity>", "lowest severity that makes the exit code 1 (default: warning)").choices([...LEVELS]))
    .option("-q, --quiet", "show only failing conflicts (at or above --fail-on, and new when a baseline is used)")
    .option("-b, --baseline <file>", "accepted conflicts: only conflicts not in this file fail the run")
    .option("--update-baseline", "write every current conflict to the --baseline file and exit 0")
    .option("-c, --config <file>", "configuration file (default: .claimcheckrc.json, claimcheck.config.json or package.json \"claimcheck\", searched upward)")
    .option("--no-config", "ignore configuration files")
    .option("-j, --jobs <n>", "worker threads for analysis (default: the number of cores)", (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number of at least 1");
      return n;
    })
    .option("--cache", "reuse the analysis of unchanged articles (and of an unchanged run)")
    .option("--cache-location <dir>", "cache folder (default: node_modules/.cache/claimcheck)")
    .option("--ignore <pattern>", "skip files matching a gitignore-style pattern (repeatable)", (v: string, prev: string[] = []) => [...prev, v])
    .option("--color", "force colour in the pretty format")
    .option("--no-color", "no colour")
    .option("--debug", "print stack traces of internal errors")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s),
    });
}

/** What main() runs; tests may replace it (to simulate an internal error, for example). */
export interface Deps {
  check: typeof check;
}

export async function main(argv: string[], io: Io, deps: Deps = { check }): Promise<number> {
  const cmd = program(io);
  try {
    cmd.parse(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      io.stderr.write(`Run 'claimcheck --help' for usage.\n`);
      return 2;
    }
    throw e;
  }
  const opts = cmd.opts<CliOptions>();
  try {
    const { config } = loadConfig(io.cwd, opts.config);
    const format = opts.format ?? config.format ?? "pretty";
    if (!FORMATTERS[format]) throw new ClaimcheckError("BAD_FORMAT", `unknown format "${format}" (formats: ${FORMAT_NAMES.join(", ")})`);
    const failOn = opts.failOn ?? config.failOn ?? "warning";
    if (opts.updateBaseline && !opts.baseline) throw new ClaimcheckError("USAGE", "--update-baseline needs --baseline FILE");
    const view = progressView(io.stderr, io.env, !!opts.quiet);
    let report = await deps.check(cmd.processedArgs[0] as string[], {
      jobs: opts.jobs,
      cache: !!opts.cache || !!opts.cacheLocation,
      cacheLocation: opts.cacheLocation,
      onProgress: view.onProgress,
      cwd: io.cwd,
      aliases: config.aliases,
      tolerances: config.tolerances,
      severity: config.severity,
      ignore: [...(config.ignore ?? []), ...(opts.ignore ?? [])],
      baseline: opts.updateBaseline ? undefined : opts.baseline,
    }).finally(view.done);
    for (const d of report.diagnostics) io.stderr.write(`claimcheck: ${d.path}: ${d.message}\n`);
    if (opts.updateBaseline && opts.baseline) {
      await writeAtomic(path.resolve(io.cwd, opts.baseline), serializeBaseline(makeBaseline(report.conflicts)));
      io.stderr.write(`claimcheck: wrote ${report.conflicts.length} accepted conflict${report.conflicts.length === 1 ? "" : "s"} to ${opts.baseline}\n`);
    }
    const failing = opts.updateBaseline ? [] : report.conflicts.filter((c) => RANK[c.severity] >= RANK[failOn] && c.baselineState !== "unchanged");
    if (opts.quiet) report = { ...report, conflicts: failing };
    const color = format === "pretty" && !opts.output ? colorLevel(opts.color, io) : 0;
    const text = FORMATTERS[format](report, { color });
    if (opts.output) await writeAtomic(path.resolve(io.cwd, opts.output), text);
    else io.stdout.write(text);
    return failing.length ? 1 : 0;
  } catch (e) {
    return reportError(e, io, !!opts.debug);
  }
}

interface CliOptions {
  format?: string;
  output?: string;
  failOn?: keyof typeof RANK;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  config?: string | false;
  ignore?: string[];
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
}

/** --color / --no-color win; then FORCE_COLOR and NO_COLOR; then whether stdout is a terminal. */
function colorLevel(flag: boolean | undefined, io: Io): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  const force = io.env.FORCE_COLOR;
  if (flag === true) return 1;
  if (force !== undefined && force !== "0" && force !== "false") return Math.min(3, Math.max(1, Number(force) || 1)) as 1 | 2 | 3;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return 0;
  if (force === "0" || force === "false") return 0;
  return io.stdout.isTTY && io.env.TERM !== "dumb" ? 1 : 0;
}

function reportError(e: unknown, io: Io, debug: boolean): number {
  if (e instanceof ClaimcheckError) {
    io.stderr.write(`claimcheck: ${e.message}\n`);
    return 2;
  }
  const err = e as Error;
  io.stderr.write(`claimcheck: internal error: ${err?.message ?? String(e)}\n`);
  if (debug) io.stderr.write(`${err?.stack ?? ""}\n`);
  else io.stderr.write(`Run again with --debug for the stack trace, and report it at ${ISSUES_URL}\n`);
  return 2;
}

export type { Report };
