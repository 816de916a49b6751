/**
 * Which articles tell the same story. Articles are compared by TF-IDF cosine over their content words
 * (capitalised words weigh six times as much as others; the IDF is smoothed with a pseudo-background of unseen documents so
 * that a handful of articles on one story still look alike). Candidate pairs come from shared terms;
 * loose components are then split by average-link clustering, so one bridge article cannot chain two
 * stories together. Different stories in one folder are never compared with each other.
 */
import { STOPWORDS } from "./stopwords.js";

const MAX_TERMS = 100;
/** Terms of each article put in the inverted index that finds candidate pairs. */
const INDEX_TERMS = 40;
/** Neighbours kept per article in the similarity graph. */
const NEIGHBOURS = 40;
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
  const lower = new Set(text.match(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu) ?? []);
  for (const m of text.matchAll(/(?<![\p{L}'’])\p{Lu}[\p{L}\d'’-]{2,}/gu)) {
    const w = m[0].replace(/['’]s$/u, "").toLowerCase();
    if (!STOPWORDS.has(w) && !lower.has(w)) out.add(w);
  }
  return out;
}

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

function hash32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function storyFeatures(text: string): StoryFeatures {
  const tf = terms(text);
  return {
    terms: Uint32Array.from(tf.keys(), (t) => hash32(t, 2166136261)),
    tf: Float32Array.from(tf.values()),
    names: Uint32Array.from(names(text), (n) => hash32(n, 0x9747b28c)).sort(),
  };
}

/** A sparse unit vector: term ids ascending, with their weights. */
interface SparseVector {
  ids: Uint32Array;
  weights: Float64Array;
}

function vectors(features: StoryFeatures[]): SparseVector[] {
  const df = new Map<number, number>();
  for (const f of features) for (const t of f.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = features.length + BACKGROUND_DOCS;
  return features.map((f) => {
    const weighted = Array.from(f.terms, (t, k): [number, number] => [t, (1 + Math.log(f.tf[k])) * Math.log(1 + n / df.get(t)!)]);
    weighted.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = weighted.slice(0, MAX_TERMS);
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
    top.sort((a, b) => a[0] - b[0]);
    return { ids: Uint32Array.from(top, (p) => p[0]), weights: Float64Array.from(top, (p) => p[1] / norm) };
  });
}

function cosine(a: SparseVector, b: SparseVector): number {
  let s = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    if (a.ids[i] === b.ids[j]) s += a.weights[i++] * b.weights[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return s;
}

/** Story number of each document; `sameAs` forces documents together (syndicated copies). */
export function findStories(features: StoryFeatures[], sameAs: number[]): number[] {
  const vec = vectors(features);
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
  // Inverted index over each article's strongest terms that are rare enough to tell stories apart; the dot
  // product over those terms is accumulated per pair, and only pairs where it could reach the candidate level
  // get the full cosine. Work grows with the postings, not with the square of the number of articles.
  const postings = new Map<number, { docs: number[]; weights: number[] }>();
  vec.forEach((v, i) => {
    for (const k of strongest(v, INDEX_TERMS)) {
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
    for (const k of strongest(v, INDEX_TERMS)) {
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
        const s = cosine(v, vec[j]);
        if (s >= CANDIDATE && shareName(i, j)) best.offer(i, j, s);
      }
      acc[j] = 0;
    }
    touched.length = 0;
  }
  const sims = new Map<number, Map<number, number>>();
  const setSim = (a: number, b: number, s: number) => {
    if (!sims.has(a)) sims.set(a, new Map());
    if (!sims.has(b)) sims.set(b, new Map());
    sims.get(a)!.set(b, s);
    sims.get(b)!.set(a, s);
  };
  best.forEach(setSim);
  // Syndicated copies are one document for clustering.
  sameAs.forEach((o, i) => {
    if (o !== i) setSim(i, o, 1);
  });
  const clusters = averageLink(features.length, sims);
  // Number stories by their first document, so output does not depend on clustering order.
  const ids = new Map<number, number>();
  return clusters.map((c) => {
    if (!ids.has(c)) ids.set(c, ids.size);
    return ids.get(c)!;
  });
}

/** Indexes of a vector's `n` heaviest terms. */
function strongest(v: SparseVector, n: number): number[] {
  const order = Array.from(v.weights.keys());
  if (order.length <= n) return order;
  return order.sort((x, y) => v.weights[y] - v.weights[x] || x - y).slice(0, n);
}

/**
 * The pairs that are among the `k` most similar of either article: a story's articles are each other's nearest,
 * while an archive where one subject recurs in thousands of articles stays a sparse graph. Each article keeps a
 * bounded heap of its best partners (higher similarity first, then the lower index: a strict order, so the
 * result does not depend on the order pairs are offered in).
 */
class NearestPairs {
  private readonly sim: Float64Array;
  private readonly other: Int32Array;
  private readonly count: Int32Array;

  constructor(
    n: number,
    private readonly k: number,
  ) {
    this.sim = new Float64Array(n * k);
    this.other = new Int32Array(n * k);
    this.count = new Int32Array(n);
  }

  offer(a: number, b: number, s: number): void {
    this.push(a, b, s);
    this.push(b, a, s);
  }

  /** Every kept pair once, as (lower index, higher index, similarity), in index order. */
  forEach(fn: (a: number, b: number, s: number) => void): void {
    const n = this.count.length;
    const kept = new Map<number, number>();
    for (let a = 0; a < n; a++) {
      for (let i = 0; i < this.count[a]; i++) {
        const b = this.other[a * this.k + i];
        const key = a < b ? a * n + b : b * n + a;
        kept.set(key, this.sim[a * this.k + i]);
      }
    }
    for (const key of [...kept.keys()].sort((x, y) => x - y)) fn(Math.floor(key / n), key % n, kept.get(key)!);
  }

  /** x is worse than y: lower similarity, or equal and a higher partner index. */
  private worse(base: number, x: number, y: number): boolean {
    const sx = this.sim[base + x];
    const sy = this.sim[base + y];
    return sx < sy || (sx === sy && this.other[base + x] > this.other[base + y]);
  }

  private swap(base: number, x: number, y: number): void {
    const s = this.sim[base + x];
    this.sim[base + x] = this.sim[base + y];
    this.sim[base + y] = s;
    const o = this.other[base + x];
    this.other[base + x] = this.other[base + y];
    this.other[base + y] = o;
  }

  /** A min-heap per article (the worst kept partner at the root). */
  private push(a: number, b: number, s: number): void {
    const base = a * this.k;
    const c = this.count[a];
    if (c < this.k) {
      this.sim[base + c] = s;
      this.other[base + c] = b;
      this.count[a] = c + 1;
      for (let i = c; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!this.worse(base, i, p)) break;
        this.swap(base, i, p);
        i = p;
      }
      return;
    }
    const rootSim = this.sim[base];
    if (s < rootSim || (s === rootSim && b > this.other[base])) return;
    this.sim[base] = s;
    this.other[base] = b;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < c && this.worse(base, l, m)) m = l;
      if (r < c && this.worse(base, r, m)) m = r;
      if (m === i) break;
      this.swap(base, i, m);
      i = m;
    }
  }
}

/**
 * Average-link agglomeration over a sparse similarity graph (absent pairs count as 0). Cluster-to-cluster
 * link sums are kept per neighbour and a max-heap holds candidate merges (stale entries are skipped), so
 * the work grows with the number of similar pairs, not with the square of the number of articles.
 */
function averageLink(n: number, sims: Map<number, Map<number, number>>): number[] {
  const size = Array.from({ length: n }, () => 1);
  const alive = Array.from({ length: n }, () => true);
  const version = Array.from({ length: n }, () => 0);
  const links: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const [a, row] of sims) for (const [b, v] of row) if (v > 0 && a !== b) links[a].set(b, v);
  const heap = new MaxHeap();
  const offer = (a: number, b: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const avg = (links[x].get(y) ?? 0) / (size[x] * size[y]);
    if (avg >= THRESHOLD) heap.push({ avg, a: x, b: y, va: version[x], vb: version[y] });
  };
  for (let a = 0; a < n; a++) for (const b of links[a].keys()) if (a < b) offer(a, b);
  const parent = Array.from({ length: n }, (_, i) => i);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b } = top;
    if (!alive[a] || !alive[b] || version[a] !== top.va || version[b] !== top.vb) continue;
    // Merge b into a.
    alive[b] = false;
    parent[b] = a;
    size[a] += size[b];
    version[a]++;
    for (const [c, v] of links[b]) {
      if (c === a) continue;
      links[a].set(c, (links[a].get(c) ?? 0) + v);
      links[c].set(a, (links[c].get(a) ?? 0) + v);
      links[c].delete(b);
    }
    links[a].delete(b);
    links[b].clear();
    for (const c of links[a].keys()) if (alive[c]) offer(a, c);
  }
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  return parent.map((_, i) => find(i));
}

interface Candidate {
  avg: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** Highest average first; ties by the lower pair of indices, so merges happen in one fixed order. */
class MaxHeap {
  private readonly items: Candidate[] = [];
  private before(x: Candidate, y: Candidate): boolean {
    return x.avg > y.avg || (x.avg === y.avg && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  push(c: Candidate): void {
    const h = this.items;
    h.push(c);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): Candidate | undefined {
    const h = this.items;
    if (!h.length) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l], h[m])) m = l;
        if (r < h.length && this.before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
