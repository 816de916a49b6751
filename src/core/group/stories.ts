/**
 * Which articles tell the same story. Articles are compared by TF-IDF cosine over their content words
 * (capitalised words weigh six times as much as others; the IDF is smoothed with a pseudo-background of unseen documents so
 * that a handful of articles on one story still look alike). Candidate pairs come from shared terms;
 * loose components are then split by average-link clustering, so one bridge article cannot chain two
 * stories together. Different stories in one folder are never compared with each other.
 */
import { STOPWORDS } from "./stopwords.js";
import { fnv1a } from "../hash.js";
import { NearestPairs } from "./nearest-pairs.js";
import { averageLink, type Edges } from "./average-link.js";
import { DenseIds } from "./dense-ids.js";
import { isCommonWord } from "../nlp/compromise.js";

const MAX_TERMS = 100;
/** Neighbours kept per article in the similarity graph. */
const NEIGHBOURS = 20;
const BACKGROUND_DOCS = 20;
const CANDIDATE = 0.06;
/** Pairs whose dot product over the rarer terms stays below this cannot reach CANDIDATE in practice. */
const PREFILTER = 0.05;
const THRESHOLD = 0.12;
/** Capitalised words (names) say more about which story an article tells than ordinary words. */
const NAME_WEIGHT = 3;
const WORD_WEIGHT = 0.5;

/**
 * Words that say what kind of body, place or office a name is ("Skyward Airlines", "Castell Bank", "Lowell
 * Street", "Mayor Voss"): two stories about two airlines, or two bridges on two streets, share them, so they are
 * not evidence of one story.
 */
const DESIGNATOR = /^(air|airlines?|airways|airport|inc|corp|corporation|co|ltd|llc|plc|group|holdings?|company|bank|motors|industries|technologies|systems|labs?|university|college|hospital|police|department|ministry|council|county|city|state|national|international|global|news|times|post|press|party|club|fc|united|democrats?|democratic|republicans?|gop|labour|tory|tories|conservatives?|liberals?|greens?|independent|street|st|avenue|ave|road|rd|boulevard|lane|highway|route|bridge|tunnel|square|river|lake|bay|harbou?r|port|mount|valley|island|beach|ridge|canyon|creek|hills?|peak|forest|falls|springs|station|stadium|arena|mayor|governor|senator|minister|president|sheriff|judge)$/;

/**
 * What clustering needs from one article: its terms and names as 32-bit hashes (no strings, so a large run
 * stays small in memory and in the cache), with the terms' weighted frequencies.
 */
export interface StoryFeatures {
  terms: Uint32Array;
  tf: Float32Array;
  /** Name hashes, ascending. */
  names: Uint32Array;
}

/**
 * One pass over the article's words (a letter, then letters, digits, apostrophes and hyphens) gives both:
 * - terms: words of three or more characters less stopwords and a trailing "'s", weighted by capitalisation;
 * - names: capitalised words never written in lower case in the article (the names it is about), less stopwords,
 *   designators and ordinary words that are capitalised only because they open a sentence; a word just after an
 *   apostrophe or quote is neither a name nor a lower-case use.
 */
/** Only spaces between the start of the text, or the end of a sentence or line, and `at`. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text[i];
  return c === "." || c === "!" || c === "?" || c === "\n" || c === "\r";
}

export function storyFeatures(text: string): StoryFeatures {
  const tf = new Map<string, number>();
  const lower = new Set<string>();
  const capital = new Set<string>();
  for (const m of text.matchAll(/\p{L}[\p{L}\d'’-]*/gu)) {
    const raw = m[0];
    const first = raw[0];
    const isUpper = first !== first.toLowerCase();
    const prev = m.index ? text.charCodeAt(m.index - 1) : 0;
    const afterQuote = prev === 39 || prev === 0x2019;
    if (!isUpper && !afterQuote && first !== first.toUpperCase()) lower.add(raw);
    if (raw.length < 3) continue;
    const w = (raw.endsWith("'s") || raw.endsWith("’s") ? raw.slice(0, -2) : raw).toLowerCase();
    if (STOPWORDS.has(w)) continue;
    tf.set(w, (tf.get(w) ?? 0) + (isUpper ? NAME_WEIGHT : WORD_WEIGHT));
    // "Rival Norcast Systems reported ...", "Net income was ...": an ordinary word opening a sentence is not a name.
    if (isUpper && !afterQuote && !(opensSentence(text, m.index) && isCommonWord(w))) {
      capital.add(w);
      // "Hartford-area", "Paris-based": the name is the part before the hyphen.
      const cut = w.indexOf("-");
      if (cut >= 3 && !/\p{Lu}/u.test(raw.slice(cut))) capital.add(w.slice(0, cut));
    }
  }
  const names: number[] = [];
  for (const w of capital) if (!lower.has(w) && !DESIGNATOR.test(w)) names.push(fnv1a(w, 0x9747b28c));
  return {
    terms: Uint32Array.from(tf.keys(), (t) => fnv1a(t)),
    tf: Float32Array.from(tf.values()),
    names: Uint32Array.from(names).sort(),
  };
}

/**
 * Each article's TF-IDF vector, cut to its MAX_TERMS heaviest terms and normalised, in compressed rows: article
 * i's dense term ids (ascending) and weights are ids/weights[offsets[i] .. offsets[i + 1]).
 */
interface Vectors {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  /** Number of distinct terms (dense ids are 0 .. terms - 1). */
  terms: number;
}

/** TF-IDF vectors of all articles; term hashes become dense ids. Scratch arrays are reused across articles. */
function vectors(features: StoryFeatures[]): Vectors {
  const dense = new DenseIds();
  const df: number[] = [];
  let longest = 0;
  for (const f of features) {
    for (let k = 0; k < f.terms.length; k++) {
      const id = dense.idOf(f.terms[k]);
      if (id === df.length) df.push(1);
      else df[id]++;
    }
    longest = Math.max(longest, f.terms.length);
  }
  const n = features.length + BACKGROUND_DOCS;
  const offsets = new Int32Array(features.length + 1);
  for (let i = 0; i < features.length; i++) offsets[i + 1] = offsets[i] + Math.min(MAX_TERMS, features[i].terms.length);
  const ids = new Int32Array(offsets[features.length]);
  const weights = new Float64Array(offsets[features.length]);
  const termIds = new Int32Array(longest);
  const w = new Float64Array(longest);
  const sorted = new Float64Array(longest);
  features.forEach((f, i) => {
    const count = f.terms.length;
    for (let k = 0; k < count; k++) {
      const id = (termIds[k] = dense.idOf(f.terms[k]));
      w[k] = (1 + Math.log(f.tf[k])) * Math.log(1 + n / df[id]);
    }
    const order = heaviest(w, sorted, count, f.terms, MAX_TERMS);
    let norm = 0;
    for (const k of order) norm += w[k] * w[k];
    norm = Math.sqrt(norm) || 1;
    order.sort((x, y) => termIds[x] - termIds[y]);
    order.forEach((k, x) => {
      ids[offsets[i] + x] = termIds[k];
      weights[offsets[i] + x] = w[k] / norm;
    });
  });
  return { offsets, ids, weights, terms: df.length };
}

/**
 * Indexes of the `n` largest of the first `count` weights; ties by the smaller term hash, so the choice does not
 * depend on article order. The cut-off weight comes from a native sort of a copy (into `scratch`); only ties at
 * the cut-off need a comparison.
 */
function heaviest(w: Float64Array, scratch: Float64Array, count: number, hashes: Uint32Array, n: number): number[] {
  if (count <= n) return Array.from({ length: count }, (_, k) => k);
  const copy = scratch.subarray(0, count);
  copy.set(w.subarray(0, count));
  const cut = copy.sort()[count - n];
  const above: number[] = [];
  const ties: number[] = [];
  for (let k = 0; k < count; k++) {
    if (w[k] > cut) above.push(k);
    else if (w[k] === cut) ties.push(k);
  }
  ties.sort((a, b) => hashes[a] - hashes[b]);
  return above.concat(ties.slice(0, n - above.length));
}

/**
 * Each article's common terms (those with more postings than `limit`), in compressed rows like Vectors: the
 * index skips them, so only they are left to add to an accumulated dot product.
 */
function commonTerms(v: Vectors, postings: Int32Array, limit: number): { offsets: Int32Array; ids: Int32Array; weights: Float64Array } {
  const isCommon = (t: number) => postings[t + 1] - postings[t] > limit;
  const offsets = new Int32Array(v.offsets.length);
  for (let i = 0; i + 1 < v.offsets.length; i++) {
    let c = 0;
    for (let k = v.offsets[i]; k < v.offsets[i + 1]; k++) if (isCommon(v.ids[k])) c++;
    offsets[i + 1] = offsets[i] + c;
  }
  const ids = new Int32Array(offsets[offsets.length - 1]);
  const weights = new Float64Array(ids.length);
  let at = 0;
  for (let k = 0; k < v.ids.length; k++) {
    if (!isCommon(v.ids[k])) continue;
    ids[at] = v.ids[k];
    weights[at++] = v.weights[k];
  }
  return { offsets, ids, weights };
}

/**
 * The inverted index in compressed rows: term t's postings are docs/weights[offsets[t] .. offsets[t + 1]), in
 * document order.
 */
function postingLists(v: Vectors): { offsets: Int32Array; docs: Int32Array; weights: Float64Array } {
  const termCount = v.terms;
  const offsets = new Int32Array(termCount + 1);
  for (let k = 0; k < v.ids.length; k++) offsets[v.ids[k] + 1]++;
  for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];
  const fill = offsets.slice(0, termCount);
  const docs = new Int32Array(offsets[termCount]);
  const weights = new Float64Array(offsets[termCount]);
  for (let i = 0; i + 1 < v.offsets.length; i++) {
    for (let k = v.offsets[i]; k < v.offsets[i + 1]; k++) {
      const at = fill[v.ids[k]]++;
      docs[at] = i;
      weights[at] = v.weights[k];
    }
  }
  return { offsets, docs, weights };
}

/**
 * Two articles that share no name are not one story, however alike their words. Names become dense ids in
 * compressed rows; the selected article stamps its names, so whether another shares one is a pass over that
 * article's names.
 */
class SharedNames {
  private readonly offsets: Int32Array;
  private readonly ids: Int32Array;
  private readonly stamp: Int32Array;
  private selected = -1;

  constructor(features: StoryFeatures[]) {
    const dense = new DenseIds();
    this.offsets = new Int32Array(features.length + 1);
    features.forEach((f, i) => (this.offsets[i + 1] = this.offsets[i] + f.names.length));
    this.ids = new Int32Array(this.offsets[features.length]);
    features.forEach((f, i) => f.names.forEach((h, k) => (this.ids[this.offsets[i] + k] = dense.idOf(h))));
    this.stamp = new Int32Array(dense.size).fill(-1);
  }

  select(i: number): void {
    for (let k = this.offsets[i]; k < this.offsets[i + 1]; k++) this.stamp[this.ids[k]] = i;
    this.selected = i;
  }

  /** Article j shares a name with the selected article, or one of the two has none. */
  with(j: number): boolean {
    const i = this.selected;
    if (this.offsets[i] === this.offsets[i + 1] || this.offsets[j] === this.offsets[j + 1]) return true;
    for (let k = this.offsets[j]; k < this.offsets[j + 1]; k++) if (this.stamp[this.ids[k]] === i) return true;
    return false;
  }
}

/**
 * Each article's most similar partners. An inverted index over the terms rare enough to tell stories apart (an
 * article's terms may all matter: a story's articles may share only their weaker ones) accumulates the dot
 * product over those terms per pair; only pairs where it could reach the candidate level get the full cosine.
 * Work grows with the postings, not with the square of the number of articles.
 */
function similarPairs(features: StoryFeatures[]): NearestPairs {
  const vec = vectors(features);
  const n = features.length;
  // Article i's common-term weights spread over all terms, so the rest of its cosine with another article is one pass over the other's common terms.
  const spread = new Float64Array(vec.terms);
  const { offsets, docs, weights } = postingLists(vec);
  const limit = Math.max(50, Math.sqrt(n) * 3);
  const common = commonTerms(vec, offsets, limit);
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const best = new NearestPairs(n, NEIGHBOURS);
  const shared = new SharedNames(features);
  for (let i = 0; i < n; i++) {
    const from = vec.offsets[i];
    const to = vec.offsets[i + 1];
    let nTouched = 0;
    for (let k = from; k < to; k++) {
      const t = vec.ids[k];
      const first = offsets[t];
      const last = offsets[t + 1] - 1;
      if (last - first + 1 > limit) continue; // too common to tell stories apart
      const w = vec.weights[k];
      // Postings are in document order: only the documents after i.
      for (let p = last; p >= first && docs[p] > i; p--) {
        const j = docs[p];
        if (acc[j] === 0) touched[nTouched++] = j;
        acc[j] += w * weights[p];
      }
    }
    if (!nTouched) continue;
    shared.select(i);
    for (let k = common.offsets[i]; k < common.offsets[i + 1]; k++) spread[common.ids[k]] = common.weights[k];
    for (let x = 0; x < nTouched; x++) {
      const j = touched[x];
      if (acc[j] >= PREFILTER) {
        // acc[j] is the dot product over the rare terms; the cosine adds the common ones.
        let s = acc[j];
        for (let k = common.offsets[j]; k < common.offsets[j + 1]; k++) s += spread[common.ids[k]] * common.weights[k];
        if (s >= CANDIDATE && shared.with(j)) best.offer(i, j, s);
      }
      acc[j] = 0;
    }
    for (let k = common.offsets[i]; k < common.offsets[i + 1]; k++) spread[common.ids[k]] = 0;
  }
  return best;
}

/** Story number of each document; `sameAs` forces documents together (syndicated copies). */
export function findStories(features: StoryFeatures[], sameAs: number[]): number[] {
  const best = similarPairs(features);
  const n = features.length;
  // Two clusters merge only when their average link reaches THRESHOLD, so at least one pair between them
  // does: clusters never cross the components of the graph of such pairs. Links between components can
  // never matter and are dropped before the (costlier) agglomeration.
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  best.forEach((a, b, sim) => {
    if (sim >= THRESHOLD) union(a, b);
  });
  sameAs.forEach((o, i) => union(i, o));
  // The similarity graph inside those components; syndicated copies are one document for clustering.
  const cap = n * NEIGHBOURS + n;
  const edges: Edges = { a: new Int32Array(cap), b: new Int32Array(cap), sim: new Float64Array(cap), count: 0 };
  const add = (a: number, b: number, sim: number) => {
    const k = edges.count++;
    edges.a[k] = a;
    edges.b[k] = b;
    edges.sim[k] = sim;
  };
  best.forEach((a, b, sim) => {
    if (sameAs[a] !== b && sameAs[b] !== a && find(a) === find(b)) add(a, b, sim);
  });
  sameAs.forEach((o, i) => {
    if (o !== i) add(i, o, 1);
  });
  const clusters = averageLink(n, edges, THRESHOLD);
  // Number stories by their first document, so output does not depend on clustering order.
  const ids = new Map<number, number>();
  return clusters.map((c) => {
    if (!ids.has(c)) ids.set(c, ids.size);
    return ids.get(c)!;
  });
}

