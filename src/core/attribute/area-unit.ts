/**
 * An area is compared only with areas written in its own unit: "48,000 acres" and "19,400 hectares" are one
 * size said twice, not two sizes. The unit, said after the number, joins the measure ("area:acre").
 */
const AREA_AFTER = /^(?:\s+|-)(?:(?:square|sq\.?)[\s-]*(metres?|meters?|m|feet|foot|ft|kilometres?|kilometers?|km|miles?|mi|yards?|yd)|(acres?)|(hectares?|ha))(?![\p{L}\d-])/iu;

const SQUARE: [RegExp, string][] = [[/^m/i, "sqm"], [/^(?:f|ft)/i, "sqft"], [/^k/i, "sqkm"], [/^mi/i, "sqmi"], [/^y/i, "sqyd"]];

/** "48,000 acres", "the 12,000 square metre building", "a 12,000-sq-ft store": the area's measure, with its unit. */
export function areaAfter(after: string): string | undefined {
  const m = AREA_AFTER.exec(after);
  if (!m) return undefined;
  if (m[2]) return "area:acre";
  if (m[3]) return "area:hectare";
  // ("mi" before "m": square miles are not square metres.)
  const unit = /^mi/i.test(m[1]) ? "sqmi" : SQUARE.find(([re]) => re.test(m[1]))![1];
  return `area:${unit}`;
}
