/** Sentences about a wider area than the story's: their figures are that area's. */

interface Scoped {
  kind: string;
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

/** "Across the region, burglaries fell 4%", "Nationally, 61% passed": the sentence's figures become the area's (in place). */
export function toWiderArea(text: string, claims: Scoped[]): void {
  const wider = widerArea(text);
  if (!wider) return;
  for (const c of claims) {
    if (c.kind === "date" || c.kind === "age") continue;
    c.measure = `${c.measure}:${wider}`;
    c.subject = "";
    c.subjectLabel = "";
  }
}
