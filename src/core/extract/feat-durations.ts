/**
 * How long something took that the story is about: a jury's deliberations ("deliberated for 14 hours", "after 11
 * hours of deliberations") and a feat done in a time ("climbed all 14 peaks in 189 days", "needed just 189 days to
 * stand on top of all 14"), and how long a service was down ("knocked websites offline for about seven hours",
 * "were unavailable for nine hours", read as the event's length, as "the outage lasted seven hours" is). Each is one
 * fact of the story, apart from other lengths of time.
 */
import type { NumberMention } from "./scan-numbers.js";
import type { Classified } from "./classify-number.js";

const UNIT = /^[\s-](minute|hour|day|week|month|year)s?\b/i;
const DELIBERATED_FOR = /\bdeliberat(?:ed|ing|es|e|ions?)\s+for\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+(?:over|under)\s+)?$/i;
const DOWN_FOR = /\b(?:offline|unavailable|down|out\s+of\s+(?:action|service)|inaccessible|unreachable|locked\s+down|(?:on|in|under)\s+lockdown)\s+for\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+(?:over|under)\s+)?$/i;
const OF_DELIBERATION = /^\s+of\s+deliberations?\b/i;
/** Verbs of a feat finished in a time: "climbed ... in 189 days", "completed the crossing in 42 days". */
const FEAT_VERB = /\b(?:climbed|summited|completed|finished|crossed|sailed|rowed|swam|walked|cycled|circumnavigated|conquered|scaled|covering|covered)\b[^.;:]{0,100}?\bin\s+(?:just\s+|only\s+|a\s+record\s+|a\s+mere\s+)?$/i;
/** "finished ... on Sunday, 25 days after setting off": the time since the feat began. */
const AFTER_SETTING_OFF = /^\s+after\s+(?:setting\s+(?:off|out)|starting|leaving|departing|she\s+set\s+off|he\s+set\s+off|they\s+set\s+off)\b/i;
const TOOK_TO = /\b(?:took|needed|required|taking|needing)\s+(?:him|her|them|it\s+)?(?:just\s+|only\s+|a\s+record\s+|a\s+mere\s+)?$/i;
const TO_FEAT = /^\s+to\s+(?:climb|summit|complete|finish|cross|sail|row|swim|walk|cycle|circumnavigate|conquer|scale|stand\s+on\s+top)\b/i;

export function featDuration(text: string, n: NumberMention): Classified | undefined {
  const unit = UNIT.exec(text.slice(n.end, n.end + 10));
  if (!unit) return undefined;
  const before = text.slice(Math.max(0, n.hedgeStart - 140), n.hedgeStart);
  const after = text.slice(n.end + unit[0].length, n.end + unit[0].length + 40);
  const end = n.end + unit[0].length;
  if (DELIBERATED_FOR.test(before) || OF_DELIBERATION.test(after)) return { kind: "duration", end, unit: unit[1].toLowerCase(), noun: "deliberation" };
  if (DOWN_FOR.test(before) && /^(?:minute|hour|day)$/i.test(unit[1])) return { kind: "duration", end, unit: unit[1].toLowerCase(), noun: "event" };
  // (Not "hours" or "minutes": a race's or a game's time is read as one.)
  // ("in 14 days of rain": a span of something else.)
  if (!/^(?:day|week|month|year)$/i.test(unit[1]) || /^\s+of\b/i.test(after)) return undefined;
  if (FEAT_VERB.test(before) || (AFTER_SETTING_OFF.test(after) && /\b(?:finished|completed|arrived|reached|ended)\b/i.test(before)) || (TOOK_TO.test(before.slice(-30)) && TO_FEAT.test(after))) return { kind: "duration", end, unit: unit[1].toLowerCase(), noun: "feat" };
  return undefined;
}
