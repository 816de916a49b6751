/** All numeric claims of one sentence, each with its subject, measure, time and qualifiers. */
import type { Claim, Quantity } from "../types.js";
import type { EntityMention } from "../resolve/gazetteer.js";
import { scanNumbers, type NumberMention } from "./scan-numbers.js";
import { classifyNumber } from "./classify-number.js";
import { findDates } from "./dates.js";
import { dateClaims } from "./date-claims.js";
import { clausesOf, wordsOf } from "../attribute/words.js";
import { findTimes, timeNear } from "../attribute/time.js";
import { countMeasure } from "../attribute/measure.js";
import { moneyMeasure, WON_BEFORE } from "../attribute/money-measure.js";
import { qualifiersNear } from "../attribute/qualifiers.js";
import { CHANGING_MONEY, changeDirection, changeOfCount, isChangeGlue, percentMeasure } from "../attribute/percent-measure.js";
import { pricedTier } from "../attribute/priced-tier.js";
import { workforceShare } from "../attribute/workforce-share.js";
import { partOfThem } from "../attribute/part-of-them.js";
import { headChange, headLevel } from "../attribute/clause-head.js";
import { sought } from "../attribute/sought.js";
import { receivingTopic } from "../attribute/budget-area.js";
import { ballotSide, sideNamed } from "../attribute/ballot-side.js";
import { ageSubject, modelIn, namedModel } from "../attribute/age-subject.js";
import { GIVING_BODY } from "../attribute/lexicon.js";
import { combinedEntity } from "../attribute/combined-entity.js";
import { talliedTo } from "../attribute/vote-tally.js";
import { gappedSubject } from "../attribute/gapped.js";
import { timeHolder } from "../attribute/time-holder.js";
import { plannedEvent } from "./planned-event.js";
import { yearEvent } from "./year-event.js";
import { toWiderArea } from "../attribute/wider-area.js";
import { CHANGE_VERB_BEFORE, changedTo } from "../attribute/changed-to.js";
import { premiumTarget } from "../attribute/premium-target.js";
import { finedParty, givenTo, isPersonName, payee, pricedBefore, thingCost, thingPaidFor, valuedCompany } from "../attribute/paid-party.js";
import { describedSubject, isDescriptorName, type Antecedents } from "../attribute/anaphora.js";
import { agentAfter, placeOfFigure, placeRead, clauseSubject, compoundOwner, isObject, ownerOf, sentenceSubject, type SubjectRef, orderedToPay, victimOf } from "../attribute/subject.js";

export interface SentenceView {
  text: string;
  entities: EntityMention[];
  /** Subject of the previous sentence in the paragraph, for sentences that name nobody. */
  carried?: SubjectRef;
  /** The last person named before this sentence in the article, for "the 31-year-old". */
  lastPerson?: SubjectRef;
  /** Names so far in the article, for descriptions that point back to them ("the union", "the forward"). */
  ante?: Antecedents;
  /** Year used for dates written without one. */
  year?: number;
  /** The last count of the previous sentence, for "That is a rise of 17%". */
  previousCount?: LocalClaim;
}

/** Money given whose giver can be named in a compound ("a National Science Foundation grant"). */
const FUNDING = /^(?:aid|investment|subsidy)$/;
/** "the league's top scorer with", "the club's captain": a person's role after a body's possessive. */
const PERSON_ROLE_AFTER = /['’]s\s+(?:[\p{Ll}-]+\s+)?(?:scorer|captain|striker|player|leader|winner|champion|goalkeeper|keeper|forward|midfielder|defender|batsman|bowler|coach|manager)\s/u;

/** A sentence that opens by pointing back to the one before: "That is a rise of 17%", "This marks ...". */
const POINTS_BACK = /^[\s"“]*(?:that|this|it)\s+(?:is|was|represents|represented|marks|marked|means|amounts\s+to)\b/i;

/** Shares that belong to the event, not to whoever the sentence names ("turnout was 61%"). */
const EVENT_PERCENT = /^pct:(?:(?:[\w-]+ )?(turnout|participation|attendance|unemployment|inflation|occupancy|containment|contained|vaccinated|infected|cost-covered)\b|[\w-]+:vs-normal|vote:(?:yes|no)$)/;

const WILL_EMPLOY = /\b(?:will|would|to|could|should|may|might)\s+(?:[^;]{0,80}?\s)?(?:employ|hire|staff)\s+(?:(?:about|around|roughly|some|up to|more than|nearly|over|as many as)\s+)?$/iu;

/** A site that does not run yet: its future workforce is the jobs it brings ("a combined company will employ" is not). */
const NEW_SITE = /\b(?:(?:when|once)\s+(?:it|the\s+\p{Ll}+)\s+(?:opens|is\s+(?:completed?|built|finished|open|operational|running))|at\s+full\s+(?:capacity|production|operation)|(?:when|once)\s+(?:production|operations?|construction)\s+(?:begins|starts|is\s+complete)|new\s+(?:[\p{Ll}-]+\s+)?(?:plant|factory|facility|mine|mill|warehouse|campus|hub|refinery|data\s+cent(?:er|re))|\b(?:build|builds|building|invest|invests|investing|construct|constructing)\b(?:[^.;]|\.\d){0,60}\b(?:plant|factory|gigafactory|facility|mine|mill|warehouse|refinery))\b/iu;

const SIGNED_BEFORE = /\b(?:signed|signs|sign|signing|re-signed|landed|lands|tied|ties|locked|secured|handed|gave|given|offered|inked|extended)\s+(?:[\p{L}-]+\s+){0,2}$/u;

const VENUE_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:stadium|arena|ground|venue|theatre|theater|hall|ballpark|dome|bowl|amphitheatre|amphitheater|auditorium|stand)\b/iu;

const FROM_BODY = new RegExp(String.raw`^\s+(?:\([^)]*\)\s+)?from\s+the\s+(${GIVING_BODY})\b`, "i");

const EACH_HEAD = /^[\s"“‘'(]*(?:each|every|all)\s+(?:of\s+the\s+)?\p{Ll}/iu;

const COMPARED = /(?:\bfrom|\b(?:compared|up|down|as)\s+(?:with|against|to)|\bversus|\bvs\.?)\s+$/i;

/** Between a count and its year: the counted things themselves arrive ("new aircraft would arrive in"). */
const ARRIVE_BETWEEN = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:will|would|are|were|should|could)\s+(?:(?:expected|due|set|scheduled|slated)\s+to\s+)?(?:be\s+)?(?:arrive|delivered|handed\s+over|enter\s+service|join\s+the\s+fleet)\s+(?:in|by|during)\s+(?:(?:early|late|mid)\s+)?$/iu;

/** A change said before a "from" figure makes it the base: "rose to 41 from 38", "cut the fare to $2 from $2.50". */
const CHANGE_SAID = /\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|up|down|increas\w*|decreas\w*|grew|grow\w*|climb\w*|jump\w*|drop\w*|declin\w*|dip\w*|slid\w*|slump\w*|surg\w*|soar\w*|doubl\w*|halv\w*|tripl\w*|cut|cuts|cutting|rais\w*|lower\w*|reduc\w*|boost\w*|expand\w*|shr[ai]nk\w*|went|gone|chang\w*|revis\w*|mov\w*|swung|swing\w*|narrow\w*|widen\w*|improv\w*|worsen\w*|recover\w*|rebound\w*|slow\w*|eas\w*|hik\w*|trimm?\w*|lift\w*|push\w*|pull\w*|bump\w*|edg\w*|tick\w*|shed|lost|gain\w*|add\w*|compar\w*)\b/i;

const COUNTED_IN = /^(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:[\d.,]+|\p{L}+(?:-\p{L}+)?)(?:\s+(?:million|thousand|billion))?\s+(?:[\p{Ll}-]+\s+){1,3}?(?:living\s+)?(?:in|across|throughout|at)\s+(?:the\s+)?$/iu;

const SUCCEEDED_BEFORE = /\b(?:succeed(?:s|ing|ed)?|replac(?:es|ing|ed|e)|over\s+from|after|predecessor|agent|agents|lawyer|spokesman|spokeswoman|spokesperson|judge|justice|magistrate),?\s+$/i;

export type LocalClaim = Omit<Claim, "doc" | "sentence">;

/** Qualifiers with "previous" added: the figure before a change. */
const withPrevious = (qs: string[]) => [...new Set([...qs, "previous"])].sort();


/** Every claim needs a digit or a number word; other sentences only pass their subject on. */
const MAY_HOLD_CLAIM = /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)\b/i;

export function claimsOfSentence(view: SentenceView): { claims: LocalClaim[]; subject?: SubjectRef } {
  const { text, entities } = view;
  if (!MAY_HOLD_CLAIM.test(text)) return { claims: [], subject: (entities.length ? sentenceSubject(text, wordsOf(text), entities) : undefined) ?? view.carried };
  const words = wordsOf(text);
  const clauses = clausesOf(text);
  const dates = findDates(text);
  // A number inside a name ("Zephra Pro 9", "Boeing 737") is part of the name.
  const numbers = scanNumbers(text).filter((n) => !dates.some((d) => n.start < d.end && d.start < n.end) && !entities.some((e) => e.start <= n.start && n.end <= e.end));
  const classified = numbers.map((n) => ({ n, c: classifyNumber(text, n) }));
  const notTimes = classified.filter((x) => x.c.kind !== "year");
  // A year that dates an event ("expected to open in 2028", "founded in 2014") is that event's date, not the
  // period of the sentence's other figures.
  const eventOf = new Map<NumberMention, string>();
  for (const { n, c } of classified) {
    if (c.kind !== "year") continue;
    const event = yearEvent(text, n.hedgeStart, n.end) ?? plannedEvent(text.slice(clauses.of(n.start).start, n.hedgeStart));
    if (event) eventOf.set(n, event);
  }
  const allTimes = findTimes(text).filter((t) => !notTimes.some(({ n }) => t.start < n.end && n.start < t.end));
  const eventYears = [...eventOf.keys()];
  // "will open to passengers in December 2028": a month of a planned event dates the event, as its year would.
  const isEventYear = (t: { start: number; end: number }) => eventYears.some((n) => t.start < n.end && n.start < t.end) || !!plannedEvent(text.slice(clauses.of(t.start).start, t.start).replace(/\b(?:(?:early|late|mid)[\s-])?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)\s+$/i, ""));
  const times = allTimes.filter((t) => !isEventYear(t));
  const eventTimes = allTimes.filter(isEventYear);
  const claims: LocalClaim[] = [];
  /** "The Ghanaian, 24, moves ...", "the 24-year-old Argentine": a description read as a name. */
  const isDescription = (e: EntityMention) => isDescriptorName(e.label, text.slice(Math.max(0, e.start - 24), e.start));
  const subjectAt = (at: number, trigger?: { start: number; end: number; measure?: string }): SubjectRef | undefined => {
    const clause = clauses.of(at);
    const combined = combinedEntity(text, clause.start, at); // "giving the combined group sales of $7.1 billion"
    if (combined) return combined;
    const gapped = gappedSubject(text, entities, at); // "... has 45% support and the Reform Bloc 38%"
    if (gapped) return { key: gapped.key, label: gapped.label };
    // "the district's offer of a 3.5% raise": owned by someone the sentence does not name.
    const owner = /\b(?:the|its|their)\s+(\p{Ll}+)['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:of\s+)?(?:an?\s+)?$/u.exec(text.slice(Math.max(clause.start, at - 60), at));
    // "ended as the league's top scorer with 24 goals": a person's role in a body, so the figure is the person's.
    if (owner && !/^(company|firm|group|government|country|city|state|nation|world)$/.test(owner[1]) && !PERSON_ROLE_AFTER.test(owner[0])) return { key: `role:${owner[1]}`, label: `the ${owner[1]}` };
    const thing = thingCost(text, clause.start, at); // "said the tour cost $3.4 million"
    if (thing) return thing;
    // "... on Goldmere, which operates 38 casinos": a relative clause is about the name right before it (not a
    // place the name before was in: "the Sunfield farm in Nevada, which will supply ...").
    // "Marrowgate Park, currently 18,500 seats, ...": an aside on a name's present or past state is about that name.
    const antecedent = /^[\s,]*(?:which|who|currently|now|formerly|previously|once|already)\b/i.test(text.slice(clause.start, at)) ? entities.find((e) => e.end <= clause.start && /^\s*,?\s*(?:\d{1,3}\s*,\s*)?$/.test(text.slice(e.end, clause.start)) && !/\b(?:in|at|near|outside|across)\s+$/i.test(text.slice(Math.max(0, e.start - 12), e.start))) : undefined;
    if (antecedent && !(trigger && ownerOf(trigger.start, entities, text)) && !ownerOf(at, entities, text)) return { key: antecedent.key, label: antecedent.label };
    const e =
      changedTo(at, entities, text) ??
      orderedToPay(at, entities, text) ??
      (trigger && ownerOf(trigger.start, entities, text)) ??
      (trigger && FUNDING.test(trigger.measure ?? "") ? compoundOwner(trigger.start, entities, text) : undefined) ??
      ownerOf(at, entities, text) ??
      agentAfter(trigger ? Math.max(trigger.end, at) : at, clause.end, entities, text) ??
      placeOfFigure(clause.start, at, entities, text) ??
      clauseSubject(at, text, words, clauses, entities);
    // "The Ghanaian, 24, moves ...": a description read as a name points back to the last person.
    if (e && isDescription(e)) return view.lastPerson ?? view.carried;
    if (e) return { key: e.key, label: e.label };
    // "has counted about 1,310 wolves in the Alps", "There are now 1,130 wolves in the Alps": things counted in a place;
    // "Six wards at Dunstanton General Hospital have been closed": things at a body.
    const placed = trigger ? undefined : entities.find((x) => x.start > at && x.start - at <= 60 && COUNTED_IN.test(text.slice(at, x.start)));
    if (placed) return { key: placed.key, label: placed.label };
    const described = describedSubject(text.slice(clause.start, at), view.ante) ?? (clause.start > 0 ? describedSubject(text, view.ante) : undefined);
    // "Each member receives a bonus of $2,000": a clause about every one of a group is not about the name before.
    return described ?? (EACH_HEAD.test(text.slice(clause.start, at)) ? undefined : view.carried);
  };
  // ("to a former Fenwick Logistics warehouse worker": a name after "a" that goes on into a noun only describes it.)
  const receiver = (from: number, to: number) =>
    entities.find((e) => e.start >= from && e.end <= to && isObject(e, text, words) && /\b(in|into|to|on|for)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(from, e.start - 40), e.start)) && !(/\b(?:a|an)\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(Math.max(0, e.start - 20), e.start)) && /^\s+\p{Ll}/u.test(text.slice(e.end, e.end + 3))));
  // (A fine has no receiver: "the £1.3m fine handed to Wyvern Water", "fined for pumping sewage into the River
  // Mardale" name the one fined and a place.)
  const recipientAfter = (from: number, to: number) => receiver(from, to)?.key;

  for (const { n, c } of classified) {
    const clause = clauses.of(n.start);
    // "15 new aircraft would arrive in 2026": the year the counted things arrive in is a time of the count too.
    const arriving = c.kind === "count" && !text.slice(n.start, c.end).includes("-") ? eventTimes.find((t) => t.start >= c.end && t.end <= clause.end && ARRIVE_BETWEEN.test(text.slice(c.end, t.start))) : undefined;
    // "8.4 million twenty-foot equivalent units (TEU) last year": the claim's own brackets do not end its clause.
    const clauseEnd = c.end > clause.end && text.slice(n.start, c.end).includes("(") ? clauses.of(c.end).end : clause.end;
    const near = timeNear(arriving ? [...times, arriving] : times, n.start, text, clause.start, clauseEnd, c.end);
    const time = near === "base" ? (c.kind === "percent" ? "" : "prev-year") : near;
    const qualifiers = qualifiersNear(text, words, n.hedgeStart, n.end, clause.start, clause.end);
    // "450kg", "12km", "12MW": a unit written onto the number is part of the claim's text.
    const end = c.end + (/\d$/.test(text.slice(0, c.end)) ? /^(?:\p{Ll}{1,3}|[kMGT]W[h]?)\b/u.exec(text.slice(c.end, c.end + 4))?.[0].length ?? 0 : 0);
    const base = { start: n.hedgeStart, end, text: text.slice(n.hedgeStart, end), time, qualifiers };
    const q = (unit: string): Quantity => (c.exact ? { value: n.value, low: n.value, high: n.value, hedge: "exact", unit } : { value: n.value, low: n.low, high: n.high, hedge: n.hedge, unit });
    // "up from $4.1 billion", "from $11.5 billion a year earlier": the earlier value of the figure before it.
    // "$281 million of the purchase price": a part of another figure (a winner's share of a prize fund is the
    // winner's prize: "takes home $1.2 million of the $2 million prize fund").
    if (c.kind === "money" && /^\s+of\s+(?:the|its|their|that)\b/i.test(text.slice(n.end, n.end + 12)) && !PRIZE_SHARE.test(text.slice(n.end, n.end + 60))) continue;
    // "$334 million, of which $281 million in cash": a part of the figure before it.
    if (/\bof (?:which|whom|them|those)\s+(?:[\p{L}]+\s+)?$/iu.test(text.slice(Math.max(0, n.hedgeStart - 30), n.hedgeStart))) continue;
    // ("214 films from 48 countries": a bare "from" with no change said is where things came from, not a base.)
    const bareFrom = /[^,]\s+from\s+$/i.test(text.slice(Math.max(0, n.hedgeStart - 8), n.hedgeStart)) && !CHANGE_SAID.test(text.slice(0, n.hedgeStart));
    const earlier = COMPARED.test(text.slice(Math.max(0, n.hedgeStart - 30), n.hedgeStart)) && !bareFrom ? claims.filter((x) => x.kind === c.kind).at(-1) : undefined;
    if (earlier && (c.kind === "money" || c.kind === "percent" || c.kind === "count")) {
      // "killed 86 rhinos last year, up from 52 the year before": a base said in the figure's own period words is
      // still the period before it.
      // "up from £9.5 million the year before": a year before the figure's own period, whatever that is.
      const yearBefore = time === "prev-year" && /^\s*(?:in\s+)?(?:the\s+(?:year|previous\s+year|prior\s+year)\s+before|a\s+year\s+(?:earlier|before)|the\s+(?:previous|prior)\s+year)\b/i.test(text.slice(c.end, c.end + 30));
      // "28.4 million passengers in 2025, up from 26.1 million the year before": 2024.
      const dated = yearBefore && /^y\d{4}$/.test(earlier.time) ? `y${Number(earlier.time.slice(1)) - 1}` : undefined;
      claims.push({ ...earlier, ...base, value: n.value, quantity: q(earlier.quantity!.unit), time: dated ?? (!time || (yearBefore && earlier.time === "") ? "prev" : time === earlier.time ? `${time}:before` : time) });
      continue;
    }
    // "raise the fare from $2.75 to $3.00", "cuts the rate from 25% to 21%": the first is the old value,
    // the second the new one, of the same figure.
    const last = claims.at(-1);
    // "expand the 18,500-seat Marrowgate Park to 25,000 seats": the figure named with the thing is the old one.
    const fromTo =
      last &&
      last.kind === c.kind &&
      ((/^\s*to\s*$/i.test(text.slice(last.end, n.hedgeStart)) && /\bfrom\s+$/i.test(text.slice(Math.max(0, last.start - 6), last.start))) ||
        (/^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}to\s+$/u.test(text.slice(last.end, n.hedgeStart)) && CHANGE_VERB_BEFORE.test(text.slice(Math.max(0, last.start - 60), last.start))));
    if (fromTo && last.quantity) {
      claims.push({ ...last, ...base, value: n.value, quantity: q(last.quantity.unit), qualifiers: last.qualifiers.filter((x) => x !== "previous") });
      last.qualifiers = withPrevious(last.qualifiers);
      continue;
    }
    if (c.kind === "money") {
      const found = moneyMeasure(text, words, n.hedgeStart, n.end, clause.start, clause.end);
      // "The family plan will rise to $19.99": a named tier's amount is its price.
      const tier = !found || found.measure === "price" ? pricedTier(text, words, n.hedgeStart, n.value) : undefined;
      const trig = tier ? { measure: "price", start: n.hedgeStart, end: n.end } : found;
      if (!trig) continue;
      const person = payee(text, trig.measure, entities, clause.start, n.hedgeStart);
      // What was paid for, named after the amount: "paid Sporting Vellano €62m (about £53m) for winger Idris
      // Calloway", "the €40 million paid for Joel Ansah": a price, the thing's.
      const paidFor = trig.measure === "pay" || trig.measure === "price" ? thingPaidFor(text, entities, c.end) : undefined;
      const priced = trig.measure === "price" ? paidFor ?? pricedBefore(text, entities, n.hedgeStart) : paidFor;
      const fined = trig.measure === "fine" ? finedParty(text, entities, clause.start, n.hedgeStart) : undefined;
      // "with Petrov taking $800,000 of the purse": a prize is the winner's, the name right before the verb.
      const winner = trig.measure === "prize" ? entities.find((e) => e.end <= n.hedgeStart && e.start >= clause.start && n.hedgeStart - e.end <= 40 && WON_BEFORE.test(text.slice(e.end, n.hedgeStart)) && /^\s*(?:,\s*\d+,)?\s*\p{Ll}/u.test(text.slice(e.end, n.hedgeStart)) && !/\b(?:won|wins|win|winning|beat|beats|beating|defeated|at|in|of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 12), e.start))) : undefined;
      // "Ivana Marenko won the final in three sets and takes home $3.6 million": else the one person the sentence names.
      const people = trig.measure === "prize" && !winner ? entities.filter(isPersonName) : [];
      const owner = person ?? priced ?? fined ?? winner ?? (trig.measure === "valuation" ? valuedCompany(text, entities, clause.start, n.hedgeStart) : undefined) ?? (people.length === 1 ? people[0] : undefined) ?? (trig.measure === "stolen" ? victimOf(text, entities, c.end) : undefined);
      // "The Ghanaian, 24, moves from Porto for 62 million euros": a description is the last person named.
      const described = owner && isDescription(owner) ? view.lastPerson : undefined;
      // What the story's garage or stadium costs is the thing's, whoever the sentence names and wherever it places it.
      // "The hospital will receive £84 million from the government": the body it comes from gives it.
      const from = trig.measure === "commitment" && !owner ? FROM_BODY.exec(text.slice(n.end, n.end + 40)) : null;
      const giver = from ? { key: `role:${from[1].toLowerCase()}`, label: `the ${from[1].toLowerCase()}` } : undefined;
      // "has approved £2.5m towards the £3.8m restoration": the whole a part goes towards is not the giver's.
      // It is the thing's named after "of" ("... restoration of the Faircliff lighthouse"), else the story's.
      const towards = /\btowards?\s+(?:the|a|an|its)\s+$/i.test(text.slice(Math.max(0, n.hedgeStart - 12), n.hedgeStart));
      const whole = towards ? entities.find((e) => e.start > c.end && e.start - c.end <= 40 && /^\s+[\p{Ll}-]+\s+of\s+(?:the\s+)?$/u.test(text.slice(c.end, e.start))) : undefined;
      // "Adult social care gets an extra £6m, taking its budget to £148m": the thing that receives it.
      const topic = owner ? undefined : receivingTopic(text, trig.start);
      // "has awarded $2.4 million to Rosa Callender": damages a court awards are the person's they go to.
      const awardee = !owner && trig.measure === "damage" ? receiver(n.end, clause.end) : undefined;
      const holder = owner ?? (awardee && isPersonName(awardee) ? awardee : undefined);
      const subject = trig.measure.startsWith("cost:") ? { key: "", label: "" } : towards ? (whole ? { key: whole.key, label: whole.label } : { key: "", label: "" }) : described ?? giver ?? (topic ? { key: `role:${topic}`, label: topic } : holder ? { key: holder.key, label: holder.label } : subjectAt(n.hedgeStart, trig) ?? givenTo(text, entities, n.hedgeStart));
      const measure = tier ? `${tier} price` : paidFor ? "price" : trig.measure;
      // A tier's price is a price per period by nature: "$19.99 a month" and "will cost $19.99" are one fact; so is a
      // budget or a salary by the year ("a budget of £41 million a year", "an annual budget of £14 million").
      // (And a wage by the hour: "a minimum wage of $17.50 an hour" and "a $17.50 minimum wage".)
      const yearly = /^(?:budget|salary)$/.test(trig.measure) && /^\s+(?:a|per|each)\s+year\b|^\s+(?:annually|yearly)\b/i.test(text.slice(n.end, n.end + 12)) || (trig.measure === "salary" && /^\s+(?:an|per|each)\s+hour\b|^\s+hourly\b/i.test(text.slice(n.end, n.end + 12)));
      const moneyBase = tier || trig.measure === "toll" || trig.measure === "cuts" || yearly ? { ...base, qualifiers: base.qualifiers.filter((x) => x !== "rate") } : base;
      claims.push({ ...moneyBase, kind: "money", value: n.value, quantity: q(c.unit!), measure: sought(text, clause.start, n.hedgeStart) ? `${measure}:sought` : measure, subject: subject?.key, subjectLabel: subject?.label, recipient: /^(?:cost:|fine\b|damages\b|stolen\b)/.test(measure) ? undefined : recipientAfter(n.end, clause.end) });
    } else if (c.kind === "percent") {
      // "The number of pandas has reached 1,864, up 17%", "That is a rise of 17%": a change with no noun of its
      // own is the change of the count just before it (in the sentence, or the one the sentence points back to).
      const dir = changeDirection(text, words, n.hedgeStart, n.end);
      // ("net income of $842 million, up 12% from a year earlier": a company's money figure changes so too.)
      const before = dir ? claims.filter((x) => (x.kind === "count" || (x.kind === "money" && CHANGING_MONEY.test(x.measure ?? ""))) && x.end <= n.hedgeStart).at(-1) : undefined;
      const back = dir && !before ? POINTS_BACK.exec(text) : null;
      const counted = before && isChangeGlue(text.slice(before.end, n.hedgeStart)) ? before : back && isChangeGlue(text.slice(back[0].length, n.hedgeStart)) ? view.previousCount : undefined;
      const own = workforceShare(percentMeasure(text, words, n.hedgeStart, n.end, clause.start, clause.end, !counted), text, n.hedgeStart, n.end, claims);
      // "Burglaries in Ashcombe fell 12%": the clause's plural head noun is what changed (when it is no name).
      const head = !own && !counted && dir ? headChange(text, clause.start, n.hedgeStart, entities, dir) : undefined;
      const found = own ?? (counted ? changeOfCount(counted.measure, dir!, text) : head?.measure);
      if (!found) continue;
      const side = found === "pct:vote" ? ballotSide(text.slice(c.end, clause.end)) : undefined;
      const measure = sought(text, clause.start, n.hedgeStart) ? `${found}:sought` : side ? `${found}:${side}` : found;
      // "a 34% premium to Nantwell's last closing price", "$41.50 per Nantwell share, a premium of 28%": a premium
      // is over the target's share price, whoever pays it.
      const target = measure === "pct:premium" ? premiumTarget(text, n.hedgeStart, n.end, entities) : undefined;
      const subject = EVENT_PERCENT.test(measure) || head?.reported ? undefined : target ?? subjectAt(n.hedgeStart) ?? (!own && counted?.subject ? { key: counted.subject, label: counted.subjectLabel ?? counted.subject } : undefined);
      const named = measure === "pct:vote" ? sideNamed(subject?.key) : undefined;
      const eventLevel = EVENT_PERCENT.test(measure) || !!named;
      claims.push({ ...base, kind: "percent", value: n.value, quantity: q("%"), measure: named ? `${measure}:${named}` : measure, subject: eventLevel ? "" : subject?.key, subjectLabel: eventLevel ? "" : subject?.label });
    } else if (c.kind === "count" && /^(?:fall|length|width|depth|height|thickness|concentration|distance|age|speed|temperature|traffic|average|level|approach|range):/.test(c.noun ?? "")) {
      // How much snow or rain fell, a length, a concentration: the event's figure or the story's thing's, in the
      // unit written ("28 inches of snow", "a 300-metre section of the road", "lead levels of up to 42 ppb").
      // How far someone jumped or threw is that athlete's ("Dahl soared 235.5 metres").
      const parts = c.noun!.split(":");
      const measure = parts[0] === "fall" ? parts.slice(1).join(":") : c.noun!;
      // A temperature is the place's where it was read ("in the town of Mora"), else left to the story.
      const who = (parts[0] === "distance" && parts[1] !== "earth") || parts[0] === "traffic" ? subjectAt(n.hedgeStart) : parts[0] === "temperature" ? placeRead(text, clause, entities) : { key: "", label: "" };
      claims.push({ ...base, kind: "count", value: n.value, quantity: q(parts.at(-1)!), measure, subject: who?.key, subjectLabel: who?.label });
    } else if (c.kind === "count" && c.noun?.startsWith("member:")) {
      const noun = c.noun.slice(7);
      claims.push({ ...base, kind: "count", value: n.value, quantity: q(noun), measure: noun, subject: "" });
    } else if (c.kind === "count" && c.noun?.startsWith("capacity:")) {
      // Counted as the same figure written "690 megawatts" or "610 rooms" would be; it belongs to the name the
      // compound describes ("the 610-room Grand Meridian"), else to the clause's subject.
      const noun = c.noun.slice(9);
      const unit = /watt$/.test(noun);
      const measure = unit ? `unit:${noun}` : /^(acre|hectare)$/.test(noun) ? `area:${noun}` : noun;
      const named = entities.find((e) => e.start >= c.end && /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(c.end, e.start)));
      // "the club's 23,000-seat stadium": a venue the sentence does not name is the story's venue, not its owner.
      const venue = !named && VENUE_AFTER.test(text.slice(c.end, c.end + 40));
      const subject = unit ? { key: "", label: "" } : named ? { key: named.key, label: named.label } : venue ? undefined : subjectAt(n.hedgeStart);
      claims.push({ ...base, kind: "count", value: n.value, quantity: q(measure), measure, subject: subject?.key, subjectLabel: subject?.label });
    } else if (c.kind === "count" && c.noun === "floors") {
      claims.push({ ...base, kind: "count", value: n.value, quantity: q("floors"), measure: "floors", subject: undefined });
    } else if (c.kind === "count") {
      const tally = talliedTo(text, entities, n.hedgeStart, n.end); // "41,230 votes to 36,870 for Paul Dremmel"
      const m = countMeasure(text, words, n.value, n.hedgeStart, n.end, clause.start, clause.end) ?? partOfThem(text, n, clause, claims) ?? headLevel(text, clause.start, n.hedgeStart, entities) ?? (tally && { measure: "vote", people: false });
      if (!m) continue;
      // "recalling 84,000 vehicles, including 12,000 SUVs": a part of the count before it, of the same thing
      // ("14 medals, including six golds" counts another thing).
      if (/\b(?:including|among them)\s+$/i.test(text.slice(Math.max(0, n.hedgeStart - 16), n.hedgeStart)) && claims.some((x) => x.kind === "count" && x.measure.split(":")[0] === m.measure.split(":")[0])) continue;
      // "The plant will employ 5,200 people when it opens": the jobs a new site will bring, not a workforce today.
      if (m.measure === "employees" && WILL_EMPLOY.test(text.slice(0, n.hedgeStart)) && NEW_SITE.test(text)) m.measure = "job:added";
      // "6.4 killed": people come whole; a fraction is some other number read as a count.
      if (m.people && !Number.isInteger(n.value) && !/^(?:unit|area)\b/.test(m.measure)) continue;
      // A handful of fans is not an attendance figure.
      if (m.measure === "attendance" && n.value < 50) continue;
      if (m.people && m.measure !== "employees") {
        claims.push({ ...base, kind: "count", value: n.value, quantity: q(m.measure), measure: m.measure, subject: "", subjectLabel: "" });
        continue;
      }
      // "Pryce has left 340 paintings to the Harwick Museum": things given are the receiver's, as the passive
      // ("The Harwick Museum has been left 430 paintings") says.
      const given = m.measure.endsWith(":giv") ? receiver(c.end, clause.end) : undefined;
      // "A rocket carrying 56 Aurelle broadband satellites": with no other owner said, the name between the number
      // and its noun.
      const owner = entities.find((e) => e.start > n.end && e.start - n.end <= 2 && /^\s+\p{Ll}/u.test(text.slice(e.end, e.end + 3)));
      // "unveiled the Aero 7, its new flagship phone, with a 5,000mAh battery": a device's part is the model's.
      const model = m.measure === "battery" ? namedModel(text.slice(0, n.hedgeStart), entities) : undefined;
      const subject = given ? { key: given.key, label: given.label } : m.measure === "vote" && tally ? { key: tally.key, label: tally.label } : model ?? subjectAt(n.hedgeStart) ?? (owner && { key: owner.key, label: owner.label });
      // A workforce, or a count of things, belongs to someone: when the sentence does not say whom, the story may.
      // "The ground currently holds 36,500": a venue's present size, said beside the size it is to grow to.
      const present = m.measure === "seat" && /\b(?:current(?:ly)?|at\s+present)\b/i.test(text.slice(clause.start, clause.end));
      claims.push({ ...base, ...(present ? { qualifiers: withPrevious(base.qualifiers) } : {}), kind: "count", value: n.value, quantity: q(m.measure), measure: m.measure, subject: subject?.key, subjectLabel: subject?.label });
    } else if (c.kind === "age") {
      // "The 31-year-old collected ...": the person the paragraph is about.
      let who = ageSubject(text, n, c.end, entities, words) ?? (/^\s*(?:the|she\s+(?:was|is)|he\s+(?:was|is))\s+$/i.test(text.slice(0, n.hedgeStart)) ? view.lastPerson : undefined);
      const whoAt = who ? entities.find((e) => e.key === who!.key && e.end <= n.hedgeStart) : undefined;
      if (whoAt && isDescriptorName(whoAt.label, text.slice(Math.max(0, whoAt.start - 6), whoAt.start))) who = view.lastPerson;
      if (!who) continue;
      claims.push({ ...base, kind: "age", value: n.value, quantity: q("years"), measure: "age", subject: who.key, subjectLabel: who.label });
    } else if (c.kind === "duration") {
      // A contract binds two parties (a player and a club) that sources name as its subject in turn: it is the
      // person's contract when the clause names a person ("Toulon have landed Tane Walker on a four-year contract").
      // A tenure is a person's: the one named in the clause, else the only one named in the sentence.
      // So is a contract when the sentence names one person ("said that Lena Brandvold will become its chief
      // conductor ..., on a four-year contract").
      // (Not the one replaced, "succeeding Peter Aldana", nor one who speaks for the holder, "agent Scott Boras".)
      // And so is a prison sentence ("Marcus Oyelaran, 37, who founded the fund Helix Vault, was jailed for six years").
      const people = c.noun === "tenure" || c.noun === "feat" ? entities.filter(isPersonName) : c.noun === "contract" || c.noun === "sentence" ? entities.filter((e) => isPersonName(e) && !SUCCEEDED_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start))) : [];
      // "signed Elton Brand to a five-year deal", "landed Tane Walker on a four-year contract": the name right before.
      const holder = c.noun === "contract" ? entities.find((e) => e.end <= n.hedgeStart && /^\s+(?:on|to)\s+(?:a|an)\s+$/i.test(text.slice(e.end, n.hedgeStart)) && SIGNED_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start))) : undefined;
      const party = holder ?? (c.noun === "contract" || c.noun === "tenure" || c.noun === "sentence" || c.noun === "feat" ? entities.find((e) => e.start >= clause.start && e.end <= clause.end && isPersonName(e) && !SUCCEEDED_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start))) ?? (people.length === 1 ? people[0] : undefined) : undefined);
      // "The 24-year-old Argentine signed a four-year deal": a description is the last person named.
      const described = party && isDescription(party) ? view.lastPerson : undefined;
      // A race or lap time is a person's when the sentence names one ("Lucie Moreau ... lapping in 1:18.4"), else the
      // story's event's (an eclipse's totality, whatever the clause's subject: "the Moon will cover the Sun for ...").
      const timed = c.noun === "time:record" ? { key: "", label: "" } : c.noun?.startsWith("time:") ? timeHolder(entities, n.hedgeStart, isPersonName, view.lastPerson) : undefined;
      const subject = described ?? timed ?? (party ? { key: party.key, label: party.label } : subjectAt(n.hedgeStart));
      // How long the story's event lasted, or a task in it takes ("repairs could take 72 hours"), belongs to the event.
      if (c.noun === "battery") {
        // A battery life belongs to a model: one the sentence singles out ("the 11-inch models", "the 9400M",
        // "the Vista 2"), else the story's product, found later from the other claims of the story.
        const model = modelIn(text.slice(0, n.hedgeStart), entities);
        claims.push({ ...base, kind: "duration", value: n.value, quantity: q(c.unit!), measure: "duration:battery", subject: model?.key, subjectLabel: model?.label });
        continue;
      }
      // A running time belongs to the story's film (a festival round-up that gives two is a source at odds with itself).
      const eventLength = c.noun === "event" || c.noun === "ongoing" || c.noun === "average" || c.noun === "runtime" || c.noun === "mission" || /^(?:strike|outage|blackout|shutdown|siege|standoff|curfew|trial|inquest|inquiry)$/.test(c.noun ?? "") || c.noun === "programme" || !!c.noun?.startsWith("task:") || !!c.noun?.startsWith("since:") || !!c.noun?.startsWith("after-");
      // How long a programme runs is one fact, whatever date the sentence gives its goal ("reach 300,000 homes by 2029").
      // A prison term whose sentence names no one is the story's one defendant's, found later (not the story's).
      claims.push({ ...base, ...(c.noun === "programme" ? { time: "" } : {}), kind: "duration", value: n.value, quantity: q(c.unit!), measure: `duration:${c.noun}`, ...(eventLength ? { subject: "", subjectLabel: "" } : !subject && c.noun === "sentence" ? {} : { subject: subject?.key ?? "", subjectLabel: subject?.label ?? "" }) });
    } else if (c.kind === "year") {
      // "will open in 2028", "is due to be completed in 2029", "the arena, due in 2029": the year a planned event
      // happens is the story's fact (what already happened, "opened in 1988", is history and stays a period).
      // "Datavane, founded in 2014,", "which was founded in 2016": the year a named body was founded.
      const event = eventOf.get(n);
      if (event === "date:made") {
        claims.push({ ...base, kind: "date", value: String(n.value), measure: event, subject: "", subjectLabel: "", time: "" });
      } else if (event === "date:founded") {
        const named = [...entities].reverse().find((e) => e.end <= n.hedgeStart && !isPersonName(e));
        // "The company, founded in 2004, ...", "The airline, set up in 2004,": a description points back to its name.
        const body = named ?? describedSubject(text.slice(clause.start, n.hedgeStart), view.ante) ?? (clause.start > 0 ? describedSubject(text, view.ante) : undefined);
        if (body && !body.key.startsWith("role:") && body !== view.lastPerson) claims.push({ ...base, kind: "date", value: String(n.value), measure: event, subject: body.key, subjectLabel: body.label, time: "" });
      } else if (event && event !== "date:born") {
        claims.push({ ...base, kind: "date", value: String(n.value), measure: `date:${event}:planned`, subject: "", subjectLabel: "", time: "" });
      }
    } else if (c.kind === "magnitude") {
      const after = /\b(aftershocks?|foreshocks?)\b/i.test(text.slice(Math.max(clause.start, n.start - 25), Math.min(clause.end, c.end + 25)));
      claims.push({ ...base, kind: "magnitude", value: n.value, quantity: q("magnitude"), measure: after ? "magnitude:aftershock" : "magnitude", subject: "", subjectLabel: "" });
    }
  }
  claims.push(...dateClaims(text, words, dates, clauses, entities, view.year, subjectAt));
  toWiderArea(text, claims);
  return { claims, subject: sentenceSubject(text, words, entities) ?? describedSubject(text, view.ante) ?? view.carried };
}

/** "of the $4 million purse": money that is a share of a prize is still read. */
const PRIZE_SHARE = /^\s+of\s+(?:the|its|their)\s+(?:[\p{L}\d$€£.,-]+\s+){0,3}(?:prize|purse|winnings|jackpot)\b/iu;
