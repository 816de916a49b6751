/**
 * Find every number in a sentence with what is written around it: currency, scale, percent sign,
 * hedge words and ranges. Every pattern is anchored and linear (no nested quantifiers).
 */
import { findNumberWords } from "./number-words.js";
import { findRaceTimes } from "./race-times.js";
import type { Hedge } from "../types.js";

export interface NumberMention {
  start: number; // offsets within the sentence; the value's own text, currency and scale included
  end: number;
  value: number; // scale applied
  /** Half the unit of the last written digit, in base units: the rounding a writer may have done. */
  rounding: number;
  hedge: Hedge;
  low: number;
  high: number;
  currency?: string;
  percent: boolean;
  scaled: boolean;
  words: boolean;
  /** A four-digit year such as 2026. */
  year: boolean;
  /** Where the hedge words start (== start when none). */
  hedgeStart: number;
  /** A race or lap time read as seconds ("1:14.8", "1 minute 18.4 seconds"). */
  raceTime?: boolean;
  /** A race-time shape that says how long something lasted ("lasted four hours and 12 minutes"). */
  lasting?: boolean;
}

const DIGITS = /(?<=^|[^\p{L}\d.,_]|(?:^|[^\p{L}\d])[ep]|[^\d]\.)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d|,\d)/gu;
const SCALE_AFTER = /^(?:(?<glued>bn|tn|mln|mn|m|b|k)(?![\p{L}\d])|(?:\s|-)?(?<word>trillion|billion|million|thousand|bn|tn|mln|mn|crore|lakh)\b)/iu;
const CURRENCY_BEFORE = /(?<code>US\s?\$|U\.S\.\s?\$|USD\s?\$|A\$|AU\$|C\$|CA\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP|JPY|CNY|INR|AUD|CAD|CHF|RMB|Rs\.?)\s?|(?<![\p{L}\d])[ep])$/u;
/** A currency named after the number, with the country's adjective where one word serves several ("Mexican pesos"). */
const CURRENCY_AFTER = /^\s(?:(?<nat>U\.S\.|US|Australian|Canadian|Hong Kong|Singapore|New Zealand|Mexican|Philippine|Argentine|Argentinian|Colombian|Chilean|Danish|Norwegian|Swedish|Icelandic|Egyptian|Lebanese|Indian|Pakistani|Sri Lankan|Nepalese|Swiss|Turkish|Saudi|Qatari|Emirati|UAE|Moroccan|Kenyan|Ugandan|Tanzanian|South African|Brazilian|Russian|Ukrainian|Polish|Hungarian|Czech|Israeli|Thai|Malaysian|Indonesian|Nigerian|Ghanaian|(?:South\s)?Korean|Japanese|Chinese|Taiwan|Taiwanese|Jordanian|Kuwaiti|Bahraini|Iraqi|Tunisian|Algerian|Serbian)\s)?(?<cur>dollars?|dlrs|euros?|pounds?(?:\ssterling)?|sterling|yen|yuan|renminbi|rupees?|francs?|pesos|peso|kronor|krona|kroner|krone|reais|rand|baht|ringgit|rupiah|naira|cedis?|zlotys?|forints?|koruna|(?<=\bCzech\s)crowns?|hryvnias?|liras?|shekels?|dirhams?|riyals?|dinars?|shillings?|roubles?|rubles?|(?<=\b(?:Korean|South\sKorean)\s)won|USD|EUR|GBP|JPY|CNY|INR|AUD|CAD|CHF|MXN|BRL|ZAR|SEK|NOK|DKK|PLN)\b/iu;
/** Pence and cents: glued "p" ("36p", not "3pm"), or the word. */
const SUBUNIT_AFTER = /^(?:(?<unit>p)(?![\p{L}\d])|\s?(?<euro>euro\s)?(?<unit2>pence|cents?)\b)/iu;
/** "8%", "8 percent", "8 per cent", "8 pct", and the British papers' "8pc". */
const PERCENT_AFTER = /^(?:\s?%|\s(?:percent|per cent|pct)\b|pc\b)/i;
const POINTS_AFTER = /^\s(?:percentage\s)?points?\b/i;
const HEDGE_BEFORE = /(?<![A-Za-z])(?<h>at least|no fewer than|not less than|more than|over|upwards of|in excess of|above|exceeding|nearly|almost|close to|just under|just shy of|about|around|roughly|approximately|approx\.|some|an estimated|estimated|up to|as many as|as much as|as high as|as large as|as big as|as heavy as|as tall as|as deep as|as low as|as little as|as few as|as young as|no more than|at most|less than|fewer than|under|below|just over)\s+$/i;
const HEDGE_AFTER = /^(?:\s+(?:or|and)\s+(?:more|above|higher|greater|over|up)\b|\s*-?\s*plus\b|\+|\s+or\s+so\b|\s+or\s+(?:less|fewer|below|under|lower)\b)/i;
/** What a fee or price may grow by: bonuses, add-ons, incentives ("€27 million plus bonuses"). */
const ON_TOP = /^\s+(?:(?:potential|performance-related|performance|further|possible|add-on)\s+)?(?:bonuses|add-?ons|incentives|extras|variables)\b/i;
const RANGE_JOIN = /^\s*(?:-|–|—|to)\s*/;

const CODES: Record<string, string> = {
  "$": "USD", "us$": "USD", "u.s.$": "USD", "usd$": "USD", a$: "AUD", au$: "AUD", c$: "CAD", ca$: "CAD",
  hk$: "HKD", nz$: "NZD", s$: "SGD", r$: "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", e: "EUR", p: "GBP",
  usd: "USD", eur: "EUR", gbp: "GBP", jpy: "JPY", cny: "CNY", inr: "INR", aud: "AUD", cad: "CAD", chf: "CHF",
  rmb: "CNY", "rs.": "INR", rs: "INR", dollar: "USD", dollars: "USD", dlrs: "USD", euro: "EUR", euros: "EUR",
  pound: "GBP", pounds: "GBP", "pounds sterling": "GBP", "pound sterling": "GBP", sterling: "GBP", yen: "JPY",
  yuan: "CNY", renminbi: "CNY", rupee: "INR", rupees: "INR", franc: "CHF", francs: "CHF",
  mxn: "MXN", brl: "BRL", zar: "ZAR", sek: "SEK", nok: "NOK", dkk: "DKK", pln: "PLN",
};

/**
 * Currencies named by a word after the number. A word several countries use ("pesos", "dinars") without the
 * country's adjective keeps a code of its own (PESO): two such amounts compare, and one is never taken for another
 * country's currency.
 */
const CURRENCY_WORDS: Record<string, string> = {
  peso: "PESO", krona: "SEK", krone: "KRONE", real: "BRL", rand: "ZAR", won: "KRW", baht: "THB", ringgit: "MYR",
  rupiah: "IDR", naira: "NGN", cedi: "GHS", zloty: "PLN", forint: "HUF", koruna: "CZK", crown: "KRONE", hryvnia: "UAH",
  lira: "TRY", shekel: "ILS", dirham: "DIRHAM", riyal: "RIYAL", dinar: "DINAR", shilling: "SHILLING", rouble: "RUB", ruble: "RUB",
};
/** The country's adjective decides: "Egyptian pounds" are not sterling, "Mexican pesos" are not Philippine ones. */
const NATIONAL: Record<string, string> = {
  "mexican peso": "MXN", "philippine peso": "PHP", "argentine peso": "ARS", "argentinian peso": "ARS", "colombian peso": "COP",
  "chilean peso": "CLP", "danish krone": "DKK", "norwegian krone": "NOK", "icelandic krona": "ISK", "egyptian pound": "EGP",
  "lebanese pound": "LBP", "pakistani rupee": "PKR", "sri lankan rupee": "LKR", "nepalese rupee": "NPR", "saudi riyal": "SAR",
  "qatari riyal": "QAR", "emirati dirham": "AED", "uae dirham": "AED", "moroccan dirham": "MAD", "kenyan shilling": "KES",
  "ugandan shilling": "UGX", "tanzanian shilling": "TZS", "czech crown": "CZK", "jordanian dinar": "JOD", "kuwaiti dinar": "KWD",
  "bahraini dinar": "BHD", "iraqi dinar": "IQD", "tunisian dinar": "TND", "algerian dinar": "DZD", "serbian dinar": "RSD",
  "taiwan dollar": "TWD", "taiwanese dollar": "TWD", "hong kong dollar": "HKD", "singapore dollar": "SGD",
  "new zealand dollar": "NZD", "australian dollar": "AUD", "canadian dollar": "CAD",
};
const PLURAL: Record<string, string> = { kronor: "krona", kroner: "krone", reais: "real", dlrs: "dollar" };

/** The code of a currency written as a word after the number, with the country's adjective before it if any. */
function wordCurrency(word: string, nat: string | undefined): string {
  const w = word.toLowerCase().replace(/\s+sterling$/, "");
  const one = PLURAL[w] ?? (w.length > 3 ? w.replace(/s$/, "") : w);
  const named = nat ? NATIONAL[`${nat.toLowerCase().replace(/\s+/g, " ")} ${one}`] : undefined;
  return named ?? CURRENCY_WORDS[one] ?? currencyCode(word, "");
}
const GLUED_COUNT = /^\s+(?:(?:new|more|extra|additional|active|monthly|daily|weekly|paying|unique|registered)\s+)?(?!(?:waves|swells|seas|gusts|drops|falls|runs|steps|lengths|jumps|throws|sprints|heats|finals|events|races)\b)\p{Ll}{3,}s\b/u;
const SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
  tn: 1e12, trillion: 1e12, crore: 1e7, lakh: 1e5,
};

function currencyCode(s: string, after: string): string {
  const key = s.toLowerCase().replace(/\s+/g, "");
  const code = CODES[key] ?? CODES[s.toLowerCase().trim()] ?? "USD";
  if (code === "USD" && /australian/i.test(after)) return "AUD";
  if (code === "USD" && /canadian/i.test(after)) return "CAD";
  return code;
}

export function scanNumbers(text: string): NumberMention[] {
  const raw: NumberMention[] = [];
  const taken: [number, number][] = [];
  for (const t of findRaceTimes(text)) {
    const rounding = t.decimals ? Math.pow(10, -t.decimals) / 2 : 0;
    raw.push({ start: t.start, end: t.end, value: t.seconds, rounding, hedge: "exact", low: t.seconds - rounding, high: t.seconds + rounding, percent: false, scaled: false, words: false, year: false, hedgeStart: t.start, raceTime: true, ...(t.lasting ? { lasting: true } : {}) });
    taken.push([t.start, t.end]);
  }
  const races = taken.length;
  for (const m of text.matchAll(DIGITS)) {
    const at = m.index ?? 0;
    if (races && taken.slice(0, races).some(([a, b]) => at >= a && at < b)) continue;
    // "Vantor-2", "COVID-19", "MS08-067": a number joined to a word by a hyphen is part of a name.
    // ("under-16s", "over-65s": an age group, not a name.)
    if (/\p{L}-$/u.test(text.slice(Math.max(0, at - 2), at)) && !/\b(?:under|over)-$/i.test(text.slice(Math.max(0, at - 6), at))) {
      taken.push([at, at + m[0].length]);
      continue;
    }
    // "1:30 a.m.", "6:42": a clock time (or a ratio) is not a count.
    if (/\d:$/.test(text.slice(Math.max(0, at - 2), at)) || /^:\d/.test(text.slice(at + m[0].length, at + m[0].length + 2))) {
      taken.push([at, at + m[0].length]);
      continue;
    }
    const decimals = m[2] ? m[2].length - 1 : 0;
    const base = Number(m[1].replace(/,/g, "") + (m[2] ?? ""));
    raw.push(build(text, at, at + m[0].length, base, decimals, false, m[2] === undefined && /^\d{4}$/.test(m[1])));
    taken.push([at, at + m[0].length]);
  }
  for (const w of findNumberWords(text)) {
    if (taken.some(([a, b]) => w.start < b && a < w.end)) continue;
    raw.push(build(text, w.start, w.end, w.value, 0, true, false));
  }
  raw.sort((a, b) => a.start - b.start);
  return joinRanges(text, raw);
}

/** "made in 1714", "since 1695", "a 1714 violin": a year before 1800 needs words that make it one ("1500 people" is a count). */
const OLD_YEAR = /(?:\b(?:in|since|from|until|by|circa|c\.|around|about|year|dated|dating|dates)\s+|\b(?:a|an|the|its|his|her|their|stolen|rare|priceless)\s+)$/i;

function build(text: string, start: number, end: number, base: number, decimals: number, words: boolean, yearLike: boolean): NumberMention {
  let value = base;
  let unitSize = Math.pow(10, -decimals);
  let scaled = false;
  let currency: string | undefined;
  let spanStart = start;
  let spanEnd = end;
  const scale = SCALE_AFTER.exec(text.slice(end));
  if (scale && !(words && /^-/.test(scale[0]))) {
    const word = (scale.groups?.glued ?? scale.groups?.word ?? "").toLowerCase();
    const factor = SCALE[word];
    // A glued "m"/"b"/"k" needs a currency before it ("€80m", "$5B"); else "5m" may be metres.
    const glued = !!scale.groups?.glued;
    const currencyNear = CURRENCY_BEFORE.test(text.slice(0, start)) || /[$€£¥]\d[\d.,]*\s*[-–]\s*$/.test(text.slice(Math.max(0, start - 16), start));
    // "2.1m copies", "40k fans": a count of things, where a length would not be plural ("5m waves" aside).
    const counted = glued && /^[mk]$/.test(word) && GLUED_COUNT.test(text.slice(end + scale[0].length, end + scale[0].length + 40));
    if (factor && (!glued || currencyNear || counted || /^(bn|mln|mn|tn)$/i.test(word))) {
      value = Math.round(base * factor * 1000) / 1000; // 4.1 * 1e9 is 4099999999.9999995 in floating point
      unitSize *= factor;
      scaled = true;
      spanEnd = end + scale[0].length;
    }
  } else if (words && value >= 1e3) {
    scaled = true;
    unitSize = Math.pow(10, Math.floor(Math.log10(value)));
  }
  const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (before && !(/^[ep]$/i.test(before.groups!.code) && !scaled)) {
    currency = currencyCode(before.groups!.code, "");
    spanStart = start - before[0].length;
  }
  // "36p a litre", "36 pence", "99 cents": a hundredth of the currency.
  const sub = !currency && !scaled ? SUBUNIT_AFTER.exec(text.slice(spanEnd)) : null;
  if (sub) {
    value = Math.round(base * 1e6) / 1e8;
    unitSize /= 100;
    currency = sub.groups!.euro ? "EUR" : /^p/i.test(sub.groups!.unit ?? sub.groups!.unit2) ? "GBP" : "USD";
    spanEnd += sub[0].length;
  }
  const after = CURRENCY_AFTER.exec(text.slice(spanEnd));
  if (!currency && after) {
    currency = wordCurrency(after.groups!.cur, after.groups!.nat);
    spanEnd += after[0].length;
  }
  let percent = false;
  const pct = PERCENT_AFTER.exec(text.slice(spanEnd));
  if (!currency && pct && !POINTS_AFTER.test(text.slice(spanEnd))) {
    percent = true;
    spanEnd += pct[0].length;
  }
  // "$137-million" has its scale after a hyphen: SCALE_AFTER already allows it.
  const rounding = roundingOf(value, unitSize, scaled || percent || decimals > 0);
  const hedgeMatch = HEDGE_BEFORE.exec(text.slice(Math.max(0, spanStart - 24), spanStart));
  let hedge: Hedge = "exact";
  let hedgeStart = spanStart;
  // "will go up to $3.25", "rose to over": after a verb of movement "up to" is where it goes, not a hedge.
  const moving = hedgeMatch && /^up to$/i.test(hedgeMatch.groups!.h) && /\b(?:go|goes|going|gone|went|rise|rises|rising|rose|risen|climb\w*|jump\w*|move\w*|shot|soar\w*|increase[sd]?|raised?|push\w*|bump\w*|hike[sd]?)\s+$/i.test(text.slice(Math.max(0, spanStart - 40), spanStart - hedgeMatch[0].length));
  // "€2.4 billion over three years", "a scheme running over four years": over a time, not more than it.
  const during = hedgeMatch && /^over$/i.test(hedgeMatch.groups!.h) && /^\s(?:years?|months?|weeks?|decades?)\b/i.test(text.slice(spanEnd, spanEnd + 10)) && /(?:\b(?:billion|million|bn|mn|m|euros?|dollars?|pounds?|francs?|yen|yuan|kronor|krona)|\d|\b(?:running|runs|run|ran|spread|spanning|lasting))\s+$/i.test(text.slice(Math.max(0, spanStart - hedgeMatch[0].length - 12), spanStart - hedgeMatch[0].length));
  if (hedgeMatch && !moving && !during) {
    hedge = hedgeOf(hedgeMatch.groups!.h);
    hedgeStart = spanStart - hedgeMatch[0].length;
  }
  const post = HEDGE_AFTER.exec(text.slice(spanEnd));
  if (post && hedge === "exact") {
    hedge = /\bso\b/i.test(post[0]) ? "about" : /less|fewer|below|under|lower/i.test(post[0]) ? "at-most" : "at-least";
  }
  const year = yearLike && !currency && !percent && ((base >= 1800 && base <= 2100) || (base >= 1000 && base < 1800 && OLD_YEAR.test(text.slice(Math.max(0, spanStart - 20), spanStart)) && !/^\s+\p{Ll}+s\b/u.test(text.slice(spanEnd, spanEnd + 20))));
  // "about 3%", "around $9 billion": a writer who says "about" rounded to the last digit written (up to a tenth of
  // the value either way), past the 5% an exact-looking figure is allowed.
  const { low, high: open } = interval(value, hedge === "about" && (scaled || percent || decimals > 0) ? Math.max(rounding, Math.min(unitSize / 2, Math.abs(value) * 0.1)) : rounding, hedge);
  // "€27 million plus bonuses": what comes on top is less than the sum itself, not without bound.
  const high = post && open === Infinity && ON_TOP.test(text.slice(spanEnd + post[0].length, spanEnd + post[0].length + 40)) ? value * 2 : open;
  return { start: spanStart, end: spanEnd, value, rounding, hedge, low, high, currency, percent, scaled, words, year, hedgeStart };
}

/** Rounding tolerance: half the last written digit, at most 5% of the value; none for plain integers. */
function roundingOf(value: number, unitSize: number, approximate: boolean): number {
  if (!approximate) return 0;
  return Math.min(unitSize / 2, Math.abs(value) * 0.05);
}

function hedgeOf(word: string): Hedge {
  const w = word.toLowerCase();
  // "as low as $5", "as young as 12": the least there is.
  if (/^(at least|no fewer than|not less than|as low as|as little as|as few as|as young as)$/.test(w)) return "at-least";
  if (/^(more than|over|upwards of|in excess of|above|exceeding|just over)$/.test(w)) return "more-than";
  if (/^(nearly|almost|close to|just under|just shy of)$/.test(w)) return "nearly";
  // "as high as 24 parts per billion": the most there is.
  if (/^(up to|as many as|as much as|as high as|as large as|as big as|as heavy as|as tall as|as deep as|no more than|at most)$/.test(w)) return "at-most";
  if (/^(less than|fewer than|under|below)$/.test(w)) return "less-than";
  return "about";
}

export function interval(value: number, rounding: number, hedge: Hedge): { low: number; high: number } {
  switch (hedge) {
    case "at-least":
    case "more-than":
      return { low: value - rounding, high: Infinity };
    case "at-most":
    case "less-than":
      return { low: 0, high: value + rounding };
    case "nearly":
      return { low: value * 0.9 - rounding, high: value + rounding };
    case "about": {
      const spread = Math.max(rounding, Math.abs(value) * 0.05);
      return { low: value - spread, high: value + spread };
    }
    default:
      return { low: value - rounding, high: value + rounding };
  }
}

/** "between $50 billion and $52 billion", "$145-175M", "5-10%", "10 to 12 people" become one ranged mention. */
function joinRanges(text: string, list: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (b && !a.year && !b.year) {
      const gap = text.slice(a.end, b.hedgeStart);
      const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, a.hedgeStart - 9), a.hedgeStart));
      // "from $2.75 to $3", "rose by $2 million to $40 million": a change and its ends, not a range.
      // "Fares rose $1 to $3.50": a move and where it ended ("climbed 5-10%" is a range of moves).
      const from = /\b(?:from|by)\s+$/i.test(text.slice(Math.max(0, a.hedgeStart - 6), a.hedgeStart)) || (/^\s*to\s*$/i.test(gap) && /\b(?:rose|fell|jumped|climbed|dropped|soared|slipped|added|gained|lost|declined|increased|decreased|surged|tumbled|plunged)\s+$/i.test(text.slice(Math.max(0, a.hedgeStart - 10), a.hedgeStart)));
      if ((between && /^\s*and\s*$/i.test(gap)) || (!from && RANGE_JOIN.test(gap) && RANGE_JOIN.exec(gap)![0] === gap)) {
        const currency = a.currency ?? b.currency;
        const lowValue = !a.scaled && b.scaled ? a.value * scaleOf(b) : a.value;
        // "climbed 18% to 96,400 vehicles": a change and a level, not a range ("5-10%" puts the sign on the end).
        const mixed = (a.percent && !b.percent) || (a.currency && b.percent) || (a.currency && b.currency && a.currency !== b.currency);
        if (lowValue < b.value && !mixed) {
          out.push({
            ...b,
            start: a.start,
            hedgeStart: between ? a.hedgeStart - 8 : a.hedgeStart,
            value: (lowValue + b.value) / 2,
            low: lowValue - Math.min(a.rounding, lowValue * 0.05),
            high: b.value + b.rounding,
            hedge: "range",
            currency,
            percent: a.percent || b.percent,
          });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

function scaleOf(m: NumberMention): number {
  for (const s of [1e12, 1e9, 1e6, 1e3]) if (m.scaled && m.value >= s) return s;
  return 1;
}
