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
import { averageLink } from "./average-link.js";

const MAX_TERMS = 100;
/** Neighbours kept per article in the similarity graph. */
const NEIGHBOURS = 20;
const BACKGROUND_DOCS = 20;
const CANDIDATE = 0.06;
/** Pairs whose dot product over the rarer terms stays below this cannot reach CANDIDATE in practice. */
const PREFILTER = 0.05;
const THRESHOLD = 0.12;
const MIN_SHARED_NAMES = 1;
/** Capitalised words (names) say more about which story an article tells than ordinary words. */
const NAME_WEIGHT = 3;
const WORD_WEIGHT = 0.5;

export function terms(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}][\p{L}\d'’-]{2,}/gu)) {
    const raw = m[0].replace(/['’]s$/u, "");
    const w = raw.toLowerCase();
    if (STOPWORDS.has(w)) continue;
    tf.set(w, (tf.get(w) ?? 0) + (/^\p{Lu}/u.test(raw) ? NAME_WEIGHT : WORD_WEIGHT));
  }
  return tf;
}

/** Capitalised words never written in lower case in the article: the names it is about. */
export function names(text: string): Set<string> {
  const out = new Set<string>();
  const lower = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu)) lower.add(m[0]);
  for (const m of text.matchAll(/(?<![\p{L}'’])\p{Lu}[\p{L}\d'’-]{2,}/gu)) {
    const w = m[0].replace(/['’]s$/u, "").toLowerCase();
    if (!STOPWORDS.has(w) && !lower.has(w) && !DESIGNATOR.test(w)) out.add(w);
  }
  return out;
}

/**
 * Words that say what kind of body a name is ("Skyward Airlines", "Coastal Air", "Castell Bank"): two stories
 * about two airlines share them, so they are not evidence of one story.
 */
const DESIGNATOR = /^(air|airlines?|airways|airport|inc|corp|corporation|co|ltd|llc|plc|group|holdings?|company|bank|motors|industries|technologies|systems|labs?|university|college|hospital|police|department|ministry|council|county|city|state|national|international|global|news|times|post|press|party|club|fc|united)$/;

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

export function storyFeatures(text: string): StoryFeatures {
  const tf = terms(text);
  return {
    terms: Uint32Array.from(tf.keys(), (t) => fnv1a(t)),
    tf: Float32Array.from(tf.values()),
    names: Uint32Array.from(names(text), (n) => fnv1a(n, 0x9747b28c)).sort(),
  };
}

/** A sparse unit vector: dense term ids (0..terms-1) ascending, with their weights. */
interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** TF-IDF vectors, each cut to its MAX_TERMS heaviest terms and normalised; term hashes become dense ids. */
function vectors(features: StoryFeatures[]): { vec: SparseVector[]; terms: number } {
  const dense = new Map<number, number>();
  const df: number[] = [];
  for (const f of features) {
    for (const t of f.terms) {
      const id = dense.get(t);
      if (id === undefined) {
        dense.set(t, df.length);
        df.push(1);
      } else df[id]++;
    }
  }
  const n = features.length + BACKGROUND_DOCS;
  const vec = features.map((f) => {
    const ids = Int32Array.from(f.terms, (t) => dense.get(t)!);
    const w = Float64Array.from(ids, (id, k) => (1 + Math.log(f.tf[k])) * Math.log(1 + n / df[id]));
    const order = heaviest(w, f.terms, MAX_TERMS);
    let norm = 0;
    for (const k of order) norm += w[k] * w[k];
    norm = Math.sqrt(norm) || 1;
    order.sort((a, b) => ids[a] - ids[b]);
    return { ids: Int32Array.from(order, (k) => ids[k]), weights: Float64Array.from(order, (k) => w[k] / norm) };
  });
  return { vec, terms: df.length };
}

/**
 * Indexes of the `n` largest weights; ties by the smaller term hash, so the choice does not depend on article
 * order. The cut-off weight comes from a native sort of a copy; only ties at the cut-off need a comparison.
 */
function heaviest(w: Float64Array, hashes: Uint32Array, n: number): number[] {
  if (w.length <= n) return Array.from(w.keys());
  const cut = Float64Array.from(w).sort()[w.length - n];
  const above: number[] = [];
  const ties: number[] = [];
  for (let k = 0; k < w.length; k++) {
    if (w[k] > cut) above.push(k);
    else if (w[k] === cut) ties.push(k);
  }
  ties.sort((a, b) => hashes[a] - hashes[b]);
  return above.concat(ties.slice(0, n - above.length));
}

/** The dot product of an article spread over all terms with another article's sparse vector. */
function dot(spread: Float64Array, b: SparseVector): number {
  let s = 0;
  for (let k = 0; k < b.ids.length; k++) s += spread[b.ids[k]] * b.weights[k];
  return s;
}

/** Story number of each document; `sameAs` forces documents together (syndicated copies). */
export function findStories(features: StoryFeatures[], sameAs: number[]): number[] {
  const { vec, terms: termCount } = vectors(features);
  // Article i's weights spread over all terms, so its cosine with another article is one pass over the other.
  const spread = new Float64Array(termCount);
  // Two articles that share no name are not one story, however alike their words.
  const shareName = (a: number, b: number) => {
    const x = features[a].names;
    const y = features[b].names;
    if (!x.length || !y.length) return true;
    let shared = 0;
    for (let i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] === y[j]) {
        if (++shared >= MIN_SHARED_NAMES) return true;
        i++;
        j++;
      } else if (x[i] < y[j]) i++;
      else j++;
    }
    return false;
  };
  // Inverted index over the terms rare enough to tell stories apart (an article's terms may all matter: a story's
  // articles may share only their weaker ones); the dot product over those terms is accumulated per pair, and only pairs where it could reach the candidate level
  // get the full cosine. Work grows with the postings, not with the square of the number of articles.
  const postings = new Map<number, { docs: number[]; weights: number[] }>();
  vec.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k];
      const list = postings.get(t);
      if (list) {
        list.docs.push(i);
        list.weights.push(v.weights[k]);
      } else postings.set(t, { docs: [i], weights: [v.weights[k]] });
    }
  });
  const limit = Math.max(50, Math.sqrt(features.length) * 3);
  const acc = new Float64Array(features.length);
  const touched: number[] = [];
  const best = new NearestPairs(features.length, NEIGHBOURS);
  for (let i = 0; i < vec.length; i++) {
    const v = vec[i];
    for (let k = 0; k < v.ids.length; k++) spread[v.ids[k]] = v.weights[k];
    for (let k = 0; k < v.ids.length; k++) {
      const { docs, weights } = postings.get(v.ids[k])!;
      if (docs.length > limit) continue; // too common to tell stories apart
      const w = v.weights[k];
      // Postings are in document order: only the documents after i.
      for (let p = docs.length - 1; p >= 0 && docs[p] > i; p--) {
        const j = docs[p];
        if (acc[j] === 0) touched.push(j);
        acc[j] += w * weights[p];
      }
    }
    for (const j of touched) {
      if (acc[j] >= PREFILTER) {
        const s = dot(spread, vec[j]);
        if (s >= CANDIDATE && shareName(i, j)) best.offer(i, j, s);
      }
      acc[j] = 0;
    }
    touched.length = 0;
    for (let k = 0; k < v.ids.length; k++) spread[v.ids[k]] = 0;
  }
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
  const sims = new Map<number, Map<number, number>>();
  const setSim = (a: number, b: number, sim: number) => {
    if (!sims.has(a)) sims.set(a, new Map());
    if (!sims.has(b)) sims.set(b, new Map());
    sims.get(a)!.set(b, sim);
    sims.get(b)!.set(a, sim);
  };
  best.forEach((a, b, sim) => {
    if (find(a) === find(b)) setSim(a, b, sim);
  });
  // Syndicated copies are one document for clustering.
  sameAs.forEach((o, i) => {
    if (o !== i) setSim(i, o, 1);
  });
  const clusters = averageLink(features.length, sims, THRESHOLD);
  // Number stories by their first document, so output does not depend on clustering order.
  const ids = new Map<number, number>();
  return clusters.map((c) => {
    if (!ids.has(c)) ids.set(c, ids.size);
    return ids.get(c)!;
  });
}

