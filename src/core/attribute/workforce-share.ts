/** What share of a workforce a cut is: one measure however the whole is named. */

/** "11% of its workforce", "8% of staff", "11% of its employees", "a tenth of its jobs". */
const WORKFORCE = /^pct:(?:staff|employees?|workers?|workforce|headcount|jobs?|roles?|posts?)$/;
/** Between a job count and its share: "1,800 roles, roughly 11 per cent", "1,800 jobs, or 8%". */
const GLUE = /^(?:\s+[\p{Ll}-]+)?\s*,?\s*(?:or\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+)*$/iu;
const OF_THE_WHOLE = /^\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:company|firm|group|business|total|organi[sz]ation|bank|carrier|airline|insurer|retailer|chain)\b/iu;

/**
 * "8% of its global workforce", "8% of staff": a share of the workforce. "cut 1,800 roles, roughly 11 per cent of
 * the company": a share of the whole company right after a count of jobs is one too.
 */
export function workforceShare(measure: string | undefined, text: string, valueStart: number, valueEnd: number, before: readonly { kind: string; measure: string; end: number }[]): string | undefined {
  if (measure && WORKFORCE.test(measure)) return "pct:workforce";
  const jobs = measure ? undefined : before.filter((x) => x.kind === "count" && x.measure.startsWith("job:") && x.end <= valueStart).at(-1);
  if (!jobs || !GLUE.test(text.slice(jobs.end, valueStart))) return measure;
  return OF_THE_WHOLE.test(text.slice(valueEnd, valueEnd + 60)) ? "pct:workforce" : undefined;
}
