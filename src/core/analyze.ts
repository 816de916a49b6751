/**
 * The pure core: articles in memory in, findings out. No file system, console, process or colour here.
 * Each article is analysed alone (analyze-doc: clean, sentences, names, claims, grouping features); a
 * RunCollector then numbers them, finds syndicated copies and stories, resolves subjects across each story,
 * and compares claims between independent sources.
 */
import type { Claim, Finding, SourceInput } from "./types.js";
import { analyzeDoc, type DocAnalysis, type DocOptions } from "./analyze-doc.js";
import { findSyndication } from "./group/syndication.js";
import { findStories, type StoryFeatures } from "./group/stories.js";
import { factConflicts } from "./compare/fact-conflicts.js";
import { crossSubjectConflicts } from "./compare/cross-subject.js";
import { entityConflicts } from "./compare/entity-conflicts.js";
import { inferStoryYears } from "./resolve/story-year.js";
import { nameVariantConflicts } from "./compare/name-variants.js";
import { dedupeFindings } from "./compare/dedupe.js";
import { currencyNotes } from "./compare/currency-notes.js";
import { aliasSubjects, inheritStorySubjects, mergePrefixSubjects } from "./resolve/subject-aliases.js";
import { resolveRoleSubjects } from "./resolve/role-subjects.js";
import { joinGenericMeasures } from "./resolve/generic-measures.js";
import { applyStoryAcronyms } from "./resolve/story-acronyms.js";
import { priceToTarget } from "./resolve/deal-subjects.js";
import type { Tolerance, ToleranceOf } from "./compare/severity.js";
import { Interner } from "./intern.js";

export interface AnalyzeOptions extends DocOptions {
  /**
   * Extra tolerance per claim kind (money, count, percent, age, ...) or per measure (investment, killed, ...):
   * a fraction of the value (0.05 = 5%) or { relative, absolute }. A measure's entry wins over its kind's.
   */
  tolerances?: Record<string, number | { relative?: number; absolute?: number }>;
}

export interface DocSummary {
  path: string;
  title: string;
  claims: number;
}

export interface Analysis {
  docs: DocSummary[];
  /** Every claim (those of stories one source tells as extracted); only the compared ones after a releasing finish. */
  claims: Claim[];
  /** Claims found in all articles. */
  claimCount: number;
  findings: Finding[];
  originalOf: number[];
  storyOf: number[];
}

export function analyze(inputs: SourceInput[], options: AnalyzeOptions = {}): Analysis {
  const run = new RunCollector();
  for (const input of inputs) run.add(analyzeDoc(input, options));
  return run.finish(options);
}

/**
 * Collects analysed articles in run order and keeps only what the comparison needs (claims, compact grouping
 * features), so a large run holds no article text in memory.
 */
export class RunCollector {
  private readonly docs: DocSummary[] = [];
  private readonly claims: Claim[] = [];
  private readonly names: Claim[] = [];
  private features: StoryFeatures[] = [];
  private shingles: Uint32Array[] = [];
  private readonly years: (number | undefined)[] = [];
  private readonly entityKeys: string[][] = [];
  private readonly acronyms: [string, string][][] = [];
  private readonly texts: (string | undefined)[] = [];
  private readonly openers: (string[] | undefined)[] = [];
  private readonly intern = new Interner();

  add(d: DocAnalysis): void {
    const doc = this.docs.length;
    this.intern.claims(d.claims);
    this.intern.claims(d.names);
    this.docs.push({ path: d.path, title: d.title, claims: d.claims.length });
    // The analysis is the collector's from here (the cache has serialised its own copy): numbered in place.
    for (const c of d.claims) {
      c.doc = doc;
      this.claims.push(c);
    }
    for (const c of d.names) {
      c.doc = doc;
      this.names.push(c);
    }
    this.features.push(d.features);
    this.shingles.push(d.shingles);
    this.years.push(d.year);
    this.entityKeys.push(this.intern.strings(d.entityKeys));
    this.acronyms.push(d.acronyms.map((pair) => this.intern.strings(pair) as [string, string]));
    this.texts.push(d.text);
    this.openers.push(d.openers);
  }

  get size(): number {
    return this.docs.length;
  }

  /**
   * `release`: return only the claims that were compared and let the rest go (a large run's report needs only
   * their number); otherwise every claim is returned, those of single-source stories as extracted.
   */
  finish(options: AnalyzeOptions = {}, release = false): Analysis {
    const { docs, claims, names } = this;
    const syndication = findSyndication(this.shingles, docs.map((d) => d.path));
    this.shingles = []; // grouping features are needed once: freed as soon as used
    const storyOf = findStories(this.features, syndication.originalOf);
    this.features = [];
    const storyYear = new Map<number, number>();
    this.years.forEach((y, i) => {
      if (y !== undefined && (storyYear.get(storyOf[i]) ?? 0) < y) storyYear.set(storyOf[i], y);
    });
    inferStoryYears(claims, storyOf, syndication.originalOf, storyYear);
    applyStoryAcronyms(claims, storyOf, this.acronyms);
    // "October 15" in a story dated 2026 is 2026-10-15.
    for (const c of claims) {
      const y = storyYear.get(storyOf[c.doc]);
      if (c.kind === "date" && y !== undefined && typeof c.value === "string" && c.value.startsWith("--")) c.value = `${y}${c.value.slice(1)}`;
    }
    // Only a story that two independent sources tell can hold a conflict: the rest of an archive's claims stay as
    // extracted (resolving them would cost time and memory and change nothing reported).
    const told = new Map<number, number>();
    const compared = new Set<number>();
    syndication.originalOf.forEach((o, doc) => {
      const first = told.get(storyOf[doc]);
      if (first === undefined) told.set(storyOf[doc], o);
      else if (first !== o) compared.add(storyOf[doc]);
    });
    const active = compared.size === told.size ? claims : claims.filter((c) => compared.has(storyOf[c.doc]));
    const activeNames = compared.size === told.size ? names : names.filter((c) => compared.has(storyOf[c.doc]));
    const claimCount = claims.length;
    if (release && active !== claims) {
      // The collector lets the rest go, so memory holds only what is compared from here.
      this.claims.length = 0;
      this.names.length = 0;
    }
    const keysByStory = new Map<number, Set<string>>();
    this.entityKeys.forEach((keys, doc) => {
      if (!compared.has(storyOf[doc])) return;
      const set = keysByStory.get(storyOf[doc]) ?? new Set<string>();
      for (const k of keys) set.add(k);
      keysByStory.set(storyOf[doc], set);
    });
    const docNames = this.entityKeys;
    const ctx = { originalOf: syndication.originalOf, storyOf, storyYear, docNames, docOpeners: this.openers, toleranceOf: toleranceLookup(options.tolerances) };
    const spellings = nameVariantConflicts(activeNames, ctx);
    resolveRoleSubjects(active, storyOf, keysByStory);
    aliasSubjects(active, storyOf, keysByStory, spellings);
    priceToTarget(active, storyOf);
    inheritStorySubjects(active, storyOf, docNames, storyYear);
    joinGenericMeasures(active, storyOf);
    mergePrefixSubjects(active, storyOf);
    const facts = factConflicts(active, ctx);
    const findings = dedupeFindings(
      [...facts, ...crossSubjectConflicts(active, ctx, facts), ...entityConflicts(active, ctx, this.texts, this.entityKeys), ...currencyNotes(active, ctx), ...spellings],
      syndication.originalOf,
    );
    return { docs, claims: release ? active : claims, claimCount, findings, originalOf: syndication.originalOf, storyOf };
  }
}

function toleranceLookup(table: AnalyzeOptions["tolerances"]): ToleranceOf | undefined {
  if (!table || !Object.keys(table).length) return undefined;
  const norm = (t: number | { relative?: number; absolute?: number }): Tolerance =>
    typeof t === "number" ? { relative: t, absolute: 0 } : { relative: t.relative ?? 0, absolute: t.absolute ?? 0 };
  const map = new Map(Object.entries(table).map(([k, v]) => [k, norm(v)]));
  return (c) => map.get(c.measure) ?? map.get(c.kind);
}
