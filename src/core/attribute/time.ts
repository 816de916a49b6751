/** When a figure holds: "last year", "in 2010", "Q3", "by 2030". Keys compare as strings. */

export interface TimeMark {
  start: number;
  end: number;
  key: string;
}

const DATELINE_BEFORE = /^[\s*_"“(]*(?:\p{Lu}[\p{L} .'’-]*,\s+)?(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?)\s+$/u;
const ORDINAL: Record<string, string> = { first: "1", second: "2", third: "3", fourth: "4" };

const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  // "up 4.7% from a year before", "11% more than a year ago": the base a change is measured from. A change
  // measured from it is this period's; an amount said there ("when drivers paid $3.50") is the base's.
  [/\b(?:from|than|over|versus|compared\s+(?:with|to))\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|prior)\s+year|the\s+year\s+before|the\s+same\s+(?:month|quarter|period)\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year))\b/gi, () => "base"],
  // "over the past year", "in the past year": the last twelve months, the story's present (not last year).
  [/\b(?:over|in|during|for|throughout)\s+the\s+(?:past|last)\s+(?:year|12\s+months|twelve\s+months)\b/gi, () => ""],
  [/\b(?:same (?:quarter|period|month|time) (?:of |a )?(?:last|previous|prior) year|(?:last|past|previous|prior|preceding) (?:fiscal |financial )?year|the (?:fiscal |financial )year (?:that|which) ended (?:in|on) (?:January|February|March|April|May|June|July|August|September|October|November|December)|a year (?:earlier|ago|before)|year-(?:ago|earlier)|the year before|the previous year)\b/gi, () => "prev-year"],
  [/\b(?:(?:last|previous|prior|preceding) quarter|a quarter (?:earlier|ago)|quarter-on-quarter|sequential(?:ly)?)\b/gi, () => "prev-quarter"],
  [/\b(?:(?:last|previous|prior) month|a month (?:earlier|ago))\b/gi, () => "prev-month"],
  // "Last winter the peak reading was 240", "scored 19 goals last season": a season before the story's.
  [/\b(?:last|previous|past|prior)\s+(?:winter|summer|spring|autumn|season)\b/gi, () => "prev-season"],
  [/\b(?:(?:next|coming) (?:fiscal )?year)\b/gi, () => "next-year"],
  // "The busiest month was August, with 1.1 million passengers": one month's figure, not the year's.
  [/\b(?:busiest|quietest|best|worst|peak|record|strongest|weakest|wettest|driest|hottest|coldest)\s+(?:single\s+)?month\s+(?:was|being|came\s+in)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (m) => `month-${m[1].toLowerCase()}`],
  // "Earlier this year, a woman opened fire at ...": a sentence that opens on it tells an earlier event (a month
  // back is often the story's own: "Earlier this month HP unveiled a bid").
  [/^[\s"“]*Earlier\s+this\s+year\b/g, () => "earlier"],
  // "its full-year forecast": the whole of the story's year, apart from any quarter of it.
  [/\b(?:this|current) (?:fiscal )?(?:year|quarter)\b|\bearlier this (?:year|month)\b|\bfull[ -]year\b/gi, () => "current"],
  [/\b(?:(first|second|third|fourth)[ -]quarter|Q([1-4]))\b/g, (m) => `q${m[2] ?? ORDINAL[m[1].toLowerCase()]}`],
  // "between July and September", "the July-September quarter", "from April to June": a calendar quarter.
  [/\b(?:between\s+|from\s+)?(?:(January)(?:\s+(?:and|to|through)\s+|\s*[-–]\s*)March|(April)(?:\s+(?:and|to|through)\s+|\s*[-–]\s*)June|(July)(?:\s+(?:and|to|through)\s+|\s*[-–]\s*)September|(October)(?:\s+(?:and|to|through)\s+|\s*[-–]\s*)December)\b/g, (m) => `q${m[1] ? 1 : m[2] ? 2 : m[3] ? 3 : 4}`],
  [/\b(first|second)[ -]half\b|\bH([12])\b/g, (m) => `h${m[2] ?? (m[1] === "first" ? 1 : 2)}`],
  // "up 17% on the 2014 tally", "an increase of 21% over the 2014 survey": the base of a change, as "from 2014" is.
  [/\b(?:over|on|from|against|compared\s+(?:with|to))\s+(?:the|its|their|a)\s+((?:1[89]|20)\d\d)\s+(?:survey|census|count|tally|figure|level|total|estimate|report|season|edition)s?\b/gi, (m) => `since-${m[1]}`],
  // "between 2020 and 2025", "from 2020": a span, keyed by its start as "since 2020" is.
  [/\bbetween\s+((?:1[89]|20)\d\d)\s+and\s+(?:1[89]|20)\d\d\b/g, (m) => `since-${m[1]}`],
  // "between June 2023 and May 2025", "from June 2023 to May 2025": the same, with months.
  [/\b(?:between|from)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:1[89]|20)\d\d)\s+(?:and|to|until)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:1[89]|20)\d\d\b/g, (m) => `since-${m[1]}`],
  // "since its programme began in 2023", "since the scheme was launched in 2019": a span from that year.
  [/\bsince\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){1,3}?(?:began|started|launched|opened|was\s+(?:launched|founded|set\s+up|created|introduced))\s+in\s+((?:1[89]|20)\d\d)\b/giu, (m) => `since-${m[1]}`],
  [/\b(?:([Bb]y|[Uu]ntil|[Tt]hrough|[Bb]efore|[Aa]fter|[Ss]ince|[Ff]rom)\s+)?(?:(?:fiscal|FY)\s*)?((?:1[89]|20)\d\d)s?\b/g, (m) => (m[1] ? `${m[1].toLowerCase() === "from" ? "since" : m[1].toLowerCase()}-${m[2]}` : `y${m[2]}`)],
];

const MADE_THING_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:factory|plant|mill|building|bridge|tunnel|church|house|station|ship|vessel|car|stadium|school|hospital|theatre|theater|hotel|tower|terminal|pier|dam|locomotive|aircraft|painting|vintage)\b/u;

export function findTimes(sentence: string): TimeMark[] {
  const out: TimeMark[] = [];
  for (const [re, key] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((t) => start < t.end && t.start < end)) continue;
      // "Q1:" opening a line is an FAQ label, not a quarter.
      if (/^Q\d:/.test(m[0] + sentence.slice(end, end + 1)) && sentence.slice(0, start).trim() === "") continue;
      // "a bottle of 1945 Romanée-Conti", "the 2019 Camry": a year naming a thing, not a time.
      if (/^y\d/.test(key(m)) && /\b(?:of|a|an|the|his|her|its)\s+$/i.test(sentence.slice(Math.max(0, start - 5), start)) && /^\s+\p{Lu}/u.test(sentence.slice(end, end + 3))) continue;
      // "the 1958 factory", "its 1930s station": the year a thing was built or made, not the figure's time.
      if (/^y\d/.test(key(m)) && /\b(?:the|a|an|its|their|his|her)\s+$/i.test(sentence.slice(Math.max(0, start - 6), start)) && MADE_THING_AFTER.test(sentence.slice(end, end + 30))) continue;
      // "asteroid 2026 KR3", "comet 2024 XB1": a designation, not a time (but "2024 Q3" is a quarter).
      if (/^y\d/.test(key(m)) && /^\s(?![QH][1-4]\b)\p{Lu}{1,2}\d{1,4}\b/u.test(sentence.slice(end, end + 8))) continue;
      // "the 1920s hotel", "since the 1990s": a decade is not the year it starts with.
      if (/^y\d/.test(key(m)) && (/\ds$/.test(m[0]) || /^['’]s\b/.test(sentence.slice(end, end + 3)))) continue;
      // "the driest since records began in 1910", "the first since 1987": the year a comparison reaches back to.
      if (/\b(?:records\s+began|since\s+records\s+began|record-keeping\s+began|on\s+record\s+since|the\s+first\s+since|the\s+(?:highest|lowest|biggest|largest|worst|best|most|fewest)\s+since)\s+(?:in\s+)?$/i.test(sentence.slice(Math.max(0, start - 40), start))) continue;
      // "families hit by last month's floods", "since last year's election": an earlier event named, not the figure's time.
      if (/^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:floods?|flooding|storms?|fires?|wildfires?|blaze|earthquake|quake|attacks?|crash|election|vote|referendum|hurricane|typhoon|cyclone|tornado|eruption|explosion|blast|shooting|riots?|disaster|spill|outage|collapse)\b/u.test(sentence.slice(end, end + 30)) && /\b(?:by|after|since|following|before|from)\s+$/i.test(sentence.slice(Math.max(0, start - 12), start))) continue;
      // "**Okara, 5 March 2026** – Velmora Cloud today announced ...": a dateline's date is when the story was told.
      if (/^y\d/.test(key(m)) && DATELINE_BEFORE.test(sentence.slice(0, start)) && /^[\s*)]*[-–—]/.test(sentence.slice(end, end + 6))) continue;
      // A year that is an amount ("$2010") or a count ("2010 people") is not a time.
      if (/[$€£¥]\s*$/.test(sentence.slice(Math.max(0, start - 2), start))) continue;
      out.push({ start, end, key: key(m) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const HEDGE = String.raw`(?:(?:up\s+to|about|some|around|another|an\s+additional|nearly|roughly|more\s+than)\s+)?`;
const NEXT_VERB = new RegExp(String.raw`^\s*,?\s*and\s+(?:to\s+)?\p{Ll}+\s+` + HEDGE + "$", "u");
const PRESENT_AFTER = new RegExp(String.raw`^\s*,?\s*and\s+(?:now\s+|currently\s+|still\s+)?(?:employs|has|operates|runs|owns|serves|counts|holds)\s+` + HEDGE + "$", "u");

/** Merge the quarter and year of one phrase ("Q3 2025", "third quarter of 2025"). */
const COMPARED_WITH = /\b(?:(?:on|than|from|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the\s+)?|over\s+)$/i;
const BASE_BETWEEN = /^\s*,?\s*(?:up\s+|down\s+)?(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$£€]?\d/i;

const COMPARED_AFTER = /^(?:[^.;]|\.\d){0,40}\b(?:higher|lower|more|less|greater|fewer|bigger|smaller|larger|up|down|above|below)\s*$/i;

export function timeNear(marks: TimeMark[], at: number, sentence: string, clauseStart: number, clauseEnd: number, end = at): string {
  // "founded in 2009", "born in 1990", "the 1,010-room hotel opened in 1974" date something else, not the figure.
  // "down 12% on last year", "higher than last year": the period compared with, not the figure's own.
  const usable = marks.filter((t) => !/\b(?:founded|established|born|built|formed|created|since|opened|inaugurated|completed)\s+(?:in\s+)?$/i.test(sentence.slice(Math.max(0, t.start - 16), t.start)) && !(t.key.startsWith("prev") && COMPARED_WITH.test(sentence.slice(Math.max(0, t.start - 16), t.start))));
  // "restart a blast furnace idled in 2024 and hire 600 workers": a time inside a participle before the next verb
  // dates that participle's noun, not the figure after "and".
  // "carried 16.8 million passengers last year and employs 1,400 pilots": a present-tense verb after it speaks of now.
  const own = usable.filter((t) => !(t.end <= at && ((/\b\p{Ll}{3,}ed\s+(?:in\s+)?$/u.test(sentence.slice(Math.max(0, t.start - 20), t.start)) && NEXT_VERB.test(sentence.slice(t.end, at))) || PRESENT_AFTER.test(sentence.slice(t.end, at)))));
  const inClause = own.filter((t) => t.start >= clauseStart && t.end <= clauseEnd);
  // Outside its own clause, only a time said before the figure governs it ("in 2011, when a quake killed 604").
  // "rose to $221 million from $187 million a year ago": a time after the figure's base is the base's.
  // "Sales of €3.84 billion were 6.4% higher than a year ago": the figure compared with the base is this period's.
  const mine = inClause.filter((t) => !(t.start >= end && (BASE_BETWEEN.test(sentence.slice(end, t.start)) || (t.key === "base" && COMPARED_AFTER.test(sentence.slice(end, t.start))))));
  // (A base a change in another clause is measured from is not this figure's: "... higher than a year ago, while
  // operating profit climbed 12.5% to €512 million"; but "11% more than a year ago, when drivers paid $3.50" tells
  // of the base.)
  const tellsOfIt = /^\s*(?:when|then|at\s+which\s+(?:time|point))\b/i.test(sentence.slice(clauseStart, clauseStart + 24));
  const pool = inClause.length ? mine : own.filter((t) => t.end <= at && (t.key !== "base" || tellsOfIt));
  if (!pool.length) return "";
  // Distance from the figure's own words: a time right after it ("from 350 million euros in 2024") binds tighter
  // than one ending a few words before it ("rose to 421 million euros in 2025 from").
  const gap = (t: TimeMark) => (t.start >= end ? t.start - end : t.end <= at ? at - t.end : 0);
  let best = pool[0];
  for (const t of pool) if (gap(t) < gap(best)) best = t;
  const quarter = /^[qh]\d$/.test(best.key) ? pool.find((t) => /^y\d/.test(t.key) && Math.abs(t.start - best.end) < 12) : undefined;
  return quarter ? `${best.key}-${quarter.key.slice(1)}` : best.key;
}

/**
 * Two times are the same period when equal, or when one is unstated and the other is the story's
 * present ("this year", or the latest year the story mentions).
 */
export function sameTime(a: string, b: string, latestYear: string): boolean {
  if (a === b) return true;
  // A quarter or half named without a year is the story's own period ("in the second quarter").
  const now = (k: string) => k === "current" || k === `y${latestYear}` || /^[qh]\d$/.test(k);
  return (a === "" && now(b)) || (b === "" && now(a));
}
