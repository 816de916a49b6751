/**
 * Shares a line or a table gives by label, and a transport operator's share of its service:
 * "Turnout: 38.6%", "- Turnout: 38.6%"; "expects to run about 40% of its normal timetable", "would run around
 * 60% of services", "about 40% of Ilkerton Rail's usual 1,850 daily trains will run" (not "ran 87.3% of its trains
 * on time", which is punctuality).
 */

/** "Turnout: 38.6%": a line's label names its share (one or two ordinary words before a colon). */
const LABEL = /^[\s"“*•-]*((?:\p{L}[\p{Ll}-]*\s+)?\p{L}[\p{Ll}-]{2,})\s*:\s*(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$/u;
const SERVICE_OF = /^\s*(?:%|percent|per\s+cent)?\s+of\s+(?:its\s+|their\s+|the\s+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*['’]s\s+)?(?:(?:normal|usual|regular|scheduled|planned|daily)\s+)*(?:[\d,]+\s+)?(?:(?:daily|weekly)\s+)?(?:timetable|services|trains|flights|buses|sailings|departures|routes)\b(?![^.;]{0,30}\b(?:on\s+time|late|early|delayed|cancell?ed|punctual))/u;
const RUN_VERB = /\b(?:run|runs|running|ran|operate|operates|operating|operated|will\s+run|would\s+run)\b/i;

export function labelledShare(text: string, valueStart: number): string | undefined {
  return LABEL.exec(text.slice(0, valueStart))?.[1].toLowerCase();
}

export function serviceShare(text: string, valueEnd: number, clauseStart: number, clauseEnd: number): boolean {
  return SERVICE_OF.test(text.slice(valueEnd, valueEnd + 80)) && RUN_VERB.test(text.slice(clauseStart, clauseEnd));
}
