/** Similarity edges, each unordered pair once: a[k]-b[k] with similarity sim[k], for k < count. */
export interface Edges {
  a: Int32Array;
  b: Int32Array;
  sim: Float64Array;
  count: number;
}

/**
 * Average-link agglomeration over a sparse similarity graph (absent pairs count as 0). Each cluster keeps its
 * neighbours and link sums in two plain arrays; entries may name clusters merged since (resolved to their
 * survivor and summed when the cluster itself next merges). A max-heap holds candidate merges (stale entries are
 * skipped), so work and memory grow with the number of similar pairs, not with the square of the articles.
 */
export function averageLink(n: number, edges: Edges, threshold: number): number[] {
  const size = new Int32Array(n).fill(1);
  const version = new Int32Array(n);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const near: number[][] = Array.from({ length: n }, () => []);
  const sums: number[][] = Array.from({ length: n }, () => []);
  const heap = new CandidateHeap();
  const offer = (x: number, y: number, sum: number) => {
    const avg = sum / (size[x] * size[y]);
    if (avg >= threshold) (x < y ? heap.push(avg, x, y, version[x], version[y]) : heap.push(avg, y, x, version[y], version[x]));
  };
  for (let k = 0; k < edges.count; k++) {
    const a = edges.a[k];
    const b = edges.b[k];
    const v = edges.sim[k];
    if (a === b || !(v > 0)) continue;
    near[a].push(b);
    sums[a].push(v);
    near[b].push(a);
    sums[b].push(v);
    offer(a, b, v);
  }
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Scratch for summing a merged cluster's links per neighbour cluster.
  const total = new Float64Array(n);
  const seen = new Int32Array(n);
  let merges = 0;
  while (heap.size) {
    const { a, b, va, vb } = heap.pop();
    if (parent[a] !== a || parent[b] !== b || version[a] !== va || version[b] !== vb) continue;
    // Merge b into a.
    parent[b] = a;
    size[a] += size[b];
    version[a]++;
    const stamp = ++merges;
    const keys: number[] = [];
    for (const x of [a, b]) {
      const xs = near[x];
      const ws = sums[x];
      for (let k = 0; k < xs.length; k++) {
        const c = root(xs[k]);
        if (c === a) continue;
        if (seen[c] !== stamp) {
          seen[c] = stamp;
          keys.push(c);
          total[c] = ws[k];
        } else total[c] += ws[k];
      }
    }
    near[b] = [];
    sums[b] = [];
    near[a] = keys;
    sums[a] = keys.map((c) => total[c]);
    for (const c of keys) offer(a, c, total[c]);
  }
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i];
    return i;
  };
  return Array.from(parent, (_, i) => find(i));
}

/**
 * Candidate merges in parallel typed arrays (no object per entry): highest average first, ties by the lower
 * pair of indices, so merges happen in one fixed order.
 */
class CandidateHeap {
  private avg = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private va = new Int32Array(1024);
  private vb = new Int32Array(1024);
  size = 0;

  private before(i: number, j: number): boolean {
    const x = this.avg[i];
    const y = this.avg[j];
    return x > y || (x === y && (this.a[i] < this.a[j] || (this.a[i] === this.a[j] && this.b[i] < this.b[j])));
  }

  private swap(i: number, j: number): void {
    const avg = this.avg[i];
    this.avg[i] = this.avg[j];
    this.avg[j] = avg;
    const a = this.a[i];
    this.a[i] = this.a[j];
    this.a[j] = a;
    const b = this.b[i];
    this.b[i] = this.b[j];
    this.b[j] = b;
    const va = this.va[i];
    this.va[i] = this.va[j];
    this.va[j] = va;
    const vb = this.vb[i];
    this.vb[i] = this.vb[j];
    this.vb[j] = vb;
  }

  private grow(): void {
    const cap = this.avg.length * 2;
    const up = <T extends Float64Array | Int32Array>(arr: T, make: (n: number) => T): T => {
      const next = make(cap);
      next.set(arr);
      return next;
    };
    this.avg = up(this.avg, (k) => new Float64Array(k));
    this.a = up(this.a, (k) => new Int32Array(k));
    this.b = up(this.b, (k) => new Int32Array(k));
    this.va = up(this.va, (k) => new Int32Array(k));
    this.vb = up(this.vb, (k) => new Int32Array(k));
  }

  push(avg: number, a: number, b: number, va: number, vb: number): void {
    if (this.size === this.avg.length) this.grow();
    let i = this.size++;
    this.avg[i] = avg;
    this.a[i] = a;
    this.b[i] = b;
    this.va[i] = va;
    this.vb[i] = vb;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  pop(): { a: number; b: number; va: number; vb: number } {
    const top = { a: this.a[0], b: this.b[0], va: this.va[0], vb: this.vb[0] };
    const last = --this.size;
    if (last > 0) {
      this.avg[0] = this.avg[last];
      this.a[0] = this.a[last];
      this.b[0] = this.b[last];
      this.va[0] = this.va[last];
      this.vb[0] = this.vb[last];
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < last && this.before(l, m)) m = l;
        if (r < last && this.before(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}
