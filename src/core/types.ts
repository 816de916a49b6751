/** Shared data types of the pure core. Findings are data: no prose is made here. */

export type DocFormat = "text" | "markdown" | "html";

/** An article already in memory: the engine reads files, the core never does. */
export interface SourceInput {
  /** POSIX path relative to the working directory, used in every report. */
  path: string;
  /** The file's text exactly as decoded (BOM removed). Offsets refer to this string. */
  raw: string;
  format: DocFormat;
}

/** Cleaned article text with a map back to the raw text. */
export interface CleanDoc {
  path: string;
  raw: string;
  /** Clean text: chrome and markup removed. */
  text: string;
  /** For each index of `text`, the index in `raw` (length text.length + 1); undefined when they are the same. */
  map?: Int32Array;
  /** First non-chrome line, usually the headline. */
  title: string;
}

export interface Sentence {
  doc: number;
  index: number;
  start: number; // offsets in CleanDoc.text
  end: number;
  text: string;
  /** A line with no closing punctuation, such as a headline. */
  heading: boolean;
  paragraph: number;
}

export type ClaimKind =
  | "money"
  | "count"
  | "percent"
  | "date"
  | "age"
  | "duration"
  | "magnitude"
  | "score"
  | "entity"
  | "name";

export type Hedge =
  | "exact"
  | "at-least"
  | "more-than"
  | "at-most"
  | "less-than"
  | "about"
  | "nearly"
  | "range";

/** A value with its interval after hedges and rounding tolerance. */
export interface Quantity {
  value: number;
  low: number;
  high: number;
  hedge: Hedge;
  /** Unit in base form: ISO currency code, "%", a count noun, "years", "magnitude". */
  unit: string;
}

/** Where a claim sits in its file, made while the file's text is at hand (the report needs no text later). */
export interface ClaimPosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The sentence, cut to a readable window around the value when long. */
  quote: string;
  /** Where the value sits in the quote: [start, end) in UTF-16 code units. */
  highlight: [number, number];
}

export interface Claim {
  kind: ClaimKind;
  doc: number;
  sentence: number;
  start: number; // offsets in the clean text
  end: number;
  text: string;
  /** Number in base units, or a string (ISO date, name). */
  value: number | string;
  quantity?: Quantity;
  /** Canonical subject key ("" for the story's event itself); undefined when unknown. */
  subject?: string;
  subjectLabel?: string;
  measure: string;
  time: string;
  qualifiers: string[];
  /** Soft key: whom money goes to, where an event happened. */
  recipient?: string;
  /** Entity keys named in the claim's sentence. */
  names?: string[];
  at?: ClaimPosition;
}

export interface MentionRef {
  doc: number;
  start: number;
  end: number;
  sentence: number;
}

export type Severity = "error" | "warning" | "info";

export interface ValueGroup {
  value: number | string;
  unit: string;
  text: string;
  hedged: boolean;
  qualifiers: string[];
  /** Independent sources (syndicated copies count once). */
  sources: number;
  claims: Claim[];
}

export interface Finding {
  kind: string; // conflict kind: money, count, percent, date, age, ..., entity, name-spelling
  severity: Severity;
  story: number;
  subject: string;
  subjectLabel: string;
  measure: string;
  time: string;
  values: ValueGroup[];
  /** Why the severity is lower than error, as codes. */
  reasons: string[];
}
