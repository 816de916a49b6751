/**
 * GitHub Actions workflow commands: one annotation per conflict at its first quoted source, errors first.
 * With a baseline only new and updated conflicts are annotated (accepted ones are not news).
 * Escaping follows the runner: data escapes % CR LF; properties also escape : and ,.
 */
import type { Report, ReportConflict } from "../report/types.js";
import { formatValue } from "./describe.js";
import { primaryValue, ruleFor } from "./rules.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function formatGithub(report: Report): string {
  const shown = report.conflicts
    .filter((c) => !c.baselineState || c.baselineState !== "unchanged")
    .map((c, i) => ({ c, i }))
    .sort((a, b) => ORDER[a.c.severity] - ORDER[b.c.severity] || a.i - b.i)
    .map(({ c }) => annotation(c));
  return shown.length ? `${shown.join("\n")}\n` : "";
}

function annotation(c: ReportConflict): string {
  const p = primaryValue(c);
  const m = c.values[p].mentions[0];
  const others = c.values
    .filter((_, i) => i !== p)
    .map((v) => `${formatValue(v.value, v.unit)} at ${v.mentions.map((x) => `${x.path}:${x.line}:${x.column}`).join(", ")}`)
    .join("; ");
  const state = c.baselineState ? ` [${c.baselineState}]` : "";
  const props = [`file=${m.path}`, `line=${m.line}`, `endLine=${m.endLine}`, `col=${m.column}`, `endColumn=${m.endColumn}`, `title=${ruleFor(c.kind).short}${state}`]
    .map((p) => {
      const eq = p.indexOf("=");
      return `${p.slice(0, eq)}=${escapeProperty(p.slice(eq + 1))}`;
    })
    .join(",");
  return `::${COMMAND[c.severity]} ${props}::${escapeData(`${c.message}\nOther side: ${others}.\n"${m.quote}"`)}`;
}

export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
