/** Calendar dates written out: "March 14, 2026", "Apr 21, 2026", "14 March 2026", "2026-03-14", "March 2026". */

export interface DateMention {
  start: number;
  end: number;
  year?: number;
  month: number;
  day?: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const MDY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4})\\b)?`, "g");
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, "g");
const MY = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "g");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

const monthOf = (s: string) => MONTHS[s.slice(0, 3).toLowerCase()] ?? MONTHS[s.slice(0, 4).toLowerCase()];

export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  const overlaps = (a: number, b: number) => out.some((d) => a < d.end && d.start < b);
  const add = (d: DateMention) => {
    if (d.day !== undefined && (d.day < 1 || d.day > 31)) return;
    if (!overlaps(d.start, d.end)) out.push(d);
  };
  for (const m of text.matchAll(ISO)) {
    add({ start: m.index!, end: m.index! + m[0].length, year: +m[1], month: +m[2], day: +m[3] });
  }
  for (const m of text.matchAll(MDY)) {
    // "May" is also a verb: require a day-like number right after it and a capital M.
    add({ start: m.index!, end: m.index! + m[0].length, month: monthOf(m[1]), day: +m[2], year: m[3] ? +m[3] : undefined });
  }
  for (const m of text.matchAll(DMY)) {
    add({ start: m.index!, end: m.index! + m[0].length, month: monthOf(m[2]), day: +m[1], year: m[3] ? +m[3] : undefined });
  }
  for (const m of text.matchAll(MY)) {
    if (m[1] === "May" || /^[A-Z]/.test(m[1])) add({ start: m.index!, end: m.index! + m[0].length, month: monthOf(m[1]), year: +m[2] });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function isoDate(d: DateMention, fallbackYear?: number): string {
  const y = d.year ?? fallbackYear;
  const mm = String(d.month).padStart(2, "0");
  const dd = d.day === undefined ? "" : `-${String(d.day).padStart(2, "0")}`;
  return y === undefined ? `--${mm}${dd}` : `${y}-${mm}${dd}`;
}
