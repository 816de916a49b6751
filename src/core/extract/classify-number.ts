/**
 * What kind of figure a number is, from the words right around it: an age ("the 24-year-old"),
 * a duration ("a five-year contract"), a magnitude ("magnitude 5.6"), a percentage, money, a count.
 */
import type { NumberMention } from "./scan-numbers.js";
import { singular } from "../attribute/word-forms.js";
import { ageLimit, approachDistance, waterPeak } from "./thresholds.js";
import { elapsed } from "./elapsed.js";
import { featDuration } from "./feat-durations.js";
import { chargeRange } from "./charge-range.js";
import { LENGTH_UNITS, lengthUnit } from "./length-units.js";
import { AVERAGE_TIME_BEFORE, GATHERING, GATHERING_AFTER, lastedNoun, partOfEvent } from "./event-phrases.js";
import { bracketedLength, stageName, DIMENSION, DIMENSION_AFTER, EXTENDED_TO, FALL_AFTER, FELL_BEFORE, HOLE, LENGTH_AFTER, LENGTH_OF, LINEAR_THING, PART_SUBJECT, PLUME_BEFORE, PLUME_INTO_AFTER, PLUME_ROSE_BEFORE, PLUME_UNIT_AFTER, RUN_FOR_BEFORE, SIZE_AFTER, SIZE_BEFORE, SIZE_UNIT, STRETCH, THING_SIZED } from "./length-phrases.js";
import { buildingNoun, compoundSize, superlativeHeight, THING_BEFORE } from "./object-size.js";

export type NumberKind = "money" | "percent" | "age" | "duration" | "magnitude" | "count" | "year" | "other";

export interface Classified {
  kind: NumberKind;
  /** Extra offsets the claim's text covers ("-year-old"). */
  end: number;
  unit?: string;
  /** For durations: the thing that lasts ("contract"). */
  noun?: string;
  /** The hedge word is part of what the number means ("children under 16": the line at 16), so it is exact. */
  exact?: boolean;
}

const AGE_AFTER = /^(?:-|\s)years?(?:-|\s)old\b/i;
/** "two men, aged 41 and 37": the later ages of a list. */
const AGE_LIST_BEFORE = /\b(?:aged|ages)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|or|to)\s+$/i;
const AGE_BEFORE = /\b(?:aged|age|ages|aged between|ages of|(?:dead|died|dies|death)\s+at(?:\s+the\s+age\s+of)?|at\s+(?:the\s+)?age(?:\s+of)?)\s+$/i;
const DURATION_AFTER = /^(?:-|\s)(year|month|week|day|hour|minute)s?(?:-long)?\s+((?:[\p{L}-]+\s+)?)(contract|deal|extension|sentence|term|lease|ban|suspension|plan|agreement|partnership|loan|mission|program|programme|project|investigation|study|trial|inquest|inquiry|moratorium|freeze|war|siege|journey|tenure|career|drought|closure|strike|walkout|stoppage|lockout|outage|blackout|curfew|ceasefire|truce|shutdown|campaign|film|movie|drama|documentary|thriller|comedy|musical|opera|feature|epic)s?\b/iu;
const PRICED_TERM_AFTER = /^((?:-|\s)(year|month)),\s+(?:(?:US|C|A)?[$€£][\d.,]+(?:\s*(?:million|billion|bn|m)\b)?|[\d.,]+\s+(?:million|billion)\s+(?:dollars?|euros?|pounds?))\s+(?:contract|deal|extension|agreement|lease|partnership)s?\b/i;
/** "after 11 years in the job", "nine years as chief executive", "a decade at the helm". */
const TENURE_AFTER = /^\s(year|month)s?\s+(?:(?:as|at|in|with)\s+(?:the\s+)?(?:helm|job|post|role|position|office|charge|company|top|head|firm|club|team)|(?:leading|running|heading|in\s+charge\s+of)\s+(?:the|its)\s+(?:company|firm|group|club|team|bank|business|organi[sz]ation)|as\s+(?:chief|ceo|head|president|chairman|chair|manager|coach|director|mayor|governor|captain)\b)()(tenure)?/i;
const EVENT_LENGTH_AFTER = /^(?:-|\s)(minute|hour)s?(?:-long)?(?:\s+(?:[\p{L}-]+\s+)?(final|match|game|set|flight|meeting|speech|debate|race|session|hearing|operation|surgery|standoff|siege|search|chase|concert|show|performance|delay|wait|drive|walk|journey|trip|ride|battle|fight|bout|interview|address))?\b/iu;
const LASTED_BEFORE = /\b(?:lasted|lasting|took|taking|in just|in only|in under|in|(?:trapped|stuck|stranded|held|missing|delayed|closed|shut|blocked|hostage|underground|cut off)\s+(?:\w+\s+)?(?:for|after)|(?:halted|suspended|grounded|stopped)\s+(?:all\s+|its\s+)?(?:flights|trains|services|traffic|operations|departures)\s+for)\s+(?:about\s+|nearly\s+|almost\s+|just\s+|only\s+|some\s+|roughly\s+)?$/i;
const SENTENCE_AFTER = /^\s(year|month|week|day)s?\s+(?:in\s+(?:prison|jail)|behind bars|of (?:probation|imprisonment))/i;
/** "will strike for three days"; "ended their strike after nine days", "the walkout ended after nine days". */
const STRIKE_FOR_BEFORE = /\b(?:(?:strike|strikes|striking|struck|walk\s+out|walks\s+out|walked\s+out|walking\s+out|stop\s+work|stopped\s+work)\s+for|(?:strike|walkout|stoppage|lockout)\s+(?:(?:ended|finished|was\s+called\s+off|collapsed)\s+)?after)\s+(?:about\s+|at\s+least\s+|up\s+to\s+|another\s+|a\s+further\s+|nearly\s+|almost\s+|just\s+)?$/i;
const CLOSED_FOR_BEFORE = /\b(?:closed|close|closes|closing|shut|shuts|shutting)\s+(?:down\s+)?(?:to\s+(?:traffic|the\s+public|visitors|cars|vehicles|passengers|shipping)\s+)?for\s+(?:about\s+|at\s+least\s+|up\s+to\s+|another\s+|nearly\s+|almost\s+)?$/i;
const RUNS_OVER_BEFORE = /(?:\b(?:billion|million|bn|mn|m|euros?|dollars?|pounds?|francs?|yen|yuan|kronor|krona)|\d)\s+over\s+(?:the\s+next\s+)?$|\b(?:scheme|programme|program|plan|fund|subsidy|initiative|project)\s+(?:that\s+|which\s+)?(?:runs?|running|ran|lasts?|lasting|spread|spanning|spans)\s+(?:for\s+|over\s+)?$|\b(?:runs|will\s+run|is\s+to\s+run|would\s+run)\s+(?:for\s+|over\s+)$/i;
const SPAN_OF_BEFORE = /\b(?:a|the|its|their)\s+(season|tour|voyage|journey|trip|stay|campaign|mission|expedition|trek|cruise|siege|standoff|search)\s+of\s+(?:about\s+|nearly\s+|some\s+|almost\s+|just\s+)?$/i;
const FOUGHT_FOR_BEFORE = /\b(?:fought|battled|tackled|fighting|battling|tackling|at\s+the\s+scene|on\s+(?:the\s+)?scene)\b[^.;,]{0,40}?\bfor\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|some\s+)?$/i;
const FIGHTING_AFTER = /^\s+(?:fighting|battling|tackling|at\s+the\s+scene|on\s+scene|bringing\s+(?:the\s+)?(?:fire|blaze|flames)\s+under\s+control)\b/i;
/** "Crews lost about 14,000 hours waiting", "staff spent 3,200 hours on it", "saves commuters 20 minutes": time lost, spent or saved. */
const TIME_USED_BEFORE = /\b(lost|lose|loses|losing|wasted|waste|wastes|wasting|spent|spend|spends|spending|saved|save|saves|saving)\s+(?:(?:commuters|drivers|passengers|patients|staff|workers|crews|users|residents|travellers|travelers|them|us|people)\s+)?(?:(?:about|around|roughly|nearly|almost|more than|over|some|an estimated|a total of|at least|up to)\s+)?$/i;
const TIME_USED_AFTER = /^[\s-](?:(?:working|staff|crew|man|person|lost)[\s-])?(hour|day|week|minute|year)s?\b/i;
const BANNED_BEFORE = /\b(?:banned|suspended|barred|disqualified|ruled out|sidelined)\s+(?:(?:from|for)\s+(?:[\p{L}'’-]+\s+){0,3}?)?for\s+(?:up to\s+|at least\s+)?$/iu;
const SENTENCED_BEFORE = /\b(?:sentenced to|jailed for|imprisoned for|prison term of|sentence of)\s+(?:up to\s+)?$/i;
const SENTENCE_LIMIT = /\b(?:minimum|maximum|mandatory|faces?|facing|could\s+(?:face|get|receive)|carr(?:y|ies)|punishable)\b/i;
const MAGNITUDE_BEFORE = /\b(?:magnitude|magnitude-|M|measuring|measured)\s*-?\s*(?:\d+(?:\.\d+)?\s+(?:and|or|to)\s+)?$/;
const QUAKE_AFTER = /^\s+(?:earthquake|quake|tremor|temblor|aftershock)s?\b/i;
const MAGNITUDE_AFTER = /^(?:\s+(?:and|or|to)\s+\d+(?:\.\d+)?)?(?:\s|-)?(?:magnitude|on the richter scale)\b/i;

const BATTERY_AFTER = /^\s(hour|day|week|minute)s?\s+(?:of\s+(?:battery(?:\s+life)?|use|playback|video playback|talk time|listening)|(?:of\s+\w+\s+)?on\s+a\s+(?:single\s+|full\s+)?charge)\b/i;

/** "<noun> (is expected to | could | will) take | last (at least)": the noun names the task. */
const TASK_BEFORE = /\b(\p{L}\p{Ll}{2,})\s+(?:(?:is|are|was|were)\s+)?(?:(?:expected|likely|set|due|going|scheduled|estimated|projected|forecast)\s+to\s+|to\s+|could\s+|will\s+|would\s+|may\s+|might\s+|should\s+|can\s+)?(?:take|takes|took|last|lasts|lasted|require|requires|required|runs\s+for|run\s+for|ran\s+for|extends\s+for)\s+(?:(?:at least|about|up to|around|roughly|nearly|almost|more than|over|less than|under|some|another|an estimated|approximately)\s+)?$/u;
/** "had led the bank for", "ran the club for": someone's time in a post. */
const TENURE_BEFORE = /\b(?:led|lead|leads|leading|ran|run|runs|running|headed|heads|head|chaired|chairs|managed|manages|coached|coaches|served|serves)\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:bank|company|firm|group|club|team|agency|party|country|city|business|board|organi[sz]ation|department|ministry|school|university|side|league|union|lender|airline|carmaker|network|charity)\s+for\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/iu;
const NOT_TASK = /^(the|a|an|its|his|her|their|our|your|my|this|these|those|for|in|at|of|on|over|past|next|first|final|very|it|is|are|was|were|been|being|has|have|had|that|which|what|who|they|there|and|but|also|still|only|just|then|now|would|could|will|should|may|might|can|process|time|trip|journey|flight|ride|drive)$/;

const CAPACITY_AFTER = /^-(room|bed|seat|acre|hectare|megawatt|gigawatt|kilowatt|apartment|unit|home|house|classroom|screen|berth|gate|lane|page|store|branch|school|hole|car|carriage|wagon|station|stop|turbine|capacity)\b(?!-)/i;
const PRECIPITATION_AFTER = /^[\s-]?(inches|inch|in\.|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|feet|foot|ft)\s+of\s+(?:new\s+|fresh\s+|heavy\s+)?(snow|snowfall|rain|rainfall)\b/i;
const UNIT_OF_DEPTH: Record<string, string> = {
  inches: "inch", inch: "inch", "in.": "inch", centimeters: "cm", centimetres: "cm", centimeter: "cm", centimetre: "cm", cm: "cm",
  millimeters: "mm", millimetres: "mm", millimeter: "mm", millimetre: "mm", mm: "mm", feet: "foot", foot: "foot", ft: "foot",
};


const TEMPERATURE_AFTER = /^(?:\s?°\s?([CF])\b|([CF])(?![\p{L}\d])|\s?degrees?\s+(Celsius|centigrade|Fahrenheit|C|F)\b)/u;
/** A limit in force now ("The current limit is 30 mph"); any other is the new one a story is about. */
const LIMIT_IN_FORCE = /\b(?:current|currently|existing|present|now|today)\b/i;
const AVERAGE_BEFORE = /\b(?:(?:average|mean|median)\s+(?:score|mark|result|grade)?\b[^.;\d]{0,60}?\b(?:to|of|was|is|at|reached|hit)|averaged|averages|averaging)\s+$/i;
const TEST_WORD = /\b(?:exams?|tests?|SAT|ACT|scores?|assessments?)\b/;
const ONGOING = /\b(?:strike|walkout|stoppage|lockout|protests?|siege|war|search|shutdown|occupation|blockade|standoff|sit-in|hunger\s+strike|trial)\b/i;
const QUAKE = /\b(?:earthquake|quake|tremor|temblor|aftershock)s?\b/i;
const TOP_SPEED_BEFORE = /\b(?:(?:top|maximum|peak|record)\s+speeds?\s+of|(?:reach|hit|touch|clock|top|achiev)(?:ed|es|s|ing|ping|ting)?(?:\s+(?:a\s+)?(?:top\s+|maximum\s+|record\s+)?speeds?\s+of)?)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|some\s+)?$/i;
const SPEED_UNIT = /^\s?(mph|miles\s+(?:per|an)\s+hour|km\/h|kph|kmh|kilomet(?:re|er)s\s+(?:per|an)\s+hour|knots?|kt)\b/i;
const RULE_AGE_BEFORE = /\b(pension|retirement|voting|drinking|driving|school-leaving|leaving|marriage|consent)\s+age\b(?:\s+(?:in|of|for)\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,3})?[^.;:\d]{0,40}?\b(?:to|is|was|at|of|from|be|currently|reach|reaches|reached|hit)\s+$/iu;
/** What an athlete's feat is called, whatever the word: a leap or a flight is a jump, a heave a throw. */
const FEAT: Record<string, string> = { jump: "jump", leap: "jump", flight: "jump", vault: "jump", throw: "throw", heave: "throw", toss: "throw", drive: "drive", kick: "kick" };
const FEAT_VERB: Record<string, string> = { jumped: "jump", leapt: "jump", leaped: "jump", soared: "jump", vaulted: "jump", cleared: "jump", threw: "throw", hurled: "throw", heaved: "throw", tossed: "throw", drove: "drive", kicked: "kick" };
/** "covering 50.267 kilometres in 60 minutes", "rode 52.067 km in an hour", "set a women's Hour Record of 50.267 kilometres": how far someone went (metres, kilometres or miles only: "ran for 101 yards" is a player's yardage). */
const COVERED_BEFORE = /\b(?:(?:covered|covering|covers|rode|riding|ran|running|swam|swimming|cycled|cycling|walked|walking|sailed|paddled|rowed|flew|flown|flying|travelled|traveled|trekked|hiked|drove|driven)|set\s+(?:a|an|the|her|his|their|its)\s+(?:new\s+)?(?:[\p{L}'’-]+\s+){0,3}?record\s+of)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+|just\s+under\s+)?$/iu;
const RETREAT_BEFORE = /\b(?:retreated|retreats|retreating|receded|recedes|receding|pulled\s+back|melted\s+back|shrank|shrunk|advanced|eroded|crumbled|lost)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|a\s+record\s+)?$/i;
const COVERED_UNIT = /^[\s-]?(metres?|meters?|m|kilomet(?:re|er)s?|km|miles?)\b(?![.-]?\d)/i;
const HEDGE_WORDS = String.raw`(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+|just\s+under\s+)?`;
/** "a jump of 253.5 metres", "soared 235.5 metres", "threw the javelin 90.2 metres". */
const FEAT_BEFORE = new RegExp(String.raw`\b(?:(jump|leap|flight|vault|throw|heave|toss|drive|kick)\s+of|(jumped|leapt|leaped|soared|vaulted|cleared|threw|hurled|heaved|tossed|drove|kicked)(?:\s+(?:the|his|her|its|their|a|an)\s+(?:\p{Ll}+\s+)?\p{Ll}+)?)\s+${HEDGE_WORDS}$`, "iu");
const FEAT_UNIT = new RegExp(`^[\\s-]?(${LENGTH_UNITS})\\b(?![.-]?\\d)`, "iu");
/** "a 253.5m jump", "a 60-yard kick", "a 300-yard drive". */
const FEAT_AFTER = new RegExp(`^[\\s-]?(${LENGTH_UNITS})(?:[\\s-]long)?\\s+(jump|leap|flight|vault|throw|heave|toss|drive|kick)\\b`, "iu");

/** How far an athlete jumped or threw, in the unit written: `distance:<feat>:<unit>`. */
function featDistance(text: string, n: NumberMention): Classified | undefined {
  const after = text.slice(n.end);
  // Every reading needs a length unit right after the number: the cheap test first.
  if (!FEAT_UNIT.test(after)) return undefined;
  const glued = FEAT_AFTER.exec(after);
  if (glued) {
    const unit = lengthUnit(glued[1]);
    return { kind: "count", end: n.end + /^[\s-]?[\p{L}]+/u.exec(after)![0].length, unit, noun: `distance:${FEAT[glued[2].toLowerCase()]}:${unit}` };
  }
  // "retreated by 83 metres last year", "pulled back 83 metres": how far a glacier, coast or front moved.
  if (RETREAT_BEFORE.test(text.slice(Math.max(0, n.hedgeStart - 40), n.hedgeStart))) {
    const u = FEAT_UNIT.exec(after)!;
    const unit = lengthUnit(u[1]);
    return { kind: "count", end: n.end + u[0].length, unit, noun: `distance:retreat:${unit}` };
  }
  const covered = COVERED_BEFORE.test(text.slice(Math.max(0, n.hedgeStart - 60), n.hedgeStart)) ? COVERED_UNIT.exec(after) : null;
  if (covered) {
    const u = lengthUnit(covered[1]);
    return { kind: "count", end: n.end + covered[0].length, unit: u, noun: `distance:covered:${u}` };
  }
  const feat = FEAT_BEFORE.exec(text.slice(Math.max(0, n.hedgeStart - 50), n.hedgeStart));
  const unit = feat ? FEAT_UNIT.exec(after) : null;
  if (!feat || !unit) return undefined;
  const u = lengthUnit(unit[1]);
  const name = feat[1] ? FEAT[feat[1].toLowerCase()] : FEAT_VERB[feat[2].toLowerCase()];
  return { kind: "count", end: n.end + unit[0].length, unit: u, noun: `distance:${name}:${u}` };
}

const STAY_AFTER = /^(?:\s|-)(day|week|month|year)s?(?:\s+(?:stay|voyage|expedition|mission))?(?=\s+(?:aboard|on board|in orbit|in space|at sea|adrift|on\s+(?:the\s+)?(?:International\s+Space\s+Station|ISS|station|ice|ship|vessel|raft))\b)/i;
const STAY_BEFORE = /\b(?:after|ending|following|completing|concluding|capping)\s+(?:(?:a|an|some|about|nearly|almost|more than|over|roughly|around)\s+)?$/i;




/** A film by any name: its length is its running time ("the 142-minute drama", "a two-hour documentary"). */
const WORK_NOUNS = /^(film|movie|drama|documentary|thriller|comedy|musical|opera|feature|epic)$/;
/** A "deal", "agreement" or "pact" with a length is a contract: one measure, however a source words it. */
const AGREEMENT_NOUNS = /^(deal|agreement|pact|contract|extension)$/;

const isRecordTime = (before: string) => /\brecord\s+(?:time\s+)?(?:of\s+)?$/i.test(before) && !/\b(?:in|with|set|sets|setting|clocked|ran|run|a)\s+(?:a\s+)?(?:new\s+)?(?:[\p{L}\d-]+\s+){0,3}record\s+(?:time\s+)?(?:of\s+)?$/iu.test(before);

export function classifyNumber(text: string, n: NumberMention): Classified {
  const after = text.slice(n.end);
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  if (n.currency) return { kind: "money", end: n.end, unit: n.currency };
  // A race or lap time: a lap's when the sentence speaks of laps or pole, else the race's; "the course record of
  // 2:05:50" is the record's (but "won in a course record of 2:05:14" is the winner's).
  if (n.raceTime) return { kind: "duration", end: n.end, unit: "second", noun: n.lasting ? "event" : isRecordTime(text.slice(Math.max(0, n.start - 40), n.start)) ? "time:record" : /\b(?:lap|laps|lapping|pole|qualifying)\b/i.test(text) ? "time:lap" : "time:race" };
  if (n.percent) return { kind: "percent", end: n.end, unit: "%" };
  const age = AGE_AFTER.exec(after);
  if (age && n.value < 130) return { kind: "age", end: n.end + age[0].length, unit: "years" };
  // "She was 93.": a person's age said alone.
  if (/^\s*(?:She|He)\s+(?:was|is)\s+$/.test(text.slice(0, n.hedgeStart)) && /^\s*(?:[.;]|$)/.test(after) && n.value >= 10 && n.value < 130) return { kind: "age", end: n.end, unit: "years" };
  // "At 29, Lena Mirova is hardly a newcomer", "At 64, she is": an age set before the person it is of.
  if (/^\s*At\s+$/.test(text.slice(0, n.hedgeStart)) && /^,\s+(?:(?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+|he|she)\s+\p{Ll}/u.test(after) && n.value >= 14 && n.value < 120) return { kind: "age", end: n.end, unit: "years" };
  if ((AGE_BEFORE.test(before) || AGE_LIST_BEFORE.test(before)) && n.value < 130 && !/^\s*(?::\d|[ap]\.?m\b)/i.test(after)) return { kind: "age", end: n.end, unit: "years" };
  // "a seven-story building": how many floors.
  if (/^(?:-(?:story|storey|floor)|\s(?:story|storey))\b/i.test(after)) return { kind: "count", end: n.end + /^[-\s]\w+/.exec(after)![0].length, unit: "floors", noun: "floors" };
  // "28 inches of snow", "120 millimetres of rain": how much fell, in its unit.
  const fell = PRECIPITATION_AFTER.exec(after);
  if (fell) {
    const unit = UNIT_OF_DEPTH[fell[1].toLowerCase()] ?? fell[1].toLowerCase();
    return { kind: "count", end: n.end + fell[0].length, unit, noun: `fall:${/snow/i.test(fell[2]) ? "snowfall" : "rainfall"}:${unit}` };
  }
  // "a 300-metre section of the road", "buried 300 metres of highway", "the 366-metre ship": a length, in its unit.
  const length = LENGTH_AFTER.exec(after) ?? LENGTH_OF.exec(after) ?? bracketedLength(before, after);
  if (length) {
    const unit = lengthUnit(length[1]);
    const thing = length[2].toLowerCase();
    const noun = STRETCH.test(thing) ? "stretch" : thing === "vessel" ? "ship" : thing === "detour" ? "diversion" : thing === "bore" ? "tunnel" : thing === "stage" ? stageName(length[0], before) : singular(thing);
    return { kind: "count", end: n.end + /^[\s-]?[^\s-]+/.exec(after)![0].length, unit, noun: `length:${noun}:${unit}` };
  }
  // "sent an ash column 12 kilometres into the sky", "the plume reached 21 kilometres", "throwing ash 12 km
  // high": how high an eruption's or a fire's plume rose.
  const plume = PLUME_BEFORE.test(before) ? (PLUME_INTO_AFTER.exec(after) ?? (PLUME_ROSE_BEFORE.test(before) ? PLUME_UNIT_AFTER.exec(after) : null)) : null;
  if (plume) {
    const unit = lengthUnit(plume[1]);
    return { kind: "count", end: n.end + plume[0].length, unit, noun: `height:plume:${unit}` };
  }
  // "survived a fall of 300 metres", "falling 30 metres down a gully", "a 300-metre fall": how far someone fell.
  const drop = FELL_BEFORE.test(before) ? SIZE_UNIT.exec(after) : FALL_AFTER.exec(after);
  if (drop) {
    const unit = lengthUnit(drop[1]);
    return { kind: "count", end: n.end + drop[0].length, unit, noun: `length:fall:${unit}` };
  }
  // "12 metres wide", "8 metres deep", "a 40-metre-high wall", "2 km across": a size along a named dimension.
  const dim = DIMENSION_AFTER.exec(after);
  if (dim) {
    const unit = lengthUnit(dim[1]);
    // Whose size: the thing the clause is about ("The crater on Dunlow Road was 12 metres wide", "a 40-metre-high
    // wall"), so a tower's height never meets a wall's.
    const compound = /^-/.test(after) ? /^\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,})\b/u.exec(after.slice(dim[0].length)) : null;
    const thing = compound?.[1] ?? THING_SIZED.exec(text.slice(Math.max(0, n.hedgeStart - 90), n.hedgeStart))?.[1] ?? THING_BEFORE.exec(text.slice(Math.max(0, n.hedgeStart - 40), n.hedgeStart))?.[1];
    const noun = thing && !/^(?:and|or|but|with|from|to|of|in|on|at|by|for)$/.test(thing) ? (QUAKE.test(thing) ? "quake" : singular(thing.toLowerCase())) : "size";
    const dimension = DIMENSION[(dim[2] ?? dim[3]).toLowerCase()];
    // How deep something lies is one fact whatever a source calls the thing ("lies 2,400 metres deep", "at a depth of").
    const what = HOLE.test(noun) ? "hole" : dimension === "depth" && !QUAKE.test(noun) ? "size" : dimension === "height" ? buildingNoun(noun) : noun;
    return { kind: "count", end: n.end + dim[0].length, unit, noun: `${dimension}:${what}:${unit}` };
  }
  const sized = compoundSize(text, n) ?? superlativeHeight(text, n);
  if (sized) return sized;
  // "the walkout entered its 12th day", "the strike reached its 21st day": how long an ongoing event has run.
  const ordinal = /^(?:st|nd|rd|th)\s+(day)\b/i.exec(after);
  if (ordinal && /\b(?:its|the|their)\s+$/i.test(before) && ONGOING.test(text)) return { kind: "duration", end: n.end + ordinal[0].length, unit: ordinal[1].toLowerCase(), noun: "ongoing" };
  // "struck at a depth of 10 kilometres": a quake's depth, as "the quake was 10 km deep" says.
  // "located 4,200 metres below the surface", "trapped 700 metres underground": how deep, said another way.
  const below = FEAT_UNIT.exec(after); // "700m below ground" too
  const deep = /\ba\s+depth\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|just\s+)?$/i.test(before) || (below && /^\s+(?:(?:below|beneath|under)\s+(?:the\s+)?(?:surface|sea\s+surface|waves|water|ground)|underground|down(?!\s+(?:a|an|the|to|from|into|by|on|in)\b))\b/i.test(after.slice(below[0].length))) ? below : null;
  if (deep) {
    const unit = lengthUnit(deep[1]);
    return { kind: "count", end: n.end + deep[0].length, unit, noun: `depth:${QUAKE.test(text) ? "quake" : "size"}:${unit}` };
  }
  // "The average score on the state exam rose to 1,052", "Students averaged 1,025 on the exam": a test's average.
  if (AVERAGE_BEFORE.test(text.slice(Math.max(0, n.hedgeStart - 80), n.hedgeStart)) && TEST_WORD.test(text) && !/^\s*(?:%|percent|per\s+cent|points?\b)/i.test(after)) return { kind: "count", end: n.end, unit: "points", noun: "average:score:points" };
  // "8.4 million twenty-foot equivalent units (TEU)", "4.8 million TEU": a port's container traffic.
  const teu = /^\s?(?:TEUs?\b|twenty-foot\s+equivalent\s+units?\b(?:\s*\(TEUs?\))?)/.exec(after);
  if (teu) return { kind: "count", end: n.end + teu[0].length, unit: "teu", noun: "traffic:teu" };
  // "reached 47.3C", "hit 47.3 degrees Celsius", "a high of 104F": a temperature, in its scale.
  const temp = TEMPERATURE_AFTER.exec(after);
  if (temp) {
    const scale = /f/i.test(temp[1] ?? temp[2] ?? temp[3] ?? "") ? "F" : "C";
    return { kind: "count", end: n.end + temp[0].length, unit: `deg${scale}`, noun: `temperature:deg${scale}` };
  }
  // "maximum sustained winds of 145 mph", "top sustained winds of 145 miles per hour", "gusts of up to 175 mph": a
  // storm's wind speed, and its gusts apart (how fast it moves is not read).
  const speed = SPEED_UNIT.exec(after);
  const wind = speed ? /\b(?:(gusts?)|winds?)\b[^.;\d]{0,40}$/i.exec(text.slice(Math.max(0, n.hedgeStart - 60), n.hedgeStart)) : null;
  // "a 20 mph speed limit", "reduce the speed limit to 25 mph": a limit, the new one apart from the one in force.
  const limited = speed && (/^\s+(?:speed\s+)?limits?\b/i.test(after.slice(speed[0].length)) || /\blimits?\b[^.;\d]{0,50}$/i.test(text.slice(Math.max(0, n.hedgeStart - 60), n.hedgeStart)));
  const speedUnit = speed ? (/^(?:mph|miles)/i.test(speed[1]) ? "mph" : /^(?:knots?|kt)/i.test(speed[1]) ? "kt" : "kmh") : "";
  if (speed && limited) {
    const unit = speedUnit;
    const fresh = !LIMIT_IN_FORCE.test(text.slice(Math.max(0, n.hedgeStart - 60), n.hedgeStart));
    return { kind: "count", end: n.end + speed[0].length, unit, noun: `speed:limit${fresh ? ":new" : ""}:${unit}` };
  }
  if (speed && wind) {
    const unit = speedUnit;
    return { kind: "count", end: n.end + speed[0].length, unit, noun: `speed:${wind[1] ? "gust" : "wind"}:${unit}` };
  }
  // "reached a top speed of 603 kilometres per hour", "touched 603 km/h": how fast a vehicle went (not by how much).
  if (speed && TOP_SPEED_BEFORE.test(text.slice(Math.max(0, n.hedgeStart - 60), n.hedgeStart)) && !/^\s+(?:faster|slower|quicker|more|less|above|below|over|under)\b/i.test(after.slice(speed[0].length))) return { kind: "count", end: n.end + speed[0].length, unit: speedUnit, noun: `speed:top:${speedUnit}` };
  // "The state pension age will rise to 68", "the voting age is 16": an age a rule sets, the new one apart from
  // the one in force.
  const ruleFrom = Math.max(0, n.hedgeStart - 100);
  const ruled = n.value < 130 && text.includes(" age") ? RULE_AGE_BEFORE.exec(text.slice(ruleFrom, n.hedgeStart)) : null;
  if (ruled) {
    const which = ruled[1].toLowerCase().replace(/^leaving$/, "school-leaving");
    const change = /\b(?:rise|rises|rising|rose|lift|lifts|lifted|raise|raises|raised|raising|increase[sd]?|lower|lowers|lowered|cut|cuts|reach|reaches|reached|go\s+up|goes\s+up|hit)\b/i.test(text.slice(Math.max(0, ruleFrom + ruled.index - 30), n.hedgeStart));
    return { kind: "count", end: n.end, unit: "years", noun: `age:${which}${change ? ":new" : ""}:years` };
  }
  const threshold = ageLimit(text, n) ?? waterPeak(text, n, lengthUnit) ?? approachDistance(text, n) ?? elapsed(text, n) ?? featDuration(text, n) ?? chargeRange(text, n);
  if (threshold) return threshold;
  const feat = featDistance(text, n);
  if (feat) return feat;
  // "124 light-years from Earth", "a star 142 light-years away": how far the story's object is.
  const far = /^[\s-]?(light[\s-]years?|parsecs?)\b/i.exec(after);
  if (far) return { kind: "count", end: n.end + far[0].length, unit: /^p/i.test(far[1]) ? "pc" : "ly", noun: `distance:earth:${/^p/i.test(far[1]) ? "pc" : "ly"}` };
  // "was around 18 metres long", "measured about 14 metres": the story's thing's length, or a named part's.
  // "the tunnel, which will run for 5.7 kilometres": only a linear thing runs for a length ("ran for 101 yards" is a
  // player's).
  const linearBefore = () => [...text.slice(Math.max(0, n.hedgeStart - 80), n.hedgeStart).matchAll(LINEAR_THING)].at(-1)?.[1].toLowerCase();
  const runs = (RUN_FOR_BEFORE.test(before) || EXTENDED_TO.test(text.slice(Math.max(0, n.hedgeStart - 80), n.hedgeStart))) && linearBefore() !== undefined;
  const size = SIZE_AFTER.exec(after) ?? (SIZE_BEFORE.test(before) || runs ? SIZE_UNIT.exec(after) : null);
  if (size) {
    const unit = lengthUnit(size[1]);
    const part = PART_SUBJECT.exec(text.slice(Math.max(0, n.hedgeStart - 60), n.hedgeStart));
    // "the Ardley rail tunnel, which will run for 5.7 kilometres": a linear thing named before is what is that long.
    const linear = part ? undefined : linearBefore();
    const noun = part ? singular(part[1].toLowerCase()) : linear ? (linear === "bore" ? "tunnel" : singular(linear)) : "size";
    return { kind: "count", end: n.end + /^[\s-][\p{L}]+/u.exec(after)![0].length, unit, noun: `length:${noun}:${unit}` };
  }
  // "lead levels of up to 42 parts per billion", "15 ppb": a concentration, in its unit; a limit is another fact.
  const conc = /^\s?(parts?\s+per\s+(?:billion|million)|ppb|ppm|milligrams?\s+per\s+lit(?:re|er)|mg\/l|micrograms?\s+per\s+(?:lit(?:re|er)|cubic\s+met(?:re|er))|µg\/m3)\b/i.exec(after);
  if (conc) {
    const unit = /billion|ppb/i.test(conc[1]) ? "ppb" : /million|ppm/i.test(conc[1]) ? "ppm" : conc[1].toLowerCase().replace(/\s+/g, " ");
    const limit = /\b(?:limit|standard|threshold|action\s+level|safe\s+level|maximum|guideline|allowed|permitted)\b[^.;]{0,30}$/i.test(text.slice(Math.max(0, n.start - 60), n.start));
    return { kind: "count", end: n.end + conc[0].length, unit, noun: `concentration:${limit ? "limit" : "level"}:${unit}` };
  }
  // "a 21-member crew": a count of members of what follows.
  const member = /^-(?:member|strong|person)\s+([\p{Ll}]+)/u.exec(after);
  if (member && !/^(family|household)$/i.test(member[1])) return { kind: "count", end: n.end + member[0].length, unit: member[1], noun: `member:${member[1]}` };
  // "the 610-room Grand Meridian", "a 690-megawatt project", "an 18,500-seat arena": what something holds or has.
  const capacity = CAPACITY_AFTER.exec(after);
  if (capacity) {
    // "a 32,000-capacity stadium" counts seats, as "a 32,000-seat stadium" does.
    // "Norvia's 150-seat parliament": the size of a chamber, not the seats a party won.
    const chamber = /^(?:seat|member)$/i.test(capacity[1]) && /^\s+(?:[\p{Ll}-]+\s+)?(?:parliament|chamber|assembly|legislature|house|senate|council|congress|diet|bundestag|knesset|duma|sejm|cortes)\b/iu.test(after.slice(capacity[0].length));
    const noun = capacity[1].toLowerCase() === "capacity" ? "seat" : chamber ? "seat:chamber" : capacity[1].toLowerCase();
    return { kind: "count", end: n.end + capacity[0].length, unit: noun, noun: `capacity:${noun}` };
  }
  // "Building 6000", "Route 66", "Flight 370", "Apollo 11": a number that is part of a name.
  if (/\b(?:Building|Route|Highway|Interstate|Flight|Apollo|Gate|Room|Suite|Terminal|Station|Platform|Block|Unit|Lot|Pier|Level|Hall|Bus|Line|Channel|Chapter|Section|Article|Case|No\.?|Number|Ward|District|Precinct|Engine|Ladder|Squad|Company|Battalion|Camp|Area|Zone|Sector|Bay|Dock|Track|Lane|Exit|Mile)\s+$/.test(before) && !n.words) {
    return { kind: "other", end: n.end };
  }
  // "a 6.4-magnitude earthquake", "a 6.4 tremor": a quake's strength (before "6.4-magnitude" reads as a compound).
  if (n.value < 12 && !n.words && (MAGNITUDE_BEFORE.test(before) || MAGNITUDE_AFTER.test(after) || (!Number.isInteger(n.value) && QUAKE_AFTER.test(after)))) {
    return { kind: "magnitude", end: n.end, unit: "magnitude" };
  }
  // "12:45 p.m.", "8-member family", "mother of 12": clock times, compound modifiers, family sizes (not "a 23-vehicle crash").
  if (/^(?::\d|\s*[ap]\.m\.|\s*[ap]m\b)/i.test(after) || /^-(?!year|month|week|day|hour|minute|square-|sq-|(?:vehicle|car)[\s-]+(?:crash|pile-?up|collision|smash|accident)\b)[\p{L}]/u.test(after) || /\b(?:mother|mom|father|dad|parent|grandmother|grandfather)\s+of\s+$/i.test(before)) {
    return { kind: "other", end: n.end };
  }
  // "Marcus Delgado, 24, of Fairview": a bare number between commas right after a name.
  // "The accused gunman, Travis Wexcombe, is 23, according to ...": a name's bare number after "is" or "was".
  const ageLike = !n.words && Number.isInteger(n.value) && n.value >= 1 && n.value < 120;
  if (ageLike && ((/\p{Lu}[\p{L}'’.-]+,\s*$/u.test(before) && (/^\s*,/.test(after) || (/^(?:\.(?!\d)|\s*$)/.test(after) && /\band\s+(?:\p{Lu}[\p{L}'’.-]+\s+)+\p{Lu}[\p{L}'’.-]+,\s*$/u.test(text.slice(Math.max(0, n.start - 60), n.start))))) || (/\p{Lu}[\p{L}'’.-]+,?\s+(?:who\s+)?(?:is|was)\s+$/u.test(before) && /^(?:\s*[,;]|\.(?!\d)|\s*$|\s+(?:and|according|years\s+old)\b)/.test(after)))) {
    return { kind: "age", end: n.end, unit: "years" };
  }
  // "took an average of 41 minutes to reach patients", "waited 14 minutes on average": an average time.
  const averaged = /^\s(minute|hour|day|week|month)s?\b/i.exec(after);
  // "The average ambulance response time for category two calls ... was 24 minutes": an average named before.
  if (averaged && (/\ban\s+average\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?$/i.test(before) || /^\s+on\s+average\b/i.test(after.slice(averaged[0].length)) || AVERAGE_TIME_BEFORE.test(text.slice(Math.max(0, n.hedgeStart - 140), n.hedgeStart)))) {
    return { kind: "duration", end: n.end + averaged[0].length, unit: averaged[1].toLowerCase(), noun: "average" };
  }
  // "three hours of battery life", "runs for two hours on a charge", "its battery lasts three hours".
  const battery = BATTERY_AFTER.exec(after);
  if (battery || (/\bbattery\s+(?:life\s+)?(?:lasts|last|lasted|runs|run|ran|is rated at|of)\s+(?:up to\s+|about\s+|around\s+)?$/i.test(before) && /^\s(hour|day|week|minute)s?\b/i.test(after))) {
    const unit = (battery?.[1] ?? /^\s(\w+?)s?\b/.exec(after)![1]).toLowerCase();
    return { kind: "duration", end: n.end + (battery?.[0].length ?? /^\s\w+/.exec(after)![0].length), unit, noun: "battery" };
  }
  // "The five-day Jarrow Folk Festival", "drew 210,000 people over four days": how long a gathering lasted.
  const gathering = GATHERING_AFTER.exec(after) ?? (/\b(?:over|across)\s+(?:the\s+)?$/i.test(before) && GATHERING.test(text) ? /^\s(day|week)s?\b/i.exec(after) : null);
  if (gathering) return { kind: "duration", end: n.end + /^[\s-]\w+/.exec(after)![0].length, unit: gathering[1].toLowerCase(), noun: "event" };
  // How long an event lasted: "a 78-minute final", "lasted 87 minutes", "won ... in 78 minutes".
  const event = EVENT_LENGTH_AFTER.exec(after);
  if (event && (event[2] || LASTED_BEFORE.test(before) || /^\s+(?:underground|trapped|in captivity|at sea|adrift|missing)\b/i.test(after.slice(event[0].length)))) {
    return { kind: "duration", end: n.end + event[0].length, unit: event[1].toLowerCase(), noun: event[2] ? partOfEvent(event[2]) : lastedNoun(text.slice(Math.max(0, n.start - 80), n.start)) };
  }
  // "landed after 186 days aboard the station", "after 186 days in orbit": how long a stay or voyage lasted.
  const stay = STAY_AFTER.exec(after);
  if (stay && STAY_BEFORE.test(before)) return { kind: "duration", end: n.end + stay[0].length, unit: stay[1].toLowerCase(), noun: "mission" };
  // "repairs could take 72 hours", "expect the work to last at least two weeks": how long a task takes.
  const wide = text.slice(Math.max(0, n.start - 80), n.start);
  // "will be closed for six months", "is to close for nine months": how long a closure lasts.
  const closedUnit = CLOSED_FOR_BEFORE.test(before) ? /^\s(day|week|month|year)s?\b/i.exec(after) : null;
  if (closedUnit) return { kind: "duration", end: n.end + closedUnit[0].length, unit: closedUnit[1].toLowerCase(), noun: "closure" };
  // "will strike for three days", "walk out for four days": how long a strike lasts (a "three-day strike").
  const struckUnit = STRIKE_FOR_BEFORE.test(before) ? /^\s(hour|day|week|month)s?\b/i.exec(after) : null;
  if (struckUnit) return { kind: "duration", end: n.end + struckUnit[0].length, unit: struckUnit[1].toLowerCase(), noun: "strike" };
  // "will spend €2.4 billion over three years", "a scheme running over four years", "runs for three years": how
  // long a programme lasts.
  const agreement = TASK_BEFORE.exec(wide)?.[1];
  const runUnit = RUNS_OVER_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start)) && !(agreement && AGREEMENT_NOUNS.test(singular(agreement.toLowerCase()))) ? /^\s(month|year)s?\b/i.exec(after) : null;
  if (runUnit) return { kind: "duration", end: n.end + runUnit[0].length, unit: runUnit[1].toLowerCase(), noun: "programme" };
  // "over a season of 124 days", "a voyage of 38 days": the length of the thing named before.
  const spanOf = SPAN_OF_BEFORE.exec(before);
  const spanUnit = spanOf ? /^\s(hour|day|week|month|year)s?\b/i.exec(after) : null;
  if (spanOf && spanUnit) return { kind: "duration", end: n.end + spanUnit[0].length, unit: spanUnit[1].toLowerCase(), noun: `task:${spanOf[1].toLowerCase()}` };
  const task = TASK_BEFORE.exec(wide);
  const taskUnit = /^(?:\s|-)(hour|day|week|month|year|minute)s?\b/i.exec(after);
  if (task && taskUnit && !NOT_TASK.test(task[1].toLowerCase())) {
    // "The deal runs for 12 years": an agreement's length is its term, however it is said.
    const what = singular(task[1].toLowerCase());
    return { kind: "duration", end: n.end + taskUnit[0].length, unit: taskUnit[1].toLowerCase(), noun: AGREEMENT_NOUNS.test(what) ? "contract" : GATHERING.test(what) ? "event" : /^(?:strike|walkout|stoppage|lockout)$/.test(what) ? "strike" : what === "closure" ? "closure" : `task:${what}` };
  }
  // "had led the bank for nine years", "ran the club for six years": how long someone has held a post.
  if (TENURE_BEFORE.test(wide) && /^\s(year|month)s?\b/i.test(after)) {
    return { kind: "duration", end: n.end + /^\s\w+/.exec(after)![0].length, unit: /^\s(year|month)/i.exec(after)![1].toLowerCase(), noun: "tenure" };
  }
  // "a 15-year, $210 million deal": the agreement's length, its value between.
  const priced = PRICED_TERM_AFTER.exec(after);
  if (priced) return { kind: "duration", end: n.end + priced[1].length, unit: priced[2].toLowerCase(), noun: "contract" };
  const dur = DURATION_AFTER.exec(after) ?? TENURE_AFTER.exec(after);
  if (dur) {
    const noun = (dur[3] ?? "tenure").toLowerCase();
    return { kind: "duration", end: n.end + dur[0].length, unit: dur[1].toLowerCase(), noun: AGREEMENT_NOUNS.test(noun) ? "contract" : WORK_NOUNS.test(noun) ? "runtime" : /^(walkout|stoppage)$/.test(noun) ? "strike" : noun === "sentence" && SENTENCE_LIMIT.test(text.slice(Math.max(0, n.hedgeStart - 50), n.hedgeStart)) ? "sentence:limit" : noun };
  }
  // "returned 25 minutes after departure", "52 minutes after take-off": time from the event's start.
  const since = /^\s(second|minute|hour)s?\s+(?:after|into)\s+(?:the\s+|its\s+)?(departure|take-?off|take\s+off|liftoff|lift-off|launch|kick-?off|start)\b/i.exec(after);
  if (since) {
    const from = /^(departure|take)/i.test(since[2]) ? "takeoff" : /^(lift|launch)/i.test(since[2]) ? "launch" : "start";
    return { kind: "duration", end: n.end + since[0].length, unit: since[1].toLowerCase(), noun: `after-${from}` };
  }
  // "Forty firefighters were at the scene for nine hours", "battled the blaze for five hours", "spent five hours
  // fighting the fire": how long the response to the event lasted.
  const fightUnit = /^[\s-](minute|hour|day)s?\b/i.exec(after);
  if (fightUnit && (FOUGHT_FOR_BEFORE.test(wide) || (/\bspen[dt]\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/i.test(before) && FIGHTING_AFTER.test(after.slice(fightUnit[0].length))))) {
    return { kind: "duration", end: n.end + fightUnit[0].length, unit: fightUnit[1].toLowerCase(), noun: "response" };
  }
  const used = TIME_USED_BEFORE.exec(before);
  const usedUnit = used ? TIME_USED_AFTER.exec(after) : null;
  if (used && usedUnit) {
    const how = /^(?:los|wast)/i.test(used[1]) ? "lost" : /^sav/i.test(used[1]) ? "saved" : "spent";
    return { kind: "duration", end: n.end + usedUnit[0].length, unit: usedUnit[1].toLowerCase(), noun: `time:${how}` };
  }
  // "banned from athletics for four years", "suspended for two years", "is out for four years": a ban's length.
  if (BANNED_BEFORE.test(wide) && /^\s(year|month|week|day|match|game|race)(?:e?s)?\b/i.test(after)) {
    return { kind: "duration", end: n.end + /^\s\w+/.exec(after)![0].length, unit: /^\s(\w+?)(?:e?s)?\b/.exec(after)![1].toLowerCase(), noun: "ban" };
  }
  const sent = SENTENCE_AFTER.exec(after);
  if (sent || (SENTENCED_BEFORE.test(before) && /^\s(year|month|week|day)s?\b/i.test(after))) {
    const unit = (sent?.[1] ?? /^\s(\w+?)s?\b/.exec(after)![1]).toLowerCase();
    // "faces a maximum of 17 years in prison", "a mandatory minimum sentence of ten years": the law's limit; "with all
    // but six months suspended": a sentence mostly not served. Neither is the term imposed.
    const limit = SENTENCE_LIMIT.test(text.slice(Math.max(0, n.hedgeStart - 50), n.hedgeStart));
    const suspended = /^[^.;]{0,60}\bsuspended\b/i.test(after);
    return { kind: "duration", end: n.end, unit, noun: limit ? "sentence:limit" : suspended ? "sentence:suspended" : "sentence" };
  }
  if (n.year && !/^\s+(?:people|persons|of)\b/i.test(after)) return { kind: "year", end: n.end };
  return { kind: "count", end: n.end };
}
