/**
 * Syndicated copies: articles that share most of their text (one is the other plus chrome or an FAQ)
 * are one independent source. Candidate pairs come from a sample of shared 5-word shingles, so the
 * work grows with the text, not with the square of the number of articles.
 */
import { FNV_OFFSET, fnv1a, fnv1aNumbers } from "../hash.js";

export interface Syndication {
  /** For each document, the document it is a copy of (itself when original). */
  originalOf: number[];
}

const SHINGLE = 5;
const SAMPLE_MOD = 4;
const MIN_CONTAINMENT = 0.7;
/** A shingle shared by more articles than this is boilerplate (a site's footer), not evidence of copying. */
const MAX_SHARING = 50;

/** The document's distinct 5-word shingle hashes, sorted: each word hashed once, each shingle from its words' hashes. */
export function shingles(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const hashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) hashes[i] = fnv1a(words[i]);
  const out = new Uint32Array(Math.max(0, words.length - SHINGLE + 1));
  for (let i = 0; i < out.length; i++) {
    let h = FNV_OFFSET;
    for (let k = i; k < i + SHINGLE; k++) {
      h = Math.imul(h ^ hashes[k], 16777619);
      h ^= h >>> 15;
    }
    out[i] = h >>> 0;
  }
  out.sort();
  let k = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[k++] = out[i];
  return out.slice(0, k);
}

function common(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** `sets`: each article's shingles (see `shingles`). */
export function findSyndication(sets: Uint32Array[], paths: string[]): Syndication {
  const n = sets.length;
  const sampledCount = new Int32Array(n);
  sets.forEach((set, doc) => {
    for (let i = 0; i < set.length; i++) if (set[i] % SAMPLE_MOD === 0) sampledCount[doc]++;
  });
  // Every (sampled shingle, article) once, packed as hash * 2^21 + article and sorted: runs of one hash list
  // the articles that share it. No map of pairs: each article then counts, in a reused accumulator, the
  // samples it shares with earlier articles through shingles rare enough to be evidence. Typed arrays and plain
  // loops throughout: a large run allocates no per-sample objects.
  if (n >= 1 << 21) throw new RangeError("too many articles for syndication detection");
  const total = sampledCount.reduce((k, c) => k + c, 0);
  const packed = new Float64Array(total);
  let k = 0;
  sets.forEach((set, doc) => {
    for (let i = 0; i < set.length; i++) if (set[i] % SAMPLE_MOD === 0) packed[k++] = set[i] * 2097152 + doc;
  });
  packed.sort();
  const docAt = new Int32Array(total);
  for (let i = 0; i < total; i++) docAt[i] = packed[i] % 2097152;
  // For each article, where its samples shared by a few articles sit in the sorted list (compressed rows).
  const runStart = new Int32Array(total);
  const runEnd = new Int32Array(total);
  const posCount = new Int32Array(n + 1);
  for (let i = 0; i < total; ) {
    const hash = Math.floor(packed[i] / 2097152);
    let j = i + 1;
    while (j < total && Math.floor(packed[j] / 2097152) === hash) j++;
    for (let m = i; m < j; m++) {
      runStart[m] = i;
      runEnd[m] = j;
      if (j - i > 1 && j - i <= MAX_SHARING) posCount[docAt[m] + 1]++;
    }
    i = j;
  }
  for (let d = 0; d < n; d++) posCount[d + 1] += posCount[d];
  const positions = new Int32Array(posCount[n]);
  const fill = posCount.slice(0, n);
  for (let m = 0; m < total; m++) {
    const size = runEnd[m] - runStart[m];
    if (size > 1 && size <= MAX_SHARING) positions[fill[docAt[m]]++] = m;
  }
  const parent = paths.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Identical texts are copies however many there are (their shingles may all be too common to count).
  const identical = new Map<string, number>();
  sets.forEach((set, doc) => {
    if (set.length < 20) return;
    const key = `${set.length}:${fnv1aNumbers(set)}`;
    const first = identical.get(key);
    if (first === undefined) identical.set(key, doc);
    else if (common(sets[first], set) === set.length) parent[find(doc)] = find(first);
  });
  const acc = new Int32Array(n);
  const touched: number[] = [];
  for (let b = 0; b < n; b++) {
    for (let p = posCount[b]; p < posCount[b + 1]; p++) {
      const m = positions[p];
      for (let q = runStart[m]; q < runEnd[m]; q++) {
        const a = docAt[q];
        if (a >= b) break; // runs are sorted by article
        if (acc[a] === 0) touched.push(a);
        acc[a]++;
      }
    }
    touched.sort((x, y) => x - y);
    for (const a of touched) {
      const small = Math.min(sets[a].length, sets[b].length);
      // A copy shares about MIN_CONTAINMENT of the smaller one's sample; far fewer shared samples cannot be one.
      const sample = Math.min(sampledCount[a], sampledCount[b]);
      if (small >= 20 && acc[a] >= sample * MIN_CONTAINMENT * 0.5 && common(sets[a], sets[b]) / small >= MIN_CONTAINMENT) parent[find(a)] = find(b);
      acc[a] = 0;
    }
    touched.length = 0;
  }
  // The original of a group: the document with the least text (the others add chrome), then the first path.
  const groups = new Map<number, number[]>();
  paths.forEach((_, i) => {
    const g = groups.get(find(i));
    if (g) g.push(i);
    else groups.set(find(i), [i]);
  });
  const originalOf = paths.map((_, i) => i);
  for (const members of groups.values()) {
    const orig = [...members].sort((a, b) => sets[a].length - sets[b].length || (paths[a] < paths[b] ? -1 : 1))[0];
    for (const m of members) originalOf[m] = orig;
  }
  return { originalOf };
}
