/** Sentences about a wider area than the story's: their figures are that area's. */

interface Scoped {
  kind: string;
  start: number;
  end: number;
  measure: string;
  subject?: string;
  subjectLabel?: string;
}

/** A sentence that opens by widening the area: "Statewide, ...", "Across the country, ...", "Nationally, ...", "The national rate ...". */
function widerArea(text: string): string | undefined {
  const m = /^[\s"“]*(?:(statewide|across\s+the\s+state|in\s+the\s+state\s+as\s+a\s+whole)|(nationally|nationwide|across\s+the\s+(?:country|nation))|(regionally|across\s+the\s+(?:region|county|province))|(globally|worldwide|across\s+the\s+world))\b\s*,/i.exec(text);
  if (m) return m[1] ? "statewide" : m[2] ? "national" : m[3] ? "regional" : "global";
  // "The national rate held steady at 4.3%": a sentence about the nation's figure. (Not "the statewide average" of
  // a state's own exam: a story about a state is often about its average.)
  return /^[\s"“]*the\s+(?:national|nationwide|countrywide)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:rate|figure|average|level)\b/iu.test(text) ? "national" : undefined;
}

/** "the national average pass rate was 71%", "a national average of 71%", "against 71% nationally": one figure of the nation's. */
const NATIONAL_BEFORE = /\b(?:national|nationwide|countrywide)\s+(?:average\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:rate|figure|average|level|share)\s+(?:was|is|of|stood\s+at|stands\s+at|at)\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$/iu;
const NATIONAL_AFTER = /^\s*(?:%|percent|per\s+cent)?\s+(?:nationally|nationwide|across\s+the\s+country)\b/i;

/** "faster than the national increase of 3.8%, where the average price is £289,000", "a 2.3% rise across the
 * region, where the average price is £268,000": a relative clause on the wider area's figure. */
const WIDER_WHERE = /\b(?:(national|nationwide|countrywide|across\s+the\s+(?:country|nation))|(regional|across\s+the\s+(?:region|county|province))|(statewide|across\s+the\s+state))\b(?:[^.;,]|\.\d){0,40},\s+(?:where|in\s+which)\s+[^.;,]{0,60}$/i;

function widerFigure(text: string, start: number, end: number): string | undefined {
  const where = WIDER_WHERE.exec(text.slice(Math.max(0, start - 140), start));
  if (where) return where[1] ? "national" : where[2] ? "regional" : "statewide";
  return NATIONAL_BEFORE.test(text.slice(Math.max(0, start - 80), start)) || NATIONAL_AFTER.test(text.slice(end, end + 30)) ? "national" : undefined;
}

/** "Across the region, burglaries fell 4%", "Nationally, 61% passed": the sentence's figures become the area's (in place). */
export function toWiderArea(text: string, claims: Scoped[]): void {
  const sentence = widerArea(text);
  if (!sentence && !/\b(?:national|nationwide|nationally|regional|region|statewide|state)\b/i.test(text)) return;
  for (const c of claims) {
    if (c.kind === "date" || c.kind === "age") continue;
    const wider = sentence ?? widerFigure(text, c.start, c.end);
    if (!wider) continue;
    c.measure = `${c.measure}:${wider}`;
    c.subject = "";
    c.subjectLabel = "";
  }
}
