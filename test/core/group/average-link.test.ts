import { describe, expect, it } from "vitest";
import { averageLink, type Edges } from "../../../src/core/group/average-link.js";

function edgesOf(pairs: [number, number, number][]): Edges {
  return { a: Int32Array.from(pairs, (p) => p[0]), b: Int32Array.from(pairs, (p) => p[1]), sim: Float64Array.from(pairs, (p) => p[2]), count: pairs.length };
}

/** The textbook algorithm on a dense matrix: merge the pair of clusters with the highest average link. */
function naive(n: number, pairs: [number, number, number][], threshold: number): number[] {
  const sim = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const [a, b, s] of pairs) sim[a][b] = sim[b][a] = s;
  let clusters = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best: [number, number, number] | undefined;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        let sum = 0;
        for (const i of clusters[x]) for (const j of clusters[y]) sum += sim[i][j];
        const avg = sum / (clusters[x].length * clusters[y].length);
        if (avg >= threshold && (!best || avg > best[2])) best = [x, y, avg];
      }
    }
    if (!best) break;
    const [x, y] = best;
    clusters[x] = [...clusters[x], ...clusters[y]];
    clusters = clusters.filter((_, i) => i !== y);
  }
  const out = new Array<number>(n);
  for (const c of clusters) for (const i of c) out[i] = Math.min(...c);
  return out;
}

describe("averageLink", () => {
  it.each([
    ["no edges", 3, [], [0, 1, 2]],
    ["one strong pair", 3, [[0, 2, 0.5]], [0, 1, 0]],
    ["a weak pair stays apart", 2, [[0, 1, 0.1]], [0, 1]],
    // 0-2 is absent, so the average link of {0,1} with 2 is (0 + 0.2) / 2 = 0.1, below the threshold.
    ["a bridge does not chain", 3, [[0, 1, 0.9], [1, 2, 0.2]], [0, 0, 2]],
    ["a triangle joins", 3, [[0, 1, 0.9], [1, 2, 0.5], [0, 2, 0.4]], [0, 0, 0]],
    ["self links and non-positive links are ignored", 3, [[1, 1, 1], [0, 2, -1], [0, 1, 0]], [0, 1, 2]],
  ] as [string, number, [number, number, number][], number[]][])("%s", (_, n, pairs, expected) => {
    expect(averageLink(n, edgesOf(pairs), 0.12)).toEqual(expected);
  });

  it("agrees with the textbook algorithm on random sparse graphs", () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 200; round++) {
      const n = 2 + Math.floor(rand() * 14);
      const pairs: [number, number, number][] = [];
      for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (rand() < 0.35) pairs.push([a, b, rand()]);
      expect(averageLink(n, edgesOf(pairs), 0.3), JSON.stringify(pairs)).toEqual(naive(n, pairs, 0.3));
    }
  });
});
