/** How sure a disagreement between two claims is: error, warning or info, with the reasons as codes. */
import type { Claim, Severity } from "../types.js";

export const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function share(c: Claim): "additional" | "initial" | "total" | "plain" {
  if (c.qualifiers.includes("additional")) return "additional";
  if (c.qualifiers.includes("initial")) return "initial";
  if (c.qualifiers.includes("total")) return "total";
  return "plain";
}

export function pairSeverity(a: Claim, b: Claim): { severity: Severity; reasons: string[] } {
  const sa = share(a);
  const sb = share(b);
  const reasons: string[] = [];
  if ((sa === "additional" && sb === "total") || (sa === "total" && sb === "additional")) return { severity: "info", reasons: ["additional-vs-total"] };
  if ((sa === "initial") !== (sb === "initial")) return { severity: "info", reasons: ["initial-vs-other"] };
  if (sa !== sb && (sa === "additional" || sb === "additional")) reasons.push("additional-vs-plain");
  if (a.time !== b.time) reasons.push("time-implied");
  if ((a.quantity && a.quantity.hedge !== "exact") || (b.quantity && b.quantity.hedge !== "exact")) reasons.push("hedged");
  if (a.qualifiers.includes("projected") || b.qualifiers.includes("projected")) reasons.push("projected");
  // Ages a year or two apart: a birthday between two reports is common.
  if (a.kind === "age" && typeof a.value === "number" && typeof b.value === "number" && Math.abs(a.value - b.value) <= 2) reasons.push("age-close");
  return { severity: reasons.length ? "warning" : "error", reasons };
}

export function consistent(a: Claim, b: Claim): boolean {
  if (a.quantity && b.quantity) return a.quantity.low <= b.quantity.high && b.quantity.low <= a.quantity.high;
  const x = String(a.value);
  const y = String(b.value);
  if (x.startsWith("--") || y.startsWith("--")) return x.slice(-5) === y.slice(-5);
  return x.toLowerCase() === y.toLowerCase();
}
