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

export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(hash(words.slice(i, i + SHINGLE).join(" ")));
  return out;
}

export function findSyndication(texts: string[], paths: string[]): Syndication {
  const sets = texts.map(shingles);
  const index = new Map<number, number[]>();
  const shared = new Map<string, number>();
  sets.forEach((set, doc) => {
    for (const h of set) {
      if (h % SAMPLE_MOD !== 0) continue;
      const list = index.get(h);
      if (list) {
        for (const other of list) {
          const key = `${other},${doc}`;
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
        if (list.length < 50) list.push(doc);
      } else index.set(h, [doc]);
    }
  });
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const key of [...shared.keys()].sort()) {
    const [a, b] = key.split(",").map(Number);
    const small = Math.min(sets[a].size, sets[b].size);
    if (small < 20) continue;
    let common = 0;
    const [x, y] = sets[a].size < sets[b].size ? [sets[a], sets[b]] : [sets[b], sets[a]];
    for (const h of x) if (y.has(h)) common++;
    if (common / small >= MIN_CONTAINMENT) parent[find(a)] = find(b);
  }
  // The original of a group: the document with the least text (the others add chrome), then the first path.
  const groups = new Map<number, number[]>();
  texts.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const originalOf = texts.map((_, i) => i);
  for (const members of groups.values()) {
    const orig = [...members].sort((a, b) => sets[a].size - sets[b].size || (paths[a] < paths[b] ? -1 : 1))[0];
    for (const m of members) originalOf[m] = orig;
  }
  return { originalOf };
}
