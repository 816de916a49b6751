/**
 * Average-link agglomeration over a sparse similarity graph (absent pairs count as 0). Cluster-to-cluster
 * link sums are kept per neighbour and a max-heap holds candidate merges (stale entries are skipped), so
 * the work grows with the number of similar pairs, not with the square of the number of articles.
 */
export function averageLink(n: number, sims: Map<number, Map<number, number>>, threshold: number): number[] {
  const size = new Int32Array(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  const version = new Int32Array(n);
  // The similarity rows become the cluster link sums (no copy).
  const links: Map<number, number>[] = Array.from({ length: n }, (_, i) => sims.get(i) ?? new Map());
  for (let a = 0; a < n; a++) {
    links[a].delete(a);
    for (const [b, v] of links[a]) if (!(v > 0)) links[a].delete(b);
  }
  const heap = new CandidateHeap();
  const offer = (a: number, b: number) => {
    const x = a < b ? a : b;
    const y = a < b ? b : a;
    const avg = (links[x].get(y) ?? 0) / (size[x] * size[y]);
    if (avg >= threshold) heap.push(avg, x, y, version[x], version[y]);
  };
  for (let a = 0; a < n; a++) for (const b of links[a].keys()) if (a < b) offer(a, b);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  while (heap.size) {
    const { a, b, va, vb } = heap.pop();
    if (!alive[a] || !alive[b] || version[a] !== va || version[b] !== vb) continue;
    // Merge b into a.
    alive[b] = 0;
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
