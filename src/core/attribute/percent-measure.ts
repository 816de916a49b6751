/** What a percentage measures: "an 18% increase in revenue", "a 12% stake", "52% of the vote", "turnout was 64%". */
import { DOWN_WORDS, NOT_COUNT_NOUN, PEOPLE_NOUN, PEOPLE_ROLES, PERCENT_NOUNS, UP_WORDS } from "./lexicon.js";
import { singular, stemOf } from "./word-forms.js";
import { VACCINE_SHOT } from "./count-words.js";
import { ruleFor } from "./rule-for.js";
import { opinionShare } from "./opinion-share.js";
import { labelledShare, serviceShare } from "./service-share.js";
import { modifierBefore, SEGMENTED } from "./segment.js";
import type { Word } from "./words.js";

/** Words after a percentage that open a period or a comparison, not a noun ("grew 4.1% between 2020 and 2025"). */
const SPAN_WORD = /^(between|since|from|over|after|before|during|through|until|against|among|within|across|compared|versus)$/;
const POLL_WORD = /\b(?:poll|polling|opinion\s+polls?)\b/i;
const PERCENT_SYNONYMS: Record<string, string> = { poll: "support", polls: "support", polling: "support", "inflation rate": "inflation", grant: "funding", grants: "funding", subsidy: "funding", subsidies: "funding", "unemployment rate": "unemployment", "jobless rate": "unemployment", residents: "population", inhabitants: "population", people: "population", raise: "pay", rise: "pay", wage: "pay", wages: "pay", salary: "pay", salaries: "pay", effective: "efficacy", votes: "vote", shares: "stock", revenues: "revenue", profits: "profit", full: "occupancy", capacity: "occupancy", quotas: "quota", prices: "price", sales: "revenue", sale: "revenue", earnings: "profit", harvests: "harvest", crop: "harvest", crops: "harvest", yield: "harvest", yields: "harvest" };

const FUND_NOUN = /^(endowment|endowments|fund|funds|portfolio|portfolios|pension|pensions)$/;
const RETURN_VERB = /^(earned|earns|earn|posted|posts|post|delivered|delivers|generated|generates|made|makes)$/;

const MET_STANDARD_AFTER = /^\s+(?:of\s+(?:the\s+|its\s+|all\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:pupils|students|children|candidates|schools|learners|test-takers|entrants)\s+)?(?:met|meeting|meet|meets|passed|passing|pass|reached|reaching|achieved|achieving|hit|hitting)\s+(?:the\s+)?(?:(?:state|national|expected|required|minimum|federal|provincial)\s+)?(?:(\p{L}+)\s+)?(?:standard|benchmark|threshold|pass\s+mark)\b/iu;
const SCHOOL_SUBJECT = /\b(maths|math|mathematics|reading|writing|science|english|literacy|numeracy|spelling|grammar)\b/gi;

/**
 * "In maths, 44% of pupils met the standard", "44% met the maths standard", "Maths results improved, with 48%
 * of pupils meeting the standard": the share meeting a standard, of the school subject it is for.
 */
function metStandard(text: string, valueStart: number, valueEnd: number): string | undefined {
  const m = MET_STANDARD_AFTER.exec(text.slice(valueEnd, valueEnd + 120));
  if (!m) return undefined;
  const named = m[1]?.toLowerCase().match(SCHOOL_SUBJECT)?.[0] ?? [...text.slice(0, valueStart).matchAll(SCHOOL_SUBJECT)].at(-1)?.[1];
  const subject = named?.toLowerCase().replace(/^(?:math|mathematics)$/, "maths");
  return `pct:standard${subject ? `:${subject}` : ""}`;
}

/** What a share of people do: "82% of its customers use its app". */
const DOING = ["use", "own", "prefer", "pay", "shop", "bank", "watch", "live", "work", "drive", "buy", "support", "oppose"];

/** A group of people a rate may be of: "for girls", "among under-25s", "for black women". */
const PEOPLE_GROUP = /^(?:for|among|in)\s+((?:(?:young|older|black|white|asian|hispanic|disadvantaged|poorer|richer)\s+)?(?:girls|boys|women|men|males|females|children|adults|teenagers|people|pupils|students|graduates|workers)|over-\d+s|under-\d+s|\d+-(?:to-)?\d+-year-olds)\b/i;
const RATE_OF = /\b(\p{Ll}[\p{Ll}-]{2,})\s+rate\s+(?:(for|among|in)\s+(?:[\p{L}'’-]+\s+){1,5}?)?(?:of|was|is|stood\s+at|stands\s+at|at|reached|hit|rose\s+to|fell\s+to|climbed\s+to|rises\s+to|falls\s+to)\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?$/u;
const GRADE_OR_ABOVE = /^\s*(?:%|percent|per\s+cent)?\s+of\s+(?:[\p{L}'’-]+\s+){0,4}?(?:entries|pupils|students|candidates|results|papers|grades)\b[^.;%]{0,60}?\b(?:achieved|awarded|gained|got|scored|were|at)\s+(?:a\s+)?grade\s+\S+\s+or\s+(?:above|higher|better)\b/iu;
/** "The proportion of GCSE entries ... awarded grade 4 or above rose to 68%". */
/** "78.4% of Rowanby students passed their exams": the pass rate. */
const PASSED_SHARE = /^\s*(?:%|percent|per\s+cent)?\s+of\s+(?:[\p{L}'’-]+\s+){0,3}?(?:students|pupils|candidates|entrants|entries|learners|applicants|test-takers)\s+(?:(?:who|that)\s+(?:sat|took)\s+(?:the\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:exams?|tests?)\s+)?(?:have\s+|had\s+)?passed\b/iu;
const GRADE_SHARE_BEFORE = /\b(?:proportion|share|percentage)\s+of\s+[^.;%]{0,80}?\bgrade\s+\S+\s+or\s+(?:above|higher|better)\b[^.;%\d]{0,30}$/i;
const BACKED_BY = /\b(?:backed|approved|endorsed|supported|accepted|ratified|voted)\s+(?:(?!(?:that|which|who|to|and|but|with|as)\s)[\p{L}\d%.'’-]+\s+){0,4}?by\s+(?:a\s+margin\s+of\s+)?$/iu;

/** A percentage: "an 18% increase in revenue", "a 12% stake", "52% of the vote", "turnout was 64%". */
export function percentMeasure(text: string, words: Word[], valueStart: number, valueEnd: number, clauseStart: number, clauseEnd: number, earlierClauses = true): string | undefined {
  // "Union members backed the 7% pay offer by 78%", "voted by 78% to accept": the share that backed it.
  if (BACKED_BY.test(text.slice(Math.max(clauseStart, valueStart - 70), valueStart))) return /^\s*(?:%|percent|per cent)?\s+(?:to\s+reject|against)\b/i.test(text.slice(valueEnd, valueEnd + 24)) ? "pct:vote:no" : "pct:vote:yes";
  // "A pass rate of 68% puts ...", "the survival rate was 64%": a rate named before its value.
  let from = Math.max(clauseStart, valueStart - 90);
  while (from > clauseStart && /\p{L}/u.test(text[from - 1])) from--;
  const rate = RATE_OF.exec(text.slice(from, valueStart));
  // (Central banks' and lenders' rates keep the names they had: "the interest rate", "its key rate".)
  if (rate && !NOT_COUNT_NOUN.test(rate[1].toLowerCase()) && !/^(?:interest|benchmark|base|policy|key|lending|deposit|bank|exchange|mortgage|tax|repo|prime|discount)$/.test(rate[1].toLowerCase())) {
    // "The pass rate for girls was 81.2%": a group's rate is not the whole's.
    const group = rate[2] ? PEOPLE_GROUP.exec(rate[0].slice(rate[0].indexOf(rate[2])))?.[1].toLowerCase() : undefined;
    return `pct:${PERCENT_SYNONYMS[`${rate[1].toLowerCase()} rate`] ?? `${rate[1].toLowerCase()} rate`}${group ? `:${group}` : ""}`;
  }
  // "68% of entries were awarded grade 4 or above": the pass rate.
  if (GRADE_OR_ABOVE.test(text.slice(valueEnd, valueEnd + 120)) || GRADE_SHARE_BEFORE.test(text.slice(Math.max(clauseStart, valueStart - 160), valueStart))) return "pct:pass rate";
  // "about 40% of its normal timetable will run": the share of its service an operator runs.
  if (serviceShare(text, valueEnd, clauseStart, clauseEnd)) return "pct:service";
  // "prevented 94.1% of severe cases", "cut infections by 91%" is a change; "prevented N% of cases" is the efficacy.
  if (/\bprevent(?:ed|s|ing)?\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i.test(text.slice(Math.max(clauseStart, valueStart - 30), valueStart)) && /^\s*(?:%|percent|per\s+cent)?\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?:cases|infections|illness|illnesses|disease|hospitali[sz]ations|deaths)\b/iu.test(text.slice(valueEnd, valueEnd + 50))) return "pct:efficacy";
  // "was 35% contained", "raising containment to 35%", "Containment: 35%": how much of a fire's edge is held.
  if (/^\s*(?:%|percent|per\s+cent)?\s+contained\b/i.test(text.slice(valueEnd, valueEnd + 16)) || CONTAINMENT_BEFORE.test(text.slice(Math.max(clauseStart, valueStart - 40), valueStart)) || /^[\s*•-]*containment\s*:\s*$/i.test(text.slice(0, valueStart))) return "pct:containment";
  // "Turnout: 38.6%": a line's label.
  const label = labelledShare(text, valueStart);
  // (Only a label that names one figure of the story: "Share: 51.2%" in a table of candidates names nobody's.)
  const head = label?.split(" ").pop();
  if (label && head && PERCENT_NOUNS.test(head) && !/^(?:share|shares|stake|vote|votes|rate|market)$/.test(label)) return `pct:${PERCENT_SYNONYMS[label] ?? (head === "rate" ? label : PERCENT_SYNONYMS[head] ?? head)}`;
  const standard = metStandard(text, valueStart, valueEnd) ?? opinionShare(text.slice(valueEnd, Math.min(clauseEnd, valueEnd + 120)));
  if (standard) return standard;
  if (PASSED_SHARE.test(text.slice(valueEnd, valueEnd + 90))) return "pct:pass rate";
  // "rainfall 38 per cent below average", "83% below the long-term average", "received 38% less rain than
  // average": how far a reading is from its normal, of what the clause measures.
  const normal = VS_NORMAL.exec(text.slice(valueEnd, valueEnd + 60));
  if (normal) {
    const what = READING.exec(text.slice(clauseStart, clauseEnd))?.[1].toLowerCase();
    const noun = what ? READING_NAME[what] ?? what : "level";
    return `pct:${noun}:vs-normal:${/^(?:below|less|lower|fewer|under)$/i.test(normal[1]) ? "below" : "above"}`;
  }
  // "71.3% of patients were seen within four hours", "saw 73.1% of patients within four hours", "76.4% were seen
  // within the four-hour window": the share dealt with inside a time limit, whatever the verb.
  // "ran 87.3% of its trains on time", "Only 78.3% of trains arrived on time", "an on-time rate of 87.3%".
  if (/^\s*(?:(?:%|percent|per\s+cent)\s+)?of\s+(?:its\s+|their\s+|the\s+|all\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:trains|flights|services|buses|departures|arrivals|deliveries|journeys)\b[^.;]{0,30}?\bon\s+time\b/iu.test(text.slice(valueEnd, clauseEnd)) || /\bon-time\s+(?:rate|performance|record|arrivals?)\s+(?:of|was|is|at|to|fell\s+to|rose\s+to)\s+(?:about\s+|around\s+|nearly\s+|just\s+)?$/i.test(text.slice(Math.max(clauseStart, valueStart - 40), valueStart))) return "pct:on-time";
  // "Seen within four hours: 71.2%": a line's label says the same.
  const within = WITHIN.exec(text.slice(valueEnd, Math.min(clauseEnd, valueEnd + 120))) ?? WITHIN_LABEL.exec(text.slice(Math.max(0, valueStart - 60), valueStart));
  if (within && !changeDirection(text, words, valueStart, valueEnd)) return `pct:within:${WITHIN_COUNT[within[1].toLowerCase()] ?? within[1]}${WITHIN_UNIT[within[2].toLowerCase()]}`;
  // "will cover 40% of the cost", "pay for 45% of the purchase", "40% of the money comes from the state": the share
  // of a cost someone else bears.
  const rest = text.slice(valueEnd, valueEnd + 60);
  if ((COVERS_BEFORE.test(text.slice(Math.max(clauseStart, valueStart - 30), valueStart)) && OF_COST.test(rest)) || COST_FROM.test(rest)) return "pct:cost-covered";
  // "44% of registered voters cast a ballot", "only 38% of eligible voters turned out": the turnout.
  if (VOTERS_WHO_VOTED.test(rest)) return "pct:turnout";
  // "82% of its customers now use its app": the share of a kind of people who do something.
  const doing = /^\s*(?:%|percent|per cent)?\s+of\s+(?:its|the|their|all)\s+(\p{Ll}+s)\s+(?:now\s+|also\s+|still\s+|already\s+)?(\p{Ll}{3,})\b/u.exec(text.slice(valueEnd, valueEnd + 60));
  const did = doing ? DOING.find((v) => [v, `${v}s`, `${v}es`, `${v}d`, `${v}ed`].includes(doing[2])) : undefined;
  if (doing && did && PEOPLE_NOUN.test(doing[1])) return `pct:${singular(doing[1])}:${did}`;
  // "Beekeepers lost 37% of their colonies", "the herd lost 30% of its animals": the share of a whole that was lost.
  // "40 percent of buds were killed": the passive says so after the whole.
  const lostAfter = (m: RegExpExecArray | null) => (m && /^\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:lost|killed|destroyed|wiped\s+out)\b/i.test(text.slice(valueEnd + m[0].length, valueEnd + m[0].length + 30)) ? m : null);
  const lost = LOST_BEFORE.test(text.slice(Math.max(clauseStart, valueStart - 24), valueStart)) ? LOST_OF.exec(text.slice(valueEnd, valueEnd + 80)) : LOST_PASSIVE_CUE.test(text.slice(valueEnd, clauseEnd)) ? lostAfter(LOST_OF.exec(text.slice(valueEnd, valueEnd + 80))) : null;
  const whole = lost?.[1].split(/\s+/).at(-1)!.toLowerCase();
  if (whole && !NOT_COUNT_NOUN.test(whole)) return `pct:${PERCENT_SYNONYMS[whole] ?? singular(whole)}:down`;
  const inClause = words.filter((w) => w.start >= clauseStart && w.end <= clauseEnd);
  const after = inClause.filter((w) => w.start >= valueEnd);
  const before = inClause.filter((w) => w.end <= valueStart).reverse();
  let noun: string | undefined;
  let nounAt = -1;
  let dir: string | undefined;
  const of = /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?([\p{L}-]+)/u.exec(text.slice(valueEnd));
  if (of && PERCENT_NOUNS.test(of[1].toLowerCase())) {
    noun = of[1].toLowerCase();
    nounAt = valueEnd + of[0].length - of[1].length;
  }
  // ("70% full" is how full; "68% had full confidence" is not.)
  const percentNoun = (w: Word) => PERCENT_NOUNS.test(w.lower) && !(w.lower === "full" && /^\s+\p{Ll}/u.test(text.slice(w.end, w.end + 3)));
  const take = (w: Word) => {
    noun = w.lower;
    nounAt = w.start;
  };
  // "a 34% premium", "a 12% stake": the noun right after the percentage, whatever it is.
  const next = after[0];
  if (next && next.start - valueEnd <= 1 && /^\p{Ll}{4,}$/u.test(text.slice(next.start, next.end)) && !NOT_COUNT_NOUN.test(next.lower) && !SPAN_WORD.test(next.lower) && !UP_WORDS.test(next.lower) && !DOWN_WORDS.test(next.lower) && !/(?:ly|ed|ing)$/.test(next.lower)) take(next);
  for (const w of after.slice(0, 3)) {
    if (!dir && UP_WORDS.test(w.lower) && !isParticle(text, w)) dir = "up";
    else if (!dir && DOWN_WORDS.test(w.lower) && !isParticle(text, w)) dir = "down";
    else if (!noun && percentNoun(w)) take(w);
    else if (NOT_COUNT_NOUN.test(w.lower) && w.lower !== "in" && w.lower !== "of") break;
  }
  for (const w of before.slice(0, 6)) {
    if (!dir && UP_WORDS.test(w.lower) && !isParticle(text, w)) dir = "up";
    else if (!dir && DOWN_WORDS.test(w.lower) && !isParticle(text, w)) dir = "down";
    else if (!noun && percentNoun(w)) take(w);
  }
  if (!noun && dir) {
    // "The orchestra's annual grant from the arts council will be cut by 15%": the clause's head noun, further back.
    const n = after.find(percentNoun) ?? before.slice(6).reverse().find(percentNoun);
    if (n) take(n);
  }
  // "Flu vaccine uptake among over-65s has fallen to 63%", "vaccination coverage is 91%": the share vaccinated.
  if (/\b(?:vaccines?|vaccinations?|jabs?|shots?|boosters?|immuni[sz]ations?)\s+(?:uptake|take-up|coverage)\b/i.test(text.slice(clauseStart, valueStart))) return "pct:vaccinated";
  // "Reservoir levels stand at 38 per cent", "water stocks in the reservoirs have fallen to 33%": how full the
  // store of water is.
  if (!noun && WATER_STORE.test(text.slice(clauseStart, valueStart)) && /\b(?:at|to)\s+(?:about\s+|around\s+|just\s+|only\s+|roughly\s+|nearly\s+|barely\s+)?$/i.test(text.slice(Math.max(clauseStart, valueStart - 20), valueStart))) {
    noun = "full";
    dir = undefined;
  }
  // "shareholders will own 55% of the combined company", "investors will hold 45%": a stake.
  if (!noun && !dir && before.slice(0, 3).some((w) => /^(own|owns|owning|owned|hold|holds|holding|held|control|controls|controlling)$/.test(w.lower))) noun = "stake";
  // "Tarnwell is taking 65% of Wendmark Rovers", "agreed to buy 30% of Norska": a part of a named body bought or sold.
  if (!noun && !dir && /^\s*(?:%|percent|per cent)?\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(valueEnd, valueEnd + 24)) && before.slice(0, 3).some((w) => /^(take|takes|taking|took|taken|buy|buys|buying|bought|acquire|acquires|acquiring|acquired|sell|sells|selling|sold|purchase|purchased|purchasing)$/.test(w.lower))) noun = "stake";
  // "Millbrook's population reached 512,400, up 4.1% from 2020": a change in a clause of its own is the change
  // of the figure the sentence named before it.
  if (!noun && dir && earlierClauses) {
    const n = words.filter((w) => w.end <= clauseStart && percentNoun(w)).pop();
    if (n) take(n);
  }
  // "88% of the pupils are vaccinated", "78% of its 540 students are fully vaccinated": the share of people
  // with a role.
  // "58% of people aged over 65 had been vaccinated", "85% of over-65s had had a flu jab": people of any kind.
  // "68% of Carrow residents aged 65 or older have received a flu shot": residents are whom the share is of.
  if ((!noun || /^(?:residents|inhabitants|population|people)$/.test(noun)) && /^\s*(?:%|percent|per cent)?\s+of\s+(?:(?:the|its|their|them|those|all)\b|(?:people|adults|children|residents|pupils|students|patients|workers|over-\d+s|under-\d+s)\b|\p{Lu}\p{Ll}+\s+(?:residents|people|adults|children|pupils|students|patients|workers)\b)/iu.test(text.slice(valueEnd, valueEnd + 30))) {
    for (const w of after.slice(0, 14)) {
      const jab = /^(?:vaccines?|vaccinations?|shots?|jabs?|boosters?)$/.test(w.lower) && VACCINE_SHOT.test(text.slice(Math.max(0, w.start - 40), w.start));
      const r = jab ? "vaccinated" : ruleFor(PEOPLE_ROLES, w.lower);
      if (r && r !== "shot") return `pct:${r}`;
    }
  }
  // "89% of voters backed the ban", "79% of RTU members who voted backed strikes", "with 58% backing the recall",
  // "54% of voters choosing to remove him": a ballot's yes share.
  if (/^\s*(?:%|percent|per cent)?\s+of\s+(?:the\s+|those\s+)?(?:[\p{L}-]+\s+){0,2}?(?:voters|members|residents|workers|staff|employees|shareholders|ballots|votes|those)\s+(?:in\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:who\s+(?:voted|took\s+part)\s+|cast\s+|balloted\s+)?(?:backed|supported|approved|endorsed|favou?red|voted\s+(?:for|yes|in\s+favou?r)|cho(?:se|osing)\s+to\s+(?:remove|recall|approve|back|reject|oust|keep|retain)|in\s+favou?r\s+of\s+(?:removing|recalling|the\s+recall))\b/iu.test(text.slice(valueEnd, valueEnd + 80)) || /^\s*(?:%|percent|per cent)?\s+(?:backing|supporting|approving|endorsing)\s+(?:the|a)\s+(?:recall|measure|proposal|ban|referendum|motion|plan|initiative)\b/i.test(text.slice(valueEnd, valueEnd + 60))) {
    noun = "vote";
    dir = undefined;
  }
  // "with 54.3% voting yes", "passed with 53.4% in favour", "voted 54.3% to 45.7%": a referendum's vote share.
  if (/^\s*(?:%|percent|per cent)?\s+(?:of\s+(?:the\s+)?(?:votes?|ballots?)\s+)?(?:voting\s+|voted\s+)?(?:yes|in\s+favou?r)\b/i.test(text.slice(valueEnd, valueEnd + 40)) || (/\bvoted\s+$/i.test(text.slice(Math.max(0, valueStart - 7), valueStart)) && /^\s*(?:%|percent|per cent)?\s+to\s+\d/i.test(text.slice(valueEnd, valueEnd + 14)))) {
    noun = "vote";
    dir = undefined;
  }
  // "C$12.50 a share, 31% above the stock's Friday close": a price over the last close is a premium.
  if (/^\s*(?:%|percent|per cent)?\s+(?:above|over)\s+(?:the\s+|its\s+)?(?:[\p{L}'’]+\s+){0,3}(?:close|closing price|closing)\b/iu.test(text.slice(valueEnd, valueEnd + 60))) {
    noun = "premium";
    dir = undefined;
  }
  // "the endowment returned 8.7%", "its pension fund gained 7.8%", "endowment posts 7.8% gain": what a fund
  // earns is its investment return.
  if (!noun && (/^return(?:ed|s)?$/.test(before[0]?.lower ?? "") || (before.slice(0, 6).some((w) => FUND_NOUN.test(w.lower)) && (dir || before.slice(0, 2).some((w) => RETURN_VERB.test(w.lower)))))) {
    noun = "return";
    dir = dir === "down" ? "down" : undefined;
  }
  // "Valley Rail has offered 2.5%", "its offer of 5.2% was not enough": an offer named by no other noun is a pay
  // offer (a bid over a share price is a premium, found above).
  if (!noun && !dir && /\b(?:offered|offers|offering|offer\s+of|offer\s+was|offer\s+is)\s+(?:just\s+|only\s+|a\s+)?$/i.test(text.slice(Math.max(clauseStart, valueStart - 20), valueStart))) {
    noun = "pay";
    dir = "up";
  }
  // "84% of reefs surveyed were bleached", "84% showed signs of bleaching", "Bleaching affected 78% of the reefs":
  // the share in a state, named by its verb.
  const state = !noun && !dir ? stateShare(text, valueStart, valueEnd) : undefined;
  if (state) return `pct:${state}`;
  // "Dunhallow recycled 46% of its household waste": the share a verb applies to is the rate of doing it (the
  // "recycling rate" of another source).
  if (!noun && !dir && before[0] && valueStart - before[0].end <= 1 && /^\p{Ll}{4,}ed$/u.test(before[0].lower) && /^\s*(?:%|percent|per cent)?\s+of\s+(?:(?:its|the|their|all)\s+)?\p{Ll}/iu.test(text.slice(valueEnd, valueEnd + 24))) {
    noun = `${before[0].lower.replace(/ed$/, "")}ing rate`;
  }
  // "the Reform Bloc slipped to 38%", "the Reform Bloc on 36%": in a poll a share with no noun is support.
  // (In a survey, only a share standing right after a name: "the Reform Bloc on 36%".)
  if (!noun && (POLL_WORD.test(text) || (/\bsurvey\b/i.test(text) && /\p{Lu}[\p{L}-]*\s+(?:on\s+|at\s+)?$/u.test(text.slice(Math.max(0, valueStart - 30), valueStart))))) noun = "support";
  if (!noun) return undefined;
  // "the recycling rate", "the vaccination rate": a rate is named by the word before it.
  if (noun === "rate" && nounAt >= 0) {
    // ("the jobless rate" is unemployment.)
    const mod = /(\p{Ll}{2,}(?:ing|ion|ment|ity|ancy|ency)|jobless|crime|birth|death|poverty|obesity|murder|homicide|fertility|survival|success|failure|response|approval|savings|default|growth|pass|attendance|absence|dropout|turnout|arrest|divorce|suicide|literacy)\s+$/u.exec(text.slice(Math.max(0, nounAt - 24), nounAt));
    if (mod) noun = `${mod[1]} rate`;
  }
  // "falls to 21%", "rose to 18%": a level, not a change.
  if (/\bto\s+$/i.test(text.slice(Math.max(0, valueStart - 4), valueStart))) dir = undefined;
  // "a 15% raise" is "a 15% pay rise"; "raises wages by 32%" too.
  if (/^(raise|rise|hike)$/.test(noun) && !dir) dir = "up";
  if (/^(wages?|salary|salaries|pay)$/.test(noun) && /\bby\s+$/i.test(text.slice(Math.max(0, valueStart - 4), valueStart))) dir = dir ?? "up";
  // "a 4.5% pay offer", "a 3% pay award": what is offered or awarded is a rise ("a 5.4% pay rise" of another source).
  if (/^(wages?|salary|salaries|pay)$/.test(noun) && nounAt >= 0 && /^\p{L}+\s+(?:offer|award|deal|settlement)\b/iu.test(text.slice(nounAt, nounAt + 24))) dir = dir ?? "up";
  noun = PERCENT_SYNONYMS[noun] ?? noun.replace(/(?<=[^s])s$/, "");
  // "core inflation", "youth unemployment": a part of the whole rate, named by the word before it.
  const part = /^(?:inflation|unemployment)$/.test(noun) && nounAt >= 0 ? /\b(core|food|services|goods|energy|wage|housing|rent|fuel|producer|import|youth|long-term|female|male)\s+$/i.exec(text.slice(Math.max(0, nounAt - 14), nounAt)) : null;
  if (part) noun = `${part[1].toLowerCase()} ${noun}`;
  // "the risk of stroke", "stroke risk": a risk is named by what is risked.
  const risked = noun === "risk" && nounAt >= 0 ? /^risks?\s+of\s+(?:a\s+|an\s+|the\s+)?(\p{Ll}{3,})/u.exec(text.slice(nounAt, nounAt + 40))?.[1] ?? /\b(\p{Ll}{3,})\s+$/u.exec(text.slice(Math.max(0, nounAt - 16), nounAt))?.[1] : undefined;
  if (risked && !NOT_COUNT_NOUN.test(risked) && !/(?:ly|ed|ing)$/.test(risked)) noun = `${risked} risk`;
  const scope = SEGMENTED.has(noun) ? modifierBefore(text, words, nounAt) : undefined;
  if (scope) noun = `${scope} ${noun}`;
  return dir ? `pct:${noun}:${dir}` : `pct:${noun}`;
}


const VS_NORMAL = /^\s*(?:%|percent|per\s+cent)?\s+(below|above|less|more|lower|higher|fewer|under|over)\s+(?:[\p{Ll}]+\s+){0,2}?(?:than\s+)?(?:the\s+)?(?:long-term\s+|long-run\s+|seasonal\s+|normal\s+|usual\s+|historical\s+|\d+-year\s+)?(?:average|normal|norm|mean)\b/iu;
const READING = /\b(rainfall|rain|precipitation|snowfall|snow|sunshine|temperatures?|river\s+flows?|flows?|groundwater|yields?|harvests?|sales|prices|levels?)\b/i;
const READING_NAME: Record<string, string> = { rain: "rainfall", precipitation: "rainfall", snow: "snowfall", temperatures: "temperature", flows: "flow", yields: "yield", harvests: "harvest", levels: "level" };
const WITHIN = /^[^.;]{0,100}?\bwithin\s+(?:the\s+|a\s+|an\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-](minute|hour|day|week|month)s?\b/i;
const CONTAINMENT_BEFORE = /\bcontainment\s+(?:(?:was|is|stood|stands|reached|rose|grew|increased|climbed|raised|raising|at|to|of)\s+)+(?:about\s+|around\s+|nearly\s+|just\s+)?$/i;
const WITHIN_LABEL = /\bwithin\s+(?:the\s+|a\s+|an\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-](minute|hour|day|week|month)s?(?:\s+target)?\s*:\s*$/i;
const WITHIN_UNIT: Record<string, string> = { minute: "min", hour: "h", day: "d", week: "w", month: "mo" };
const WITHIN_COUNT: Record<string, string> = { one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10", eleven: "11", twelve: "12" };
/** A cheap look for the passive's verb before its exact reading. */
const LOST_PASSIVE_CUE = /\b(?:lost|killed|destroyed|wiped)\b/i;
const LOST_BEFORE = /\b(?:lost|lose|loses|losing|shed|sheds|shedding|wiped\s+out|wipes\s+out|killed|kills|killing|destroyed|destroys|destroying)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/i;
const STOP = String.raw`(?:over|in|during|last|this|after|since|to|on|at|for|from|across|because|and|as|when|while|with|between|a|the)\b`;
/** "of their honeybee colonies over the winter": the whole, up to three words ending before a stop. */
const LOST_OF = new RegExp(String.raw`^\s*(?:%|percent|per\s+cent)?\s+of\s+(?:(?:the|its|their|his|her|our|all)\s+)?((?:(?!${STOP})[\p{Ll}-]+\s+){0,2}(?!${STOP})\p{Ll}{3,})(?=\s*(?:[,.;:)]|$)|\s+${STOP})`, "u");
const WATER_STORE = /\b(?:reservoirs?|dams?|water\s+(?:stocks|storage|levels|reserves|supplies)|reservoir\s+(?:levels|stocks|storage))\b/i;
const VOTERS_WHO_VOTED = /^\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the\s+|all\s+)?(?:(?:registered|eligible|the\s+city's|the\s+state's|the\s+country's)\s+)?(?:voters|electorate|electors)\s+(?:had\s+|have\s+)?(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|voted|turned\s+out|went\s+to\s+the\s+polls)\b/i;
const COVERS_BEFORE = /\b(?:cover|covers|covering|covered|pay|pays|paying|paid|fund|funds|funding|funded|finance|finances|financing|financed|meet|meets|bear|bears|foot|foots|subsidi[sz]e|subsidi[sz]es|subsidi[sz]ing)\s+(?:for\s+)?(?:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over)\s+)?$/i;
const OF_COST = /^\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the|its|their|this)\s+(?:total\s+|overall\s+)?(?:cost|costs|purchase|price|bill|spending|expense|expenses|investment|outlay)\b/i;
const COST_FROM = /^\s*(?:%|percent|per\s+cent)?\s+of\s+the\s+(?:money|cost|costs|funding|budget|investment|financing)\s+(?:will\s+)?(?:comes?|came|coming|is\s+coming)\s+from\b/i;
const PCT = String.raw`^\s*(?:%|percent|per\s+cent)?`;
const OF_THEM_WERE = new RegExp(PCT + String.raw`\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\d,]+\s+)?(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}{3,}s\b[^.;:]{0,60}?\b(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}ed)\b`, "u");
const SHOWED_SIGNS = new RegExp(PCT + String.raw`\s+(?:of\s+(?:them|those|these)\s+)?(?:showed|shows|show|displayed|had)\s+(?:signs?|evidence|symptoms)\s+of\s+(\p{Ll}{4,})`, "u");
const STATE_AFFECTED = /\b(\p{L}{4,}ing)\s+(?:affected|hit|struck|touched)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?$/u;

/** The state a share is in, as its verb's stem: "were bleached", "showed signs of bleaching", "Bleaching affected". */
function stateShare(text: string, valueStart: number, valueEnd: number): string | undefined {
  const rest = text.slice(valueEnd, valueEnd + 140);
  const m = OF_THEM_WERE.exec(rest) ?? SHOWED_SIGNS.exec(rest) ?? STATE_AFFECTED.exec(text.slice(Math.max(0, valueStart - 40), valueStart));
  if (!m || /^(?:based|expected|estimated|reported|projected|forecast|needed|required|owned|located|considered)$/.test(m[1].toLowerCase())) return undefined;
  return stemOf(m[1].toLowerCase());
}

/** "turned down a 5.4% offer", "drew up a 3% plan": "up" and "down" as part of a verb say no direction. */
const PHRASAL_VERB = /\b(?:turn|turned|turns|turning|vote|voted|votes|voting|back|backed|backs|step|stepped|steps|put|puts|broke|break|breaks|play|played|plays|set|sets|sign|signed|signs|took|take|takes|taken|pick|picked|picks|gave|give|gives|given|end|ended|ends|drew|draw|draws|drawn|make|made|makes|show|showed|shows|shut|shuts|open|opened|opens|wrap|wrapped|wraps|sum|summed|sums|call|called|calls|back)\s+$/i;
function isParticle(text: string, w: Word): boolean {
  return (w.lower === "up" || w.lower === "down") && PHRASAL_VERB.test(text.slice(Math.max(0, w.start - 12), w.start));
}

/** "up 17%", "a rise of 17%", "an increase of 21%": the direction of a change written without its noun. */
export function changeDirection(text: string, words: Word[], valueStart: number, valueEnd: number): "up" | "down" | undefined {
  // "fell to 0.7 pct", "higher at 5.68 pct": a level, not a change.
  if (/\b(?:to|at)\s+$/i.test(text.slice(Math.max(0, valueStart - 4), valueStart))) return undefined;
  const near = [...words.filter((w) => w.end <= valueStart).slice(-4), ...words.filter((w) => w.start >= valueEnd).slice(0, 1)];
  if (near.some((w) => UP_WORDS.test(w.lower) && !isParticle(text, w))) return "up";
  if (near.some((w) => DOWN_WORDS.test(w.lower) && !isParticle(text, w))) return "down";
  return undefined;
}

const HARVESTED = /\b(?:harvest|harvests|harvested|crop|crops|yields?)\b/i;

/** The change of a count, as a percentage's measure: "512,400 residents ..., a rise of 1.4%" is population's. */
/** Money figures a bare change after them is of ("net income of $842 million, up 12%"). */
export const CHANGING_MONEY = /^(?:profit|operating profit|revenue|loss|price|budget|spending|debt|valuation)$/;

export function changeOfCount(countMeasure: string, dir: "up" | "down", clause = ""): string {
  // "harvested 1.8 million tonnes of wheat, down 21%": a crop's tonnes are its harvest.
  if (countMeasure.startsWith("unit:tonne") && HARVESTED.test(clause)) return `pct:harvest:${dir}`;
  return `pct:${PERCENT_SYNONYMS[countMeasure] ?? PERCENT_SYNONYMS[`${countMeasure}s`] ?? countMeasure}:${dir}`;
}

/**
 * Only words that say "a change of" between a count and a percentage, and perhaps who said so: "1,864, a rise
 * of 17%", "1,684, the survey shows, up 17%". ("gasoline demand was 6.63 mln bpd, ... residual fuel demand fell
 * 4.9 pct" names another thing in between.)
 */
const CHANGE_GLUE = /^(?:\s+\p{Ll}[\p{Ll}-]*){0,3}?(?:\s+(?:last|this)\s+(?:year|month|week|quarter|season))?[\s,;(—–-]*(?:(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:shows?|showed|said|says|found|finds|reported|reports)\s*,\s*)?(?:(?:which\s+is|that\s+is|or|and|representing|marking|a|an|up|down|off|higher|lower|rise|increase|gain|jump|drop|fall|decline|decrease|of)\s+)*$/iu;
export function isChangeGlue(between: string): boolean {
  return CHANGE_GLUE.test(between);
}
