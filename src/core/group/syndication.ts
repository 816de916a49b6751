/**
 * Syndicated copies: articles that share most of their text (one is the other plus chrome or an FAQ)
 * are one independent source. Candidate pairs come from a sample of shared 5-word shingles, so the
 * work grows with the text, not with the square of the number of articles.
 */

export interface Syndication {
  /** For each document, the document it is a copy of (itself when original). */
  originalOf: number[];
}

const SHINGLE = 5;
const SAMPLE_MOD = 4;
const MIN_CONTAINMENT = 0.7;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The document's distinct 5-word shingle hashes, sorted. */
export function shingles(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const out = new Uint32Array(Math.max(0, words.length - SHINGLE + 1));
  for (let i = 0; i + SHINGLE <= words.length; i++) out[i] = hash(words.slice(i, i + SHINGLE).join(" "));
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
  const sampled = sets.map((set) => set.filter((h) => h % SAMPLE_MOD === 0));
  const index = new Map<number, number[]>();
  // Pairs that share sampled shingles, counted; key = a * n + b with a < b.
  const n = sets.length;
  const shared = new Map<number, number>();
  sampled.forEach((set, doc) => {
    for (const h of set) {
      const list = index.get(h);
      if (list) {
        for (const other of list) {
          const key = other * n + doc;
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
        if (list.length < 50) list.push(doc);
      } else index.set(h, [doc]);
    }
  });
  const parent = paths.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const key of [...shared.keys()].sort((x, y) => x - y)) {
    const a = Math.floor(key / n);
    const b = key % n;
    const small = Math.min(sets[a].length, sets[b].length);
    if (small < 20) continue;
    // A copy shares about MIN_CONTAINMENT of the smaller one's sample; far fewer shared samples cannot be one.
    const sample = Math.min(sampled[a].length, sampled[b].length);
    if (shared.get(key)! < sample * MIN_CONTAINMENT * 0.5) continue;
    if (common(sets[a], sets[b]) / small >= MIN_CONTAINMENT) parent[find(a)] = find(b);
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
