/**
 * One copy of each repeated string. Claims that come back from worker threads are copies: every "count",
 * "exact", "USD" or subject key is a string of its own, and across an archive they outweigh the claims'
 * numbers. The collector passes the fields that repeat across articles through one table; quotes, which
 * repeat only within an article, go through a table kept for that article alone.
 */
import type { Claim } from "./types.js";

export class Interner {
  private readonly table = new Map<string, string>();

  string(s: string): string {
    const known = this.table.get(s);
    if (known !== undefined) return known;
    this.table.set(s, s);
    return s;
  }

  strings(list: string[]): string[] {
    for (let i = 0; i < list.length; i++) list[i] = this.string(list[i]);
    return list;
  }

  /** The claims of one article, with their shared strings interned (in place). */
  claims(list: Claim[]): void {
    const quotes = new Map<string, string>();
    for (const c of list) {
      c.kind = this.string(c.kind) as Claim["kind"];
      c.measure = this.string(c.measure);
      c.time = this.string(c.time);
      this.strings(c.qualifiers);
      if (c.subject !== undefined) c.subject = this.string(c.subject);
      if (c.subjectLabel !== undefined) c.subjectLabel = this.string(c.subjectLabel);
      if (c.recipient !== undefined) c.recipient = this.string(c.recipient);
      if (c.names) this.strings(c.names);
      if (typeof c.value === "string") c.value = this.string(c.value);
      if (c.quantity) {
        c.quantity.hedge = this.string(c.quantity.hedge) as NonNullable<Claim["quantity"]>["hedge"];
        c.quantity.unit = this.string(c.quantity.unit);
      }
      if (c.at) {
        const q = quotes.get(c.at.quote);
        if (q === undefined) quotes.set(c.at.quote, c.at.quote);
        else c.at.quote = q;
      }
    }
  }
}
