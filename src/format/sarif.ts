/**
 * SARIF 2.1.0 for code-scanning tools. One result per conflict: the first quoted source is the location, the
 * other sides are relatedLocations referenced from the message ("[...](1)"), partialFingerprints come from
 * the fact's fingerprint, one rule per conflict kind, and baselineState when a baseline is used.
 */
import type { Report, ReportConflict } from "../report/types.js";
import { formatValue } from "./describe.js";
import { primaryValue, ruleFor } from "./rules.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

export function formatSarif(report: Report): string {
  const kinds = [...new Set(report.conflicts.map((c) => c.kind))].sort();
  const rules = kinds.map((k) => {
    const r = ruleFor(k);
    return {
      id: r.id,
      name: r.name,
      shortDescription: { text: r.short },
      fullDescription: { text: r.help },
      help: { text: r.help },
      defaultConfiguration: { level: "warning" },
    };
  });
  const artifacts = [...new Set(report.sources.map((s) => s.path))].sort();
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "claimcheck",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: "https://github.com/claimcheck/claimcheck",
            rules,
          },
        },
        artifacts: artifacts.map((p) => ({ location: { uri: encodeUri(p) } })),
        results: report.conflicts.map((c) => result(c, kinds.indexOf(c.kind))),
        columnKind: "utf16CodeUnits",
        properties: report.baseline ? { baselineFile: report.baseline.file, absent: report.baseline.absent.length } : undefined,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function result(c: ReportConflict, ruleIndex: number) {
  const p = primaryValue(c);
  const ordered = [c.values[p], ...c.values.filter((_, i) => i !== p)];
  const mentions = ordered.map((v) => ({ v, m: v.mentions[0] }));
  const [first, ...others] = mentions;
  const sides = mentions.map(({ v }, i) => {
    const label = `${formatValue(v.value, v.unit)} (${v.sources} source${v.sources === 1 ? "" : "s"})`;
    return i === 0 ? label : `[${escapeMd(label)}](${i})`;
  });
  const text = `${c.message} Here: ${sides[0]}; elsewhere: ${sides.slice(1).join(", ")}.`;
  return {
    ruleId: ruleFor(c.kind).id,
    ruleIndex,
    level: LEVEL[c.severity],
    message: { text },
    locations: [location(first.m)],
    relatedLocations: others.map(({ v, m }, i) => ({ id: i + 1, ...location(m), message: { text: `${formatValue(v.value, v.unit)}: ${m.quote}` } })),
    partialFingerprints: { "claimcheckFact/v1": c.fingerprint },
    ...(c.baselineState ? { baselineState: c.baselineState } : {}),
    properties: { id: c.id, subject: c.subject, measure: c.measure, time: c.time, reasons: c.reasons },
  };
}

function location(m: ReportConflict["values"][number]["mentions"][number]) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeUri(m.path) },
      region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn, snippet: { text: m.quote } },
    },
  };
}

/** Relative POSIX paths as URI references: each segment percent-encoded. */
function encodeUri(p: string): string {
  return p.split("/").map((s) => (s === ".." || s === "." ? s : encodeURIComponent(s))).join("/");
}

const escapeMd = (s: string) => s.replace(/[[\]\\]/g, (ch) => `\\${ch}`);
