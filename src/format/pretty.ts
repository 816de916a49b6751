/** The editor's report: most serious first, each value with its sources and the quoted sentence. */
import { Chalk, type ChalkInstance } from "chalk";
import type { Report, ReportConflict } from "../report/types.js";
import { describeMeasure, describeTime, formatValue } from "./describe.js";

export interface PrettyOptions {
  /** chalk colour level: 0 none, 1 basic, 2 256, 3 truecolor. */
  color: 0 | 1 | 2 | 3;
}

export function formatPretty(report: Report, options: PrettyOptions = { color: 0 }): string {
  const c = new Chalk({ level: options.color });
  const lines: string[] = [];
  const copies = report.sources.filter((s) => s.copyOf);
  lines.push(c.bold(`claimcheck: ${report.summary.files} article${plural(report.summary.files)}, ${report.summary.independentSources} independent source${plural(report.summary.independentSources)}, ${report.summary.stories} stor${report.summary.stories === 1 ? "y" : "ies"}`));
  for (const s of copies) lines.push(c.dim(`  ${s.path} is a copy of ${s.copyOf}`));
  for (const d of report.diagnostics) lines.push(c.yellow(`  ${d.path}: ${d.message}`));
  lines.push("");
  for (const conflict of report.conflicts) lines.push(...formatConflict(conflict, c), "");
  const { error, warning, info, conflicts } = report.summary;
  const mark = error ? c.red("✖") : warning ? c.yellow("⚠") : c.green("✔");
  lines.push(`${mark} ${conflicts} conflict${plural(conflicts)} (${error} error${plural(error)}, ${warning} warning${plural(warning)}, ${info} info)`);
  const b = report.baseline;
  if (b) {
    lines.push(`  baseline ${b.file}: ${b.new} new, ${b.updated} updated, ${b.unchanged} accepted, ${b.absent.length} no longer found`);
    for (const a of b.absent) lines.push(c.dim(`    no longer found: ${a.subject || "the story"} — ${describeMeasure(a.measure)} (${a.values.map((v) => formatValue(v.value, v.unit)).join(" vs ")})`));
  }
  return `${lines.join("\n")}\n`;
}

function formatConflict(conflict: ReportConflict, c: ChalkInstance): string[] {
  const sev = conflict.severity === "error" ? c.red.bold("error") : conflict.severity === "warning" ? c.yellow.bold("warning") : c.blue("info");
  const when = describeTime(conflict.time);
  const what = conflict.kind === "name-spelling" ? `spelling of ${conflict.subject}` : `${conflict.subject || "the story"} — ${describeMeasure(conflict.measure)}`;
  const state = conflict.baselineState && conflict.baselineState !== "unchanged" ? `${c.magenta(conflict.baselineState)}  ` : conflict.baselineState ? `${c.dim("accepted")}  ` : "";
  const out = [`${sev}  ${state}${c.bold(what)}${when ? c.dim(` (${when})`) : ""}  ${c.dim(conflict.id)}`];
  for (const v of conflict.values) {
    const label = formatValue(v.value, v.unit);
    const extra = [v.hedged ? "hedged" : "", ...v.qualifiers].filter(Boolean).join(", ");
    const fresh = conflict.baselineState === "updated" && v.baselineState === "new" ? `  ${c.magenta("new since the baseline")}` : "";
    out.push(`  ${c.bold(label)}  ${c.dim(`${v.sources} independent source${plural(v.sources)}${extra ? `; ${extra}` : ""}`)}${fresh}`);
    for (const m of v.mentions) {
      const [s, e] = m.highlight;
      const quote = `${m.quote.slice(0, s)}${c.underline.bold(m.quote.slice(s, e))}${m.quote.slice(e)}`;
      out.push(`    ${c.cyan(`${m.path}:${m.line}:${m.column}`)}  “${quote}”`);
    }
  }
  return out;
}

const plural = (n: number) => (n === 1 ? "" : "s");
