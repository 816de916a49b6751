/**
 * Which articles tell the same story. Articles are compared by TF-IDF cosine over their content words
 * (capitalised words weigh six times as much as others; the IDF is smoothed with a pseudo-background of unseen documents so
 * that a handful of articles on one story still look alike). Candidate pairs come from shared terms;
 * loose components are then split by average-link clustering, so one bridge article cannot chain two
 * stories together. Articles must share a name; sharing only one, they must also share ordinary words
 * ("Westgate Bank" earnings and a measles outbreak at "Westgate Elementary" share a name, nothing else).
 * Different stories in one folder are never compared with each other.
 */
import { NearestPairs } from "./nearest-pairs.js";
import { averageLink, type Edges } from "./average-link.js";
import { DenseIds } from "./dense-ids.js";
import type { StoryFeatures } from "./story-features.js";

export { storyFeatures, type StoryFeatures } from "./story-features.js";

const MAX_TERMS = 100;
/** Neighbours kept per article in the similarity graph. */
const NEIGHBOURS = 20;
const BACKGROUND_DOCS = 20;
const CANDIDATE = 0.06;
/** Pairs whose dot product over the rarer terms stays below this cannot reach CANDIDATE in practice. */
const PREFILTER = 0.05;
const THRESHOLD = 0.12;
/** The cosine over ordinary words (names left out) that articles sharing one name only must reach. */
const WORD_GATE = 0.03;
/** Articles that share one name only are one story only if one of them names at most this many. */
const FEW_NAMES = 3;
/**
 * Each article's TF-IDF vector, cut to its MAX_TERMS heaviest terms and normalised, in compressed rows: article
 * i's dense term ids (ascending) and weights are ids/weights[offsets[i] .. offsets[i + 1]).
 */
interface Vectors {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  /** 1 where the term is a name in that article. */
  flags: Uint8Array;
  /** Length of each article's vector over its ordinary words only (the names left out). */
  wordNorm: Float64Array;
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
  const flags = new Uint8Array(offsets[features.length]);
  const wordNorm = new Float64Array(features.length);
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
      flags[offsets[i] + x] = f.nameTerm[k];
      if (!f.nameTerm[k]) wordNorm[i] += (w[k] / norm) ** 2;
    });
    wordNorm[i] = Math.sqrt(wordNorm[i]);
  });
  return { offsets, ids, weights, flags, wordNorm, terms: df.length };
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
function commonTerms(v: Vectors, postings: Int32Array, limit: number): { offsets: Int32Array; ids: Int32Array; weights: Float64Array; flags: Uint8Array } {
  const isCommon = (t: number) => postings[t + 1] - postings[t] > limit;
  const offsets = new Int32Array(v.offsets.length);
  for (let i = 0; i + 1 < v.offsets.length; i++) {
    let c = 0;
    for (let k = v.offsets[i]; k < v.offsets[i + 1]; k++) if (isCommon(v.ids[k])) c++;
    offsets[i + 1] = offsets[i] + c;
  }
  const ids = new Int32Array(offsets[offsets.length - 1]);
  const weights = new Float64Array(ids.length);
  const flags = new Uint8Array(ids.length);
  let at = 0;
  for (let k = 0; k < v.ids.length; k++) {
    if (!isCommon(v.ids[k])) continue;
    ids[at] = v.ids[k];
    flags[at] = v.flags[k];
    weights[at++] = v.weights[k];
  }
  return { offsets, ids, weights, flags };
}

/**
 * The inverted index in compressed rows: term t's postings are docs/weights[offsets[t] .. offsets[t + 1]), in
 * document order.
 */
function postingLists(v: Vectors): { offsets: Int32Array; docs: Int32Array; weights: Float64Array; flags: Uint8Array } {
  const termCount = v.terms;
  const offsets = new Int32Array(termCount + 1);
  for (let k = 0; k < v.ids.length; k++) offsets[v.ids[k] + 1]++;
  for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];
  const fill = offsets.slice(0, termCount);
  const docs = new Int32Array(offsets[termCount]);
  const weights = new Float64Array(offsets[termCount]);
  const flags = new Uint8Array(offsets[termCount]);
  for (let i = 0; i + 1 < v.offsets.length; i++) {
    for (let k = v.offsets[i]; k < v.offsets[i + 1]; k++) {
      const at = fill[v.ids[k]]++;
      docs[at] = i;
      weights[at] = v.weights[k];
      flags[at] = v.flags[k];
    }
  }
  return { offsets, docs, weights, flags };
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
    this.lead = Int32Array.from(features, (f) => (f.lead ? dense.idOf(f.lead) : -1));
  }

  private readonly lead: Int32Array;

  /**
   * Some article's leading name is named by the other (or one has no leading name): "Brenmar" and "Corvane", each
   * the subject of its own RSV trial story and absent from the other's, are two stories.
   */
  leadShared(j: number): boolean {
    const i = this.selected;
    if (this.lead[i] < 0 || this.lead[j] < 0) return true;
    if (this.stamp[this.lead[j]] === i) return true;
    for (let k = this.offsets[j]; k < this.offsets[j + 1]; k++) if (this.ids[k] === this.lead[i]) return true;
    return false;
  }

  select(i: number): void {
    for (let k = this.offsets[i]; k < this.offsets[i + 1]; k++) this.stamp[this.ids[k]] = i;
    this.selected = i;
  }

  /** How many names article j shares with the selected article (up to `enough`), or -1 if one of the two has none. */
  count(j: number, enough: number): number {
    const i = this.selected;
    if (this.offsets[i] === this.offsets[i + 1] || this.offsets[j] === this.offsets[j + 1]) return -1;
    let n = 0;
    for (let k = this.offsets[j]; k < this.offsets[j + 1] && n < enough; k++) if (this.stamp[this.ids[k]] === i) n++;
    return n;
  }

  /** The fewer names of the selected article and article j. */
  fewer(j: number): number {
    const i = this.selected;
    return Math.min(this.offsets[i + 1] - this.offsets[i], this.offsets[j + 1] - this.offsets[j]);
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
  const { offsets, docs, weights, flags } = postingLists(vec);
  const spreadName = new Uint8Array(vec.terms);
  const limit = Math.max(50, Math.sqrt(n) * 3);
  const common = commonTerms(vec, offsets, limit);
  const acc = new Float64Array(n);
  /** The part of acc that ordinary words give (a term that is a name in neither article). */
  const accWords = new Float64Array(n);
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
      const name = vec.flags[k];
      // Postings are in document order: only the documents after i.
      for (let p = last; p >= first && docs[p] > i; p--) {
        const j = docs[p];
        if (acc[j] === 0) touched[nTouched++] = j;
        acc[j] += w * weights[p];
        if (!name && !flags[p]) accWords[j] += w * weights[p];
      }
    }
    if (!nTouched) continue;
    shared.select(i);
    for (let k = common.offsets[i]; k < common.offsets[i + 1]; k++) {
      spread[common.ids[k]] = common.weights[k];
      spreadName[common.ids[k]] = common.flags[k];
    }
    for (let x = 0; x < nTouched; x++) {
      const j = touched[x];
      if (acc[j] >= PREFILTER) {
        // acc[j] is the dot product over the rare terms; the cosine adds the common ones.
        let s = acc[j];
        let words = accWords[j];
        for (let k = common.offsets[j]; k < common.offsets[j + 1]; k++) {
          const t = common.ids[k];
          const part = spread[t] * common.weights[k];
          s += part;
          if (!spreadName[t] && !common.flags[k]) words += part;
        }
        if (s >= CANDIDATE) {
          const names = shared.count(j, 2);
          // One shared name between two articles that each lead with a name the other never uses is a coincidence.
          if (sameStoryEvidence(names, shared.fewer(j), words / (vec.wordNorm[i] * vec.wordNorm[j] || 1)) && (names !== 1 || shared.leadShared(j)) && !differentEvents(features[i], features[j])) best.offer(i, j, s);
        }
      }
      acc[j] = 0;
      accWords[j] = 0;
    }
    for (let k = common.offsets[i]; k < common.offsets[i + 1]; k++) spread[common.ids[k]] = 0;
  }
  return best;
}

/**
 * Two articles that share names are one story only if they also share what happened: one shared name with little
 * else in common ("Westgate Bank" and "Westgate Elementary School") is a coincidence of names, and so is one
 * shared name between two articles that each name many others (two transfers from one club: the players, the
 * buyers differ). Two shared names, or articles with no names to compare, rest on the cosine alone.
 * Measured on the labelled stories mixed in one folder (same-story article pairs grouped together / grouped
 * pairs that are one story): recall 0.993 before and after, precision 0.665 before, 0.884 after.
 */
function sameStoryEvidence(sharedNames: number, fewer: number, words: number): boolean {
  return sharedNames < 0 || sharedNames >= 2 || (sharedNames === 1 && words >= WORD_GATE && fewer <= FEW_NAMES);
}

/** Both articles name a storm, and no storm of one is named by the other ("Storm Wren" and "Storm Idris"). */
function differentEvents(a: StoryFeatures, b: StoryFeatures): boolean {
  if (!a.events?.length || !b.events?.length) return false;
  for (const e of a.events) if (b.events.includes(e)) return false;
  return true;
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

