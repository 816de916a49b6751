/** What an amount of money is: the compound after it, "in <noun>", the nearest trigger to the left, a copula's predicate. */
import { BUILT_AFTER, FUND_AFTER, GENERIC_AMOUNT, MONEY_MEASURES, NOT_COUNT_NOUN, SPENDING_CUE, TRANSFER_FOR } from "./lexicon.js";
import type { Word } from "./words.js";
import { isQualifier } from "./qualifiers.js";
import { handedOver, UPFRONT_AFTER } from "./handed-over.js";
import { courtMeasure } from "./court-award.js";
import { moneyChange } from "./money-change.js";
import { type Trigger } from "./measure.js";
import { ruleFor } from "./rule-for.js";
import { modifierBefore, SEGMENTED } from "./segment.js";
import { budgetArea } from "./budget-area.js";

const COPULA = /^\s*(?:(?:figure|amount|sum|number|total)\s+)?(?:represents|represented|is|was|reflects|marks|covers|refers to|accounts for|corresponds to|includes|comprises|constitutes)\b/i;

const MONEY_LABEL = /^([\s"“]*(?:\p{L}[\p{L}-]*\s+)?\p{L}[\p{L}-]+)\s*:\s*(?:(?:up|down|rose|fell|grew|jumped|climbed|dropped)\s+[\d.,]+\s*(?:%|percent|per\s+cent)\s+(?:to|at)\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$/iu;
const SPENT_BEFORE = /\b(?:spend|spends|spending|spent|invest|invests|investing|invested)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/i;
/** Things built whose cost a story gives, one list for every way it says so. */
const BUILT_NOUN = "(garage|stadium|arena|bridge|tunnel|terminal|tower|complex|library|hospital|campus|plant|factory|warehouse|museum|pier|dam|reservoir|pipeline|runway|refinery|mine|mill|roof)";
const HEDGE_BEFORE = String.raw`(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|up\s+to\s+|an\s+estimated\s+)?`;
const BUILT_NAMED_AFTER = new RegExp(String.raw`^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:[\p{Ll}-]+\s+)?${BUILT_NOUN}\b`, "u");
const BUILT_IN = new RegExp(String.raw`\b${BUILT_NOUN}\b`, "i");
/** "will spend $5.8 billion on a chip factory". */
const BUILT_FOR = new RegExp(String.raw`^\s+(?:on|in)\s+(?:a|an|the|its)\s+(?:new\s+)?(?:[\p{Ll}-]+\s+){0,2}?${BUILT_NOUN}\b`, "iu");
/** "The Harrow Park roof will cost £48 million", "a new bridge is expected to cost", "The 1.2km bridge cost". */
const BUILT_WILL_COST = new RegExp(String.raw`\b${BUILT_NOUN}\b(?:(?!\b(?:and|but|while|which|that)\b)[^.;,]){0,50}?\b(?:(?:will|would|could|is\s+(?:expected|set|due|likely)\s+to|is\s+to|to|has|had)\s+)?cost\s+${HEDGE_BEFORE}$`, "i");
/** "At £310m, the Norcastle Bridge cost ...": a sentence opening on a built thing's cost. */
const AT_BUILT = new RegExp(String.raw`^\s*,\s+(?:the|its|this)\s+(?:[\p{L}\d'’.-]+\s+){0,3}?${BUILT_NOUN}\b`, "iu");

/** The cost of a built thing the clause is about, said before the amount ("the bridge cost", "will cost"). */
function builtCost(text: string, clauseStart: number, valueStart: number): string | undefined {
  const willCost = BUILT_WILL_COST.exec(text.slice(clauseStart, valueStart));
  // (Not a place named after a preposition: "Parking at Kelbrook General Hospital will cost £4.50 an hour".)
  const placeOnly = willCost && /\b(?:at|in|on|for|near|of|from|to|by|outside|inside)\s+(?:(?:the|a|an|new)\s+|\p{Lu}[\p{L}'’-]*\s+){0,4}$/u.test(text.slice(Math.max(clauseStart, clauseStart + willCost.index - 50), clauseStart + willCost.index));
  return willCost && !placeOnly ? costOf(willCost[1].toLowerCase()) : undefined;
}
/** "to build a new waterfront stadium ..., a project expected to cost $1.4 billion". */
/** ("to build a new central library, at a cost of £4.8 million": the cost of building it.) */
const PROJECT_COST = new RegExp(String.raw`(?:\b(?:project|scheme|development|construction|work)\s+(?:(?:that|which)\s+is\s+)?(?:(?:expected|set|due|likely|estimated)\s+)?to\s+cost|\bat\s+an?\s+(?:(?:total|combined|projected|estimated|expected)\s+)?cost\s+of)\s+${HEDGE_BEFORE}$`, "i");
const BUILD_THING = new RegExp(String.raw`\b(?:build|builds|building|built|construct|constructing|constructed)\s+(?:a|an|the|its)\s+(?:new\s+)?(?:[\p{Ll}-]+\s+){0,2}?${BUILT_NOUN}\b`, "iu");
/** One name for each kind of built thing: "factory" and "plant" are one. */
const costOf = (noun: string) => `cost:${noun === "center" ? "centre" : noun === "factory" ? "plant" : noun}`;
const OFFERED_PEOPLE = /\b(?:offer|offers|offering|offered|giving|gives|give|gave|grant|grants|granting|granted)\s+(?:eligible\s+|qualifying\s+|low-income\s+|poorer\s+)?(?:households|families|homeowners|residents|farmers|owners|buyers|tenants|renters|drivers|motorists|businesses|pensioners|students|parents)\s+(?:(?:up\s+to|about|around|as\s+much\s+as|roughly|some)\s+)?$/i;
const COST_SOMEONE = /\b(?:cost|costs|costing)\s+(?:the\s+(?:company|firm|organisers?|organizers?|club|airline|operator|owners?|group|city|council|state|insurers?|industry|economy)|(?:its|their)\s+(?:owners?|organisers?|organizers?|operators?)|him|her|them|us|it|taxpayers)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|an\s+estimated|at\s+least)\s+)?$/i;
const PRIZE_WORD = /\b(?:prize|prizes|purse|winnings|jackpot)\b/i;
export const WON_BEFORE = /\b(?:takes?\s+home|took\s+home|taking\s+home|earn(?:s|ed|ing)?|pocket(?:s|ed|ing)?|collect(?:s|ed|ing)?|bank(?:s|ed|ing)|won|wins?|winning|brings?\s+(?:her|him|them|the\s+\p{Ll}+)|brought\s+(?:her|him|them)|tak(?:es|ing)|took|receiv(?:es|ed|ing)|gets?|got)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|a\s+record|an?)\s+)?$/iu;

const WORKS = String.raw`(?:repairs?|refurbishment|renovations?|restoration|revamp|overhaul|makeover|refit|strengthening|rebuild)`;
const WORKS_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?${WORKS}\b(?!\s+(?:bill|fund|grant|budget|backlog)s?\b)`, "u");
const WORKS_BEFORE = new RegExp(String.raw`\b${WORKS}\s+(?:(?:work|works|programme|program|project|scheme)\s+)?(?:costing|that\s+cost|which\s+cost|will\s+cost|cost|worth)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|an\s+estimated\s+)?$`, "i");
/** An activity people are sponsored for: its takings are one part of an appeal. */
const SPONSORED_ACTIVITY = /\b(?:sponsored\s+)?(walk|run|fun\s+run|swim|ride|cycle|bike\s+ride|skydive|quiz|raffle|bake\s+sale|head\s+shave|sleepout|sleep-out|trek|climb)\b(?![^.;]*\b(?:appeal|campaign)\b)/i;
/** A sentence about giving to a good cause. */
const CHARITY = /\b(?:appeal|charity|charities|hospice|donations?|donors?|fundrais\w*|trust|foundation|good\s+cause)\b/i;
const FUND_EVENT = /\b(?:gala|appeal|fundraiser|fund-raiser|fundraising|telethon|charity|auction|ball|fun\s+run|sponsored|bake\s+sale|concert|dinner|event|challenge|campaign)\b/i;
const TAKEN_FROM_BODY = /^\s+from\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:charity|company|firm|bank|accounts?|funds?|clients|customers|victims|employer|council|church|trust|club|school|union|estate|government|taxpayers|pension|investors)\b/iu;
const ROBBERS = /\b(?:robbers?|robbed|robbery|raiders?|thie(?:f|ves)|burglars?|bandits?|gunmen|heist|hold-?up)\b/i;
/** "Jewellery worth £4.2 million was taken in a raid": goods taken in a raid (not a police raid's seizures). */
const RAID_TOOK = /\b(?:taken|took|grabbed|snatched)\b[^.;]{0,60}\b(?:raid|break-in|burglary)\b(?<!\bpolice\s+raid)|\b(?:raiders|gang)\b[^.;]{0,60}\b(?:taken|took|grabbed|snatched)\b/i;
const THEFT_WORD = /\b(?:stole|stolen|steal|steals|stealing|looted|loot|theft|thefts|heist|hack|hacked|hackers?|robbed|robbery|robbers?|thieves|ram-raid|ram\s+raid|rammed|embezzled|embezzlement|embezzling|swindled|defrauded|fraud)\b/i;
const GOT_AWAY = /\b(?:got|get|gets|getting|made|make|makes|making|escaped|escaping|fled|fleeing)\s+(?:away\s+|off\s+)?with\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|an\s+estimated\s+)?$/i;
const PER_GOODS_UNIT = /^\s+(?:a|an|per)\s+(?:litre|liter|gallon|tonne|ton|kilo|kilogram|kg|barrel|bushel|ounce|kilowatt-hour|kwh|megawatt-hour|mwh|therm)\b/i;
const WINDOW_FILLER = /^(?:the|a|an|for|to|of|in|on|at|by|its|their|his|her|three|six|nine|twelve|months?|weeks?|quarters?|period|ended|ending|through|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const AWARDED_TO_IT = /\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:awarded|granted)\s+(?:a\s+further\s+|an\s+extra\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/i;
const OVER_BUDGET_AFTER = /^\s+(?:(?:over|above)\s+(?:its\s+|the\s+|their\s+)?(?:original\s+|initial\s+)?(?:budget|estimate|forecast)\b|(?:cost\s+)?(?:overruns?|overspend)\b)/i;
const NEEDED_BEFORE = new RegExp(String.raw`\b(?:needs?|needed|needing|requires?|required|requiring)\s+(?:a\s+further\s+|another\s+)?${HEDGE_BEFORE}$`, "i");
const NEEDED_WORK_AFTER = /^\s+(?:of|in)\s+(?:new\s+|further\s+|urgent\s+|capital\s+)?(?:investment|upgrades?|repairs?|improvements?|refurbishment|renovations?|moderni[sz]ation|maintenance|work|works)\b/i;
const APPEAL_FOR = new RegExp(String.raw`\b(?:appeal(?:s|ed|ing)?\s+for|appeal\s+(?:of|seeking|worth)|(?:asking|asked|asks|ask)\s+(?:international\s+)?(?:donors|governments|the\s+public|the\s+international\s+community)\s+for)\s+(?:an?\s+(?:additional|further|extra)\s+)?${HEDGE_BEFORE}$`, "i");
const DEAL_NOUN = /^(transaction|transactions|agreement|agreements|package)$/;

/** A building, of any kind a story gives the cost of (BUILT_NOUN's and more). */
const BUILDING = new RegExp(String.raw`\b(?:${BUILT_NOUN.slice(1, -1)}|hotel|building|school|station|theatre|theater|centre|center|block|mall)s?\b`, "i");
const BUILT_NAME_AFTER = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?(?:Crossing|Bridge|Tunnel|Stadium|Arena|Centre|Center|Station|Terminal|Hospital|Museum|Library|Tower|Dam|Airport|Line|Bypass|Pier|Hall|Theatre|Theater|Campus|Building)\b/u;
const FUNDING_ROUND_AFTER = /^[\s-]+(?:(?:new|latest|fresh|first|second|third|funding|financing|venture|equity|seed|early-stage|late-stage|growth)\s+){0,2}(?:Series\s+[A-H]\b|(?:funding|financing|investment|seed|venture|growth)\s+round\b|round\s+of\s+(?:funding|financing|investment)\b)/u;
const FUNDING_ROUND_BEFORE = /\b(?:Series\s+[A-H]|(?:funding|financing|investment|seed)\s+round)\s+(?:round\s+)?(?:of|worth|totall?ing|was|is)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+)?$/u;

/** Money: compound after the value, "in <noun>", the nearest trigger to the left, a copula's predicate, the right. */
/** A film named right after its cost: "a $180 million period drama", "the $90m sequel". */
const FILM_AFTER = /^[\s-]+(?:[\p{Ll}-]+\s+){0,2}?(?:film|movie|drama|thriller|comedy|blockbuster|epic|sequel|prequel|musical|biopic|adaptation|remake|western|feature|animation)\b(?!\s+(?:rights|fund|festival|studio|company|deal|slate))/u;

export function moneyMeasure(text: string, words: Word[], valueStart: number, valueEnd: number, clauseStart: number, clauseEnd: number): Trigger | undefined {
  const after = words.filter((w) => w.start >= valueEnd && w.end <= clauseEnd);
  const before = words.filter((w) => w.end <= valueStart && w.start >= clauseStart).reverse();
  // A capitalised word inside a sentence is part of a name ("Nantwell Savings", "Capital Partners"), unless the
  // whole line is in title case (a headline).
  const title = words.filter((w) => /^\p{Lu}/u.test(text[w.start])).length * 2 > words.length;
  const inName = (w: Word) => !title && w.start > 0 && /^\p{Lu}\p{Ll}/u.test(text.slice(w.start, w.end)) && !/(?:^|[.!?:;"“‘(]\s*)$/.test(text.slice(Math.max(0, w.start - 3), w.start).trimEnd());
  const pick = (list: Word[], limit: number, stopAtFunction: boolean): Trigger | undefined => {
    for (const [k, w] of list.slice(0, limit).entries()) {
      // ("$150 million in annual cost savings": savings of cost are cuts.)
      const m = inName(w) ? undefined : /^costs?$/.test(w.lower) && /^(?:savings|saving|cuts|cutting|reductions?)$/.test(list[k + 1]?.lower ?? "") ? "cuts" : ruleFor(MONEY_MEASURES, w.lower);
      // "raised $640 million" is money raised; "voted to raise the fare from $2.75" is not.
      if (m === "investment" && /^rais/.test(w.lower) && k > 1) continue;
      if (m) return { measure: m, start: w.start, end: w.end };
      if (stopAtFunction && NOT_COUNT_NOUN.test(w.lower) && !isQualifier(w.lower)) return undefined;
    }
    return undefined;
  };
  const near = text.slice(Math.max(clauseStart, valueStart - 40), valueStart);
  // "Revenue: up 9% to €6.1 billion", "Net profit: €410 million": a line's label names its figure.
  const label = MONEY_LABEL.exec(text.slice(0, valueStart));
  const labelled = label ? pick(words.filter((w) => w.end <= label[1].length).reverse(), 2, false) : undefined;
  if (labelled) return labelled;
  // "ran £600 million over its original budget", "a £600m overspend", "cost overruns of £600m": by how much a
  // project went over, not what it cost.
  if (OVER_BUDGET_AFTER.test(text.slice(valueEnd, valueEnd + 40)) || /\b(?:overruns?|overspend|overspent)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$/i.test(near)) return { measure: "overrun", start: valueStart, end: valueEnd };
  // "the site needed £25 million of investment", "would need £52 million of upgrades": what a place needs spent on it.
  if (NEEDED_BEFORE.test(near) && NEEDED_WORK_AFTER.test(text.slice(valueEnd, valueEnd + 40))) return { measure: "investment:needed", start: valueStart, end: valueEnd };
  // "appealed for $420 million", "an appeal for $240 million", "is asking donors for $420 million": what an aid
  // appeal seeks, apart from what was pledged.
  if (APPEAL_FOR.test(text.slice(Math.max(clauseStart, valueStart - 60), valueStart))) return { measure: "appeal", start: valueStart, end: valueEnd };
  // "plus up to £10 million in add-ons", "Add-ons could be worth a further £10 million": money on top of a fee if
  // conditions are met, not the fee ("could rise to €55 million with add-ons" is the fee with them).
  if (/^\s+(?:in|of)\s+(?:potential\s+|performance-related\s+|further\s+)?add-?ons\b/i.test(text.slice(valueEnd, valueEnd + 40)) || /\badd-?ons?\s+(?:could\s+be\s+|are\s+|were\s+|would\s+be\s+)?(?:worth|of|totall?ing)\s+(?:up\s+to\s+|a\s+further\s+|another\s+|an\s+extra\s+|about\s+|around\s+)?$/i.test(near)) return { measure: "add-ons", start: valueStart, end: valueEnd };
  // "includes $90 million in guaranteed money", "$90 million guaranteed": the part of a contract that is certain.
  if (/^\s+(?:in\s+)?guaranteed\b|^\s+(?:fully\s+)?guaranteed\b/i.test(text.slice(valueEnd, valueEnd + 24)) || /\bguaranteed\s+(?:money\s+)?(?:of\s+|worth\s+)?$/i.test(near)) return { measure: "salary:guaranteed", start: valueStart, end: valueEnd };
  // "a four-year, $128 million extension ..., averaging $23 million a year": what a contract pays each year.
  if (/\b(?:averag(?:e|es|ed|ing)|an\s+average\s+of)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?$/i.test(near) && /^\s+(?:a|per)\s+(?:year|season)\b|^\s+annually\b/i.test(text.slice(valueEnd, valueEnd + 14)) && /\b(?:contract|deal|extension|pact|salary)\b/i.test(text)) return { measure: "pay", start: valueStart, end: valueEnd };
  // "a £14 million repair", "the £41m refurbishment of the bridge", "repairs costing £14 million": what work on a
  // thing costs (one measure however the work is called).
  // (Not the whole a part goes "towards": that is the thing's, as the sentence names it.)
  if ((WORKS_AFTER.test(text.slice(valueEnd, valueEnd + 30)) && !/\btowards?\s+(?:the|a|an|its)\s+$/i.test(near)) || WORKS_BEFORE.test(text.slice(Math.max(clauseStart, valueStart - 50), valueStart))) return { measure: "cost:works", start: valueStart, end: valueEnd };
  // "a four-year, $112 million extension", "a five-year, £40m deal": a contract's worth, however it is called.
  if (/\b[\p{L}\d]+-(?:year|season),?\s+$/u.test(text.slice(Math.max(0, valueStart - 24), valueStart)) && /^\s+(?:contract\s+)?(?:extension|deal|pact|contract|agreement)\b/i.test(text.slice(valueEnd, valueEnd + 30))) return { measure: "salary", start: valueStart, end: valueEnd };
  // "The gala raised £1.2 million", "Saturday's gala brought in £2.1 million": what a charity event collected.
  // ("A sponsored walk in May raised £85,000": one activity's part of an appeal is its own.)
  if (FUND_EVENT.test(text.slice(Math.max(clauseStart, valueStart - 100), valueStart)) && /\b(?:raised|raises|raising|brought\s+in|brings\s+in|bringing\s+in|collected|collects|made|makes|generated)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|a\s+record|just\s+over|just\s+under)\s+)?$/i.test(near)) {
    const activity = SPONSORED_ACTIVITY.exec(text.slice(clauseStart, valueStart));
    return { measure: activity ? `fundraising:${activity[1].toLowerCase().replace(/\s+/g, "-")}` : "fundraising", start: valueStart, end: valueEnd };
  }
  // "£1.2m raised for Alder Valley children's hospice", "has raised £1.2 million for the appeal so far".
  if (/^\s+(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+)?raised\s+(?:so\s+far\s+|to\s+date\s+)?(?:for|towards|by)\b/i.test(text.slice(valueEnd, valueEnd + 40)) && CHARITY.test(text)) return { measure: "fundraising", start: valueStart, end: valueEnd };
  // "will match every pound raised up to £500,000": a promise to match gifts, not a gift of that size.
  if (/\bmatch(?:es|ed|ing)?\b[^.;]{0,50}\bup\s+to\s+$/i.test(text.slice(Math.max(clauseStart, valueStart - 70), valueStart))) return { measure: "match", start: valueStart, end: valueEnd };
  // "will pay an average of £62 more a year", "will pay £62 a year more": by how much a bill rises.
  if (/^\s+(?:(?:a|an|per)\s+(?:year|month|week)\s+)?(?:more|extra)\b/i.test(text.slice(valueEnd, valueEnd + 20)) && /\b(?:pay|pays|paying|cost|costs|costing|charged?|spend|spends)\b/i.test(near)) return { measure: "increase", start: valueStart, end: valueEnd };
  // "The $460 million Linmouth Crossing opened on Saturday": an amount before a built thing's name is its cost.
  if (BUILT_NAME_AFTER.test(text.slice(valueEnd, valueEnd + 60))) return { measure: "price", start: valueStart, end: valueEnd };
  // "the £2.4 billion Selbourne rail tunnel": a named built thing in plain words is that thing's cost.
  const namedBuilt = BUILT_NAMED_AFTER.exec(text.slice(valueEnd, valueEnd + 60));
  if (namedBuilt) return { measure: costOf(namedBuilt[1].toLowerCase()), start: valueStart, end: valueEnd };
  // "closed a $45 million Series B", "a $12m seed round", "its Series A round of $12 million": a funding round.
  if (FUNDING_ROUND_AFTER.test(text.slice(valueEnd, valueEnd + 50)) || FUNDING_ROUND_BEFORE.test(near)) return { measure: "investment", start: valueStart, end: valueEnd };
  // "collected a winner's cheque of $6.3 million": a prize.
  if (/\b(?:winner['’]s\s+(?:cheque|check|prize|purse|share|payday)|prize\s+cheque)\s+(?:of|worth|for)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/i.test(near)) return { measure: "prize", start: valueStart, end: valueEnd };
  // "would buy back $10 billion of its shares": a buyback.
  if (/\bbuy(?:s|ing)?\s+back\s+(?:up\s+to\s+|about\s+|around\s+|another\s+|an\s+additional\s+)?$/i.test(near)) return { measure: "buyback", start: valueStart, end: valueEnd };
  // "Donations to the flood appeal have reached £4.3 million", "The appeal has passed £3.4 million": what it collected.
  if (/\b(?:donations|appeal|fundraiser|fundraising|collection)\b[^.;]{0,60}\b(?:reached|reaches|passed|passes|topped|tops|hit|hits|totalled|totaled|totals|stands?\s+at|stood\s+at|exceeded|exceeds)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|a\s+record|just\s+over|just\s+under)\s+)?$/i.test(text.slice(clauseStart, valueStart))) return { measure: "fundraising", start: valueStart, end: valueEnd };
  // "will bring in roughly $84 million a year": money coming in.
  if (/\b(?:bring|brings|bringing|brought|rake|rakes|raking|raked|pull|pulls|pulling|pulled)\s+in\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(near)) return { measure: "revenue", start: valueStart, end: valueEnd };
  // "Bidding opened at $11 million", "shares opened at $42": where something started, not what it sold or took.
  if (/\b(?:opened|opens|opening)\s+at\s+(?:just\s+|only\s+)?$/i.test(near) || /\b(?:bidding|bids?|auction|trading)\s+(?:started|starts|began|begins|opened|opens)\s+(?:at|from)\s+$/i.test(near)) return { measure: "opening", start: valueStart, end: valueEnd };
  // "The Zephra Pro 9 starts at $999", "launched at $899", "retails for $49": what a thing sells for.
  if (/\b(?:starts?|starting|started|begins?|beginning|launched|launches|debuted|retails?|retailing|retailed|goes\s+on\s+sale|went\s+on\s+sale)\s+(?:at|from|for)\s+(?:just\s+|only\s+)?$/i.test(near)) return { measure: "price", start: valueStart, end: valueEnd };
  // "went on sale on October 14 for PC and Xbox at $69.99": the sale's date and platforms may come between.
  if (/\b(?:goes|went|go|going|gone|is|are|was|were)\s+on\s+sale\b[^.;:!?]{0,80}?\bat\s+(?:just\s+|only\s+)?$/i.test(text.slice(Math.max(0, valueStart - 120), valueStart))) return { measure: "price", start: valueStart, end: valueEnd };
  // "At $59.99 it undercuts most releases", "At $1,099, the phone is ...": a sentence opening on a thing's price.
  if (/^[\s"“]*At\s+$/.test(text.slice(0, valueStart)) && /^\s*,?\s+(?:it|its|this|that|the|\p{Lu}[\p{L}\d-]*)\b/u.test(text.slice(valueEnd, valueEnd + 24))) {
    const built = AT_BUILT.exec(text.slice(valueEnd, valueEnd + 60));
    return { measure: built ? costOf(built[1].toLowerCase()) : "price", start: valueStart, end: valueEnd };
  }
  // "cost roughly $90 million to develop", "took six years and $90 million to make", "cost $90 million over six
  // years of development": what making a thing cost, never the price it then sells at.
  // (A building's "cost 180 million euros to build" is its cost, as "which cost 180 million euros" says.)
  if (/^\s+(?:(?:to|in\s+order\s+to)\s+(?:make|develop|build|produce|create|design|film|shoot|complete|construct|finish)\b|(?:over|in|during)\s+(?:[\p{L}\d-]+\s+){0,4}(?:development|production|making)\b|(?:in|of)\s+(?:development|production)\s+costs?\b)/iu.test(text.slice(valueEnd, valueEnd + 60))) {
    const building = /^\s+to\s+(?:build|construct|complete|finish)\b/i.test(text.slice(valueEnd, valueEnd + 20)) && BUILDING.test(text.slice(0, valueStart));
    // ("The 9.2km tunnel, the longest in the country, cost £2.4 billion to build": the built thing the sentence opens on.)
    const opening = building ? BUILT_IN.exec(text.slice(0, valueStart)) : null;
    return { measure: building ? builtCost(text, clauseStart, valueStart) ?? (opening ? costOf(opening[1].toLowerCase()) : "price") : "cost:production", start: valueStart, end: valueEnd };
  }
  // "A $385 million school construction bond": a bond is money borrowed, whatever it pays for.
  if (/^\s+(?:[\p{Ll}-]+\s+){0,2}bond(?:s|\s+measure|\s+issue)?\b/u.test(text.slice(valueEnd, valueEnd + 50))) return { measure: "debt", start: valueStart, end: valueEnd };
  // "With a production budget of $180 million", "the film's budget of $180 million", "Ines Marrow's $180 million
  // period drama": what making a film cost.
  if (/\b(?:production\s+budget|(?:film|movie|picture)(?:['’]s)?\s+(?:\p{Ll}+\s+)?budget)\s+(?:of|was|is|at)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|an\s+estimated\s+|more\s+than\s+)?$/iu.test(near) || FILM_AFTER.test(text.slice(valueEnd, valueEnd + 40))) return { measure: "cost:production", start: valueStart, end: valueEnd };
  // "has set aside 54 million pesos for": money put by for a purpose is a budget.
  if (/\bset(?:s|ting)?\s+aside\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+|an?\s+(?:extra|additional|further)\s+)?$/i.test(near)) return { measure: "budget", start: valueStart, end: valueEnd };
  // "The production was capitalized at $22 million": the money raised to mount a show or build a thing, its cost.
  if (/\bcapitali[sz]ed\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+)?$/i.test(near)) return { measure: "price", start: valueStart, end: valueEnd };
  // "sold 40 million shares at $27 each": the price of each share sold.
  if (/\bshares\s+at\s+$/i.test(near) && /^\s+(?:each|apiece|a\s+piece)\b/i.test(text.slice(valueEnd, valueEnd + 10))) return { measure: "price:share", start: valueStart, end: valueEnd };
  // "$41.50 a share", "$41.50 per Nantwell share": what is paid for each share (a profit per share is the profit's).
  if (/^\s*(?:a|per|for\s+each)\s+(?:\p{Lu}[\p{L}-]*\s+)?share\b/u.test(text.slice(valueEnd, valueEnd + 30)) && !/\b(?:earn\w*|profits?|income|loss|losses|dividends?|eps)\b/i.test(near)) return { measure: "price:share", start: valueStart, end: valueEnd };
  // "will pay £4.20 each way to use the tunnel", "charged £2.40 per crossing", "The toll for cars will be £4.20":
  // what using a road, bridge or tunnel costs.
  // "Tolls on the bridge brought in £46 million", "toll income reaches £64 million", "collected £64 million in
  // tolls": what tolls took in, not what one crossing costs.
  if ((/\btolls?\b/i.test(text.slice(clauseStart, valueStart)) && /\b(?:raised|raises|brought\s+in|brings\s+in|collected|collects|took\s+in|takes\s+in|generated|generates|income|revenue|receipts)\b[^.;]{0,30}$/i.test(near)) || /^\s+(?:in|from)\s+tolls\b/i.test(text.slice(valueEnd, valueEnd + 12))) return { measure: "revenue:tolls", start: valueStart, end: valueEnd };
  if (/^\s+(?:each\s+way|per\s+crossing|a\s+crossing|per\s+trip|per\s+journey|to\s+use|to\s+cross)\b/i.test(text.slice(valueEnd, valueEnd + 16)) || /\btolls?\b/i.test(text.slice(clauseStart, valueStart))) return { measure: "toll", start: valueStart, end: valueEnd };
  // "36p a litre", "$82 a barrel", "€310 per tonne": money for each unit of a good is its price.
  if (PER_GOODS_UNIT.test(text.slice(valueEnd, valueEnd + 30))) return { measure: "price", start: valueStart, end: valueEnd };
  // "the $2 million prize fund", "a $500,000 purse": what a contest pays out in all.
  // "$28 million in total prize money", "The event's total prize fund is $28 million": the same fund.
  if (/^\s*(?:total\s+|in\s+total\s+)?(?:prize\s+(?:fund|pool|pot|money)|purse)\b/i.test(text.slice(valueEnd, valueEnd + 24)) || /\bprize\s+(?:fund|pool|pot)\s+(?:is|was|of|stands\s+at|stood\s+at|totals|totalled)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/i.test(near)) return { measure: "prize:fund", start: valueStart, end: valueEnd };
  // "takes home $1.2 million of the $2 million prize fund", "brings her $1.2 million": a winner's share of one.
  if (PRIZE_WORD.test(text.slice(clauseStart, clauseEnd)) && WON_BEFORE.test(near)) return { measure: "prize", start: valueStart, end: valueEnd };
  // "collected $14.2 million in parking fines", "took in $12.4 million from parking tickets": what fines bring in.
  if (/\b(?:collected|collects|collect|collecting|took\s+in|takes\s+in|raked\s+in|brought\s+in|brings\s+in|raised|generated|made)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|a\s+record)\s+)?$/i.test(near) && /^\s+(?:in|from)\s+(?:[\p{Ll}-]+\s+)?(?:fines|tickets|penalties|citations)\b/iu.test(text.slice(valueEnd, valueEnd + 40))) return { measure: "revenue:fines", start: valueStart, end: valueEnd };
  // "took in $421 million in ticket sales", "earned $412 million from ticket sales": what a show or film grossed.
  if (/^\s+(?:in|from)\s+(?:ticket|box[-\s]office)\s+(?:sales|receipts|revenues?|takings)\b/i.test(text.slice(valueEnd, valueEnd + 40))) return { measure: "gross", start: valueStart, end: valueEnd };
  // "would cost the company about £6.5 million", "cost the airline $40 million", "a hole of £8 million in its
  // finances": what an event costs someone it befalls is their loss.
  if (COST_SOMEONE.test(near) || (/\bhole\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$/i.test(near) && /^\s+in\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:finances|budget|accounts|balance\s+sheet)\b/iu.test(text.slice(valueEnd, valueEnd + 60)))) return { measure: "loss", start: valueStart, end: valueEnd };
  // "has been awarded £4.5 million by the research council": money granted to the one the clause is about (not
  // damages or compensation a court awards).
  if (AWARDED_TO_IT.test(near) && !/^\s+(?:in\s+)?(?:damages|compensation|costs|back\s+pay)\b/i.test(text.slice(valueEnd, valueEnd + 24)) && !/\b(?:court|jury|tribunal|judge)\b/i.test(text.slice(clauseStart, clauseEnd))) return { measure: "aid", start: valueStart, end: valueEnd };
  // "offering households up to €5,000 each": money handed to people is aid.
  if (OFFERED_PEOPLE.test(text.slice(Math.max(clauseStart, valueStart - 50), valueStart))) return { measure: "aid", start: valueStart, end: valueEnd };
  // "must pay back £84,000": money returned is a repayment, as "repay" says.
  if (/\b(?:pay|pays|paid|paying)\s+back\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/i.test(near)) return { measure: "repayment", start: valueStart, end: valueEnd };
  const changed = moneyChange(text, words, valueStart); // "cut the budget by $18 million, to $412 million"
  if (changed === "skip") return undefined;
  if (changed) return { measure: changed, start: valueStart, end: valueEnd };
  // "has joined Harbridge from Real Castellón for €72 million", "sold the striker to X for": a transfer's price.
  if (TRANSFER_FOR.test(text.slice(Math.max(clauseStart, valueStart - 100), valueStart))) return { measure: "price", start: valueStart, end: valueEnd };
  // "The payload was insured for $85 million" (but "insured losses" are losses).
  if (/\binsured\s+(?:for|at|up\s+to)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$/i.test(text.slice(Math.max(clauseStart, valueStart - 30), valueStart))) return { measure: "insurance", start: valueStart, end: valueEnd };
  // "a $14.2 billion endowment": a fund named right after its amount is what it is worth.
  if (FUND_AFTER.test(after[0]?.lower ?? "") && after[0].start - valueEnd <= 1) return { measure: "valuation", start: after[0].start, end: after[0].end };
  // "for €72 million plus bonuses": what comes on top is another amount, not this one's name.
  // "the $62 million garage", "a $26 million parking garage": what the story's built thing costs.
  let built = after.slice(0, 3).findIndex((w) => BUILT_AFTER.test(w.lower));
  // ("a $10 billion data centre campus": the compound's last built noun.)
  while (built >= 0 && after[built + 1] && BUILT_AFTER.test(after[built + 1].lower) && after[built + 1].start - after[built].end <= 1) built++;
  if (built >= 0 && after[0].start - valueEnd <= 1 && after.slice(0, built).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(text.slice(w.start, w.end)) && !NOT_COUNT_NOUN.test(w.lower))) return { measure: costOf(after[built].lower), start: after[built].start, end: after[built].end };
  const costs = /\bcost\s/.test(near);
  const willCost = costs ? builtCost(text, clauseStart, valueStart) : undefined;
  if (willCost) return { measure: willCost, start: valueStart, end: valueEnd };
  // "to build a new waterfront stadium ..., a project expected to cost $1.4 billion": the project is the building.
  const project = (costs || /\bcost\s+of\s/.test(near)) && PROJECT_COST.test(text.slice(clauseStart, valueStart)) ? BUILD_THING.exec(text.slice(0, valueStart)) : null;
  if (project) return { measure: costOf(project[1].toLowerCase()), start: valueStart, end: valueEnd };
  // "will spend $5.8 billion on a chip factory", "invest $8.5 billion in a new plant": what building it costs.
  const builtFor = SPENT_BEFORE.test(near) ? BUILT_FOR.exec(text.slice(valueEnd, valueEnd + 60)) : null;
  if (builtFor) return { measure: costOf(builtFor[1].toLowerCase()), start: valueStart, end: valueEnd };
  // "valuing the club at 180 million pounds including debt": what the amount includes is not what it is.
  const compound = /^(plus|and|with|including|includes|excluding|incl|inclusive|before|after)$/.test(after[0]?.lower ?? "") ? undefined : pick(after, 3, true);
  let found = compound;
  // "$4 billion in insured losses", "1.2 billion euros of regional subsidies".
  if (!found && (after[0]?.lower === "in" || after[0]?.lower === "of")) found = pick(after.slice(1), 3, true);
  // "profit rose 22% to 184 million pounds": the change before the amount is read through.
  // ("rose by 4.2% in the year to March to £287,000": the period between is read through too.)
  const change = /\d(?:\.\d+)?\s?(?:%|percent|per cent)\s+(?:(?:in|over)\s+the\s+(?:year|month|quarter|\d+\s+months)\s+to\s+\p{Lu}\p{Ll}+\s+)?to\s+$/iu.exec(text.slice(Math.max(clauseStart, valueStart - 60), valueStart));
  const skip = change ? before.findIndex((w) => /^\d/.test(w.lower)) + 1 : 0;
  const stop = before.findIndex((w, k) => k >= skip && /^\d/.test(w.lower));
  // Words that can never name the money (articles, prepositions, period words: "revenue for the three months to
  // September climbed to $7.8 billion") do not use up the window.
  const leftUntilNumber = before.slice(0, stop >>> 0).filter((w) => !GENERIC_AMOUNT.test(w.lower) && !/^\d/.test(w.lower) && !WINDOW_FILLER.test(w.lower));
  if (!found) {
    found = pick(leftUntilNumber, 8, false);
    // "a deal worth $1.6 billion", "a contract valued at": the noun before "worth" says what it is.
    if (found?.measure === "valuation" && /^(worth|valued|value|values|valuing)$/.test(text.slice(found.start, found.end).toLowerCase())) {
      const i = leftUntilNumber.findIndex((w) => w.start === found!.start);
      const noun = pick(leftUntilNumber.slice(i + 1, i + 4), 3, false);
      // "the stake values the miner at A$5 billion", "the round valued it at": what a stake implies the whole is worth.
      const implied = noun?.measure === "investment" && /^(values|valuing|valued)$/.test(text.slice(found.start, found.end).toLowerCase());
      if (noun && noun.measure !== "valuation" && !implied) found = noun;
      // "in a transaction valued at $3.4 billion": a generic word for a deal (kept out of the list above).
      else if (DEAL_NOUN.test(before[before.findIndex((w) => w.start === found!.start) + 1]?.lower ?? "")) found = { ...found, measure: "price" };
      // "an order for 60 S9 jets worth $8.7 billion": things counted and then valued are bought, at that price.
      else if (/\b\d[\d,.]*\s+(?:[\p{L}\d-]+\s+){0,2}\p{Ll}[\p{L}-]*s\s+(?:worth|valued at)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|over\s+|more than\s+|up to\s+)?$/u.test(text.slice(Math.max(clauseStart, valueStart - 60), valueStart))) found = { ...found, measure: "price" };
    }
  }
  // "will receive $120 million upfront from Kestane": money paid upfront in a deal is a payment, not a grant.
  if (!found && handedOver(text, leftUntilNumber, valueStart, valueEnd)) found = { measure: UPFRONT_AFTER.test(text.slice(valueEnd, valueEnd + 12)) ? "pay" : "commitment", start: valueStart, end: valueEnd };
  if (!found) {
    const cop = COPULA.exec(text.slice(valueEnd));
    if (cop) found = pick(words.filter((w) => w.start >= valueEnd + cop[0].length), 8, false);
  }
  if (!found) {
    // Last, a trigger just after, before any other number or subordinate clause ("... as investors fretted over the deal").
    const stop = after.findIndex((w) => /^\d/.test(w.lower) || /^(as|because|while|after|before|when|which|who|that|since|although|though|amid|including|excluding|plus|minus|from|and|but)$/.test(w.lower));
    found = pick(after.slice(0, stop >>> 0), 4, false);
  }
  const court = courtMeasure(text, clauseStart, clauseEnd, valueStart, found); // a verdict's amount, or its part
  if (court) return { measure: court, start: found?.start ?? valueStart, end: found?.end ?? valueEnd };
  // "Hackers stole $290 million", "lost $920 million in a hack", "took $290 million from its wallets".
  const ransom = /\bransom(?:ware)?\b/i.test(text.slice(clauseStart, clauseEnd));
  if (ransom && (!found || /^(loss|gross|price|investment|stolen)$/.test(found.measure))) return { measure: "ransom", start: valueStart, end: valueEnd };
  // "admitting he took $2.3 million from the charity": money taken from a body that was its owner's.
  const takenFrom = /\b(?:took|taken|take|takes|taking|siphoned|pocketed|diverted|misappropriated)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$/i.test(near) && TAKEN_FROM_BODY.test(text.slice(valueEnd, valueEnd + 60));
  // "escaped with $182,000", "getting away with $128,000": what robbers left with.
  const madeOff = GOT_AWAY.test(near);
  const theft = takenFrom || madeOff || THEFT_WORD.test(text.slice(clauseStart, clauseEnd)) || RAID_TOOK.test(text.slice(clauseStart, clauseEnd));
  if (theft && (!found || /^(loss|gross|price|investment|valuation)$/.test(found.measure) || (found.measure === "commitment" && madeOff) || (found.measure === "refund" && ROBBERS.test(text.slice(clauseStart, clauseEnd))))) return { measure: "stolen", start: valueStart, end: valueEnd };
  if (found && SEGMENTED.has(found.measure)) {
    // "cloud revenue", "operating profit": a segment of the figure is another figure.
    const scope = modifierBefore(text, words, found.start);
    if (scope) found = { ...found, measure: `${scope} ${found.measure}` };
  }
  if (found && (SEGMENTED.has(found.measure) || found.measure === "gross")) {
    const region = regionOf(text.slice(clauseStart, clauseEnd), valueStart - clauseStart);
    if (region) found = { ...found, measure: `${region} ${found.measure}` };
  }
  // "will raise about $48 million a year", "generate $48 million annually": money coming in each year is revenue.
  if (found && found.measure === "investment" && /^\s+(?:a|per|each)\s+year\b|^\s+annually\b/i.test(text.slice(valueEnd, valueEnd + 12))) found = { ...found, measure: "revenue" };
  if (found && found.measure === "commitment") {
    const scope = text.slice(Math.min(found.start, valueStart), Math.max(clauseEnd, found.end + 40));
    if (SPENDING_CUE.test(scope)) found = { ...found, measure: "spending" };
  }
  // "Income rose 11% to £6.2 billion": a bank's or a charity's income is what comes in, not its profit ("net income" is).
  if (found?.measure === "profit" && /^income$/i.test(text.slice(found.start, found.end)) && !/\b(?:net|operating|pre-?tax|after-tax|taxable)\s+$/i.test(text.slice(Math.max(0, found.start - 12), found.start))) found = { ...found, measure: "income" };
  const area = found && budgetArea(text, words, found, valueEnd); // "the police budget", "spending on roads"
  return area ? { ...found!, measure: `${area} ${found!.measure}` } : found;
}

/** Where a reported figure was earned: domestic, overseas, worldwide; the mention nearest the value wins. */
function regionOf(clause: string, at: number): string | undefined {
  const found: [number, string][] = [];
  for (const [region, re] of REGIONS) for (const m of clause.matchAll(re)) found.push([Math.abs(m.index - at), region]);
  return found.sort((a, b) => a[0] - b[0])[0]?.[1];
}
const REGIONS: [string, RegExp][] = [
  ["worldwide", /\b(?:worldwide|global(?:ly)?|around the world)\b/gi],
  ["overseas", /\b(?:overseas|international(?:ly)?|abroad|outside (?:the|north))\b/gi],
  ["domestic", /\b(?:domestic(?:ally)?|north americ\w*|in the u\.?s\.?|u\.?s\.? and canad\w*)\b/gi],
];

