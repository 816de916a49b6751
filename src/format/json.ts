import type { Report } from "../report/types.js";

/** The versioned JSON report, keys in a fixed order, two-space indent, newline at the end. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
