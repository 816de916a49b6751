/**
 * Dense ids (0, 1, 2, ...) for 32-bit hashes, in order of first sight: an open-addressing table on typed arrays
 * (a Map keyed by large numbers boxes each key and is several times slower on millions of lookups).
 */
export class DenseIds {
  private keys = new Uint32Array(1 << 12);
  private values = new Int32Array(1 << 12).fill(-1);
  size = 0;

  /** The id of `hash`, given a new one when unseen. */
  idOf(hash: number): number {
    if (this.size * 2 >= this.values.length) this.grow();
    const mask = this.values.length - 1;
    for (let at = Math.imul(hash, 0x9e3779b1) >>> 0 & mask; ; at = (at + 1) & mask) {
      const v = this.values[at];
      if (v === -1) {
        this.keys[at] = hash;
        this.values[at] = this.size;
        return this.size++;
      }
      if (this.keys[at] === hash >>> 0) return v;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    const mask = this.values.length - 1;
    for (let i = 0; i < values.length; i++) {
      if (values[i] === -1) continue;
      let at = Math.imul(keys[i], 0x9e3779b1) >>> 0 & mask;
      while (this.values[at] !== -1) at = (at + 1) & mask;
      this.keys[at] = keys[i];
      this.values[at] = values[i];
    }
  }
}
