/** The year of a planned event: "will open in 2028", "is due to be completed in 2029", "to start production in 2027". */

const PLANNED_VERB: [string, RegExp][] = [
  ["opening", /^(open|opens|opening|reopen|reopens|reopening|debut|debuts|welcome|welcomes)$/],
  ["completion", /^(finish|finished|finishes|complete|completed|completes|completion|ready|done|due|built)$/],
  ["launch", /^(launch|launches|launching|ship|ships|shipping|arrive|arrives|arriving|available|release|released)$/],
  ["start", /^(start|starts|starting|begin|begins|beginning|commence|commences|commencing|break|resume|resumes|resuming|restart|restarts|restarting|happen|happens|occur|occurs)$/],
  ["closing", /^(close|closes|closed|shut|end|ends|expire|expires)$/],
];
const FUTURE = /\b(?:will|would|should|is to|are to|due|set to|slated|scheduled|expected|expects?|planned|plans?|aims?|targets?|on track|to be|hopes?)\b/i;

/** The planned event a year at the end of `left` is the date of, when the clause speaks of the future. */
export function plannedEvent(whole: string): string | undefined {
  // "sold 640,000 copies in its opening week in 2023": a first week or night is a time, not an event.
  const left = whole.replace(/\bopening\s+(?:week|weekend|day|night|round|match|game|months?|hours|years?|season)\b/gi, "");
  const tail = /(?:\b(?:in|by|for|around|during|until|before)\s+(?:(?:early|late|mid|the end of|the start of|sometime in)\s+)?)$/i.exec(left);
  // Scheduled events are told in the present too ("Construction starts in 2027"); what started is history.
  if (!tail || !(FUTURE.test(left) || /\b(?:first|full)\s+(?:power|electricity|production|output|oil|gas)\b/i.test(left) || /\b(?:starts|begins|opens|launches|finishes|completes|starting|beginning|opening|launching)\b/i.test(left))) return undefined;
  // "to start production in 2027", "should come online in 2028": a plant or service that starts working opens.
  if (/\b(?:start|starts|starting|begin|begins|beginning|commence|commences)\s+(?:production|operations|operating|manufacturing|producing|service)\s*$|\b(?:come|comes|go|goes)\s+online\s*$|\b(?:be|become)\s+(?:fully\s+)?operational\s*$|\b(?:carry|carries|take|takes|welcome|welcomes)\s+(?:its|their)\s+first\s+(?:passengers|trains|visitors|guests|customers|fans|patients|pupils|students)\s*$|\b(?:first|full)\s+(?:power|electricity|production|output|oil|gas|ore|copper)\s+(?:(?:is|was)\s+)?(?:(?:expected|due|planned|scheduled|set)\s+)?$/i.test(left.slice(0, tail.index))) return "opening";
  const words = left.slice(0, tail.index).toLowerCase().match(/[a-z]+/g) ?? [];
  for (const w of words.slice(-4).reverse()) for (const [event, re] of PLANNED_VERB) if (re.test(w)) return event;
  return undefined;
}
