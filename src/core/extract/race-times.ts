/**
 * Times of a race or a lap, in seconds: "2:05:41", "1:14.8", "1 minute 18.4 seconds", "2 hours, 5 minutes and 41
 * seconds". A plain "6:42" is a clock time unless a word of racing comes right before it ("won in 3:42").
 */
import { parseNumberWords } from "./number-words.js";

export interface RaceTime {
  start: number;
  end: number;
  seconds: number;
  /** Decimal places of the last part written (the rounding a writer may have done). */
  decimals: number;
  /**
   * Hours and minutes with no word of racing before them ("a final that lasted four hours and 12 minutes",
   * "after 4 hours and 21 minutes on court"): how long something went on, not a time to beat.
   */
  lasting?: boolean;
}

const CLOCK3 = /(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?(?![\d:]|\s*[ap]\.?m\b)/gi;
const CLOCK2 = /(?<![\d:.])(\d{1,2}):([0-5]\d)(?:\.(\d{1,3}))?(?![\d:]|\.\d|\s*[ap]\.?m\b)/gi;
const RACE_WORD_BEFORE = /\b(?:in|time\s+of|clocked|clocking|clocks|lap\s+of|record\s+of|finished\s+in|won\s+in|winning\s+time|best\s+of|timed\s+at|a)\s+$/i;
/** Two parts at least: hours and minutes ("7 hours and 12 minutes", "four hours and 12 minutes"), or minutes and seconds. */
/** 1 to 59 in words: "seven", "forty-one". */
const UNDER_60 = String.raw`(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`;
const SPELLED = new RegExp(String.raw`\b(?:(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:hours?|hrs?|h)\b\s*,?\s*(?:and\s+)?)?(\d{1,2}|${UNDER_60})\s*(?:minutes?|mins?)\b(?:\s*,?\s*(?:and\s+)?(\d{1,2}|${UNDER_60})(?:\.(\d{1,3}))?\s*(?:seconds?|secs?|s)\b)?`, "gi");
/** A number written in digits or words. */
const numberOf = (s: string) => (/\d/.test(s) ? Number(s) : parseNumberWords(s) ?? 0);

export function findRaceTimes(text: string): RaceTime[] {
  if (!/\d:\d|\b(?:minutes?|mins?)\b/i.test(text)) return [];
  const out: RaceTime[] = [];
  const add = (start: number, end: number, seconds: number, decimals: number, lasting = false) => {
    if (!out.some((t) => start < t.end && t.start < end)) out.push({ start, end, seconds, decimals, ...(lasting ? { lasting } : {}) });
  };
  for (const m of text.matchAll(CLOCK3)) add(m.index!, m.index! + m[0].length, Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(`${m[3]}.${m[4] ?? 0}`), m[4]?.length ?? 0);
  for (const m of text.matchAll(CLOCK2)) {
    // "1:14.8" is a lap; "won in 3:42" a race; "at 6:42" a clock.
    if (!m[3] && !RACE_WORD_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    add(m.index!, m.index! + m[0].length, Number(m[1]) * 60 + Number(`${m[2]}.${m[3] ?? 0}`), m[3]?.length ?? 0);
  }
  for (const m of text.matchAll(SPELLED)) {
    if (!m[1] && !m[3]) continue; // "20 minutes" alone is a plain duration
    const hours = m[1] === undefined ? 0 : numberOf(m[1]);
    const lasting = m[1] !== undefined && !m[3] && !RACE_WORD_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!));
    add(m.index!, m.index! + m[0].length, hours * 3600 + numberOf(m[2]) * 60 + (m[3] ? numberOf(m[3]) : 0) + Number(`0.${m[4] ?? 0}`), m[4]?.length ?? 0, lasting);
  }
  return out.sort((a, b) => a.start - b.start);
}
