/**
 * The pairs that are among the `k` most similar of either article: a story's articles are each other's nearest,
 * while an archive where one subject recurs in thousands of articles stays a sparse graph. Each article keeps a
 * bounded heap of its best partners (higher similarity first, then the lower index: a strict order, so the
 * result does not depend on the order pairs are offered in).
 */
export class NearestPairs {
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

  /** Every kept pair once, as (lower index, higher index, similarity). */
  forEach(fn: (a: number, b: number, s: number) => void): void {
    const n = this.count.length;
    for (let a = 0; a < n; a++) {
      for (let i = 0; i < this.count[a]; i++) {
        const b = this.other[a * this.k + i];
        // A pair both articles keep is given once, by the lower index.
        if (b < a && this.holds(b, a)) continue;
        fn(Math.min(a, b), Math.max(a, b), this.sim[a * this.k + i]);
      }
    }
  }

  private holds(a: number, b: number): boolean {
    for (let i = 0; i < this.count[a]; i++) if (this.other[a * this.k + i] === b) return true;
    return false;
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
