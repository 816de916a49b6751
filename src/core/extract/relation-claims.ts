/**
 * Entity claims: which company runs, owns or built a thing. "The ship, operated by Tidemark Line", "a container ship
 * operated by Marlow Shipping", "the plant, which is owned by Verity Power". The thing is named by its noun (the
 * ship, the plant): sources that give it different operators disagree, unless one names both (checked later).
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { LocalClaim } from "./sentence-claims.js";
import { isFirstName } from "../nlp/compromise.js";
import { DATELINE } from "./entities.js";
import { singular } from "../attribute/word-forms.js";

const RELATION = /\b(operated|owned|run|managed|chartered|leased|built|made|manufactured|directed|written|composed|designed|founded|co-founded|started|set\s+up|acquired|bought|purchased|taken\s+over)\s+by\s+(?:the\s+)?/g;
const ROLE: Record<string, string> = { founded: "founder", "co-founded": "founder", started: "founder", "set up": "founder", acquired: "buyer", bought: "buyer", purchased: "buyer", "taken over": "buyer", operated: "operator", run: "operator", managed: "operator", chartered: "operator", leased: "operator", owned: "owner", built: "maker", made: "maker", manufactured: "maker", directed: "director", written: "writer", composed: "composer", designed: "designer" };
/** Who directed, wrote or composed a work: whatever a source calls the work ("the drama", "the film", its title). */
const WORK_ROLE = /^(?:director|writer|composer)$/;
const WORK = /^(film|movie|drama|documentary|thriller|comedy|feature|play|musical|opera|novel|book|memoir|series|show|album|song|score|symphony|production)s?$/;
/** Relations whose other side is a person. */
const PERSON_ROLE = /^(?:directed|written|composed|designed|founded|co-founded|started|set\s+up)$/;
/** A work named by its title in quotes: '"Tide Lines", directed by'. */
const TITLE_BEFORE = /["”’]\s*,?\s+(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was)\s+)?$/;
/** Things a company runs, owns or builds, counted under one noun each. */
const THING = /^(ship|vessel|tanker|freighter|ferry|liner|plane|aircraft|jet|airliner|helicopter|train|bus|plant|factory|mine|refinery|reactor|pipeline|rig|platform|hotel|hospital|casino|stadium|arena|airport|port|terminal|dam|tower|warehouse|facility|well|satellite|rocket|bridge|building|museum|library|station)s?$/;
const THING_SYNONYM: Record<string, string> = { vessel: "ship", freighter: "ship", liner: "ship", plane: "aircraft", jet: "aircraft", airliner: "aircraft" };
/** The thing's noun, then at most a comma or "which is": "ship, operated by", "plant that is owned by". */
/** ("two new ferries, to be built by": one still to be built.) */
const THING_BEFORE = /(\p{Ll}+)\s*,?\s+(?:(?:which|that)\s+(?:is|was|are|were|will\s+be)\s+|(?:is|was|are|were)\s+|(?:to|will)\s+be\s+)?$/u;

export function relationClaims(text: string, entities: EntityMention[]): LocalClaim[] {
  if (!entities.length || !/\bby\b/.test(text)) return [];
  const out: LocalClaim[] = [];
  for (const m of text.matchAll(RELATION)) {
    const at = m.index ?? 0;
    const nameStart = at + m[0].length;
    const role = ROLE[m[1].replace(/\s+/g, " ")];
    // A name after its description: "bought by Dutch brewer Van Hoek", "founded by former Tesla engineer Priya Nair".
    const afterDescription = (ok: (e: EntityMention, between: string) => boolean) => entities.find((e) => e.start > nameStart && e.start - nameStart <= 40 && ok(e, text.slice(nameStart, e.start)));
    const company =
      entities.find((e) => e.start === nameStart) ??
      (role === "buyer" ? afterDescription((_, between) => /^(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}[\p{Ll}-]*\s+$/u.test(between)) : undefined) ??
      (PERSON_ROLE.test(m[1]) ? afterDescription((e, between) => !/[,.;:]/.test(between) && /^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+$/u.test(e.label) && (isFirstName(e.label.split(" ")[0]) || /\b\p{Ll}{3,}\s+$/u.test(between))) : undefined);
    if (!company) continue;
    // "Voltra, the battery start-up founded by Maya Chen", "Oakland-based Voltra, founded by Priya Nair": the
    // company named just before is the one founded.
    if (role === "founder" || role === "buyer") {
      // "Greystone Brewery, the maker of Tarn Ale, has been bought by": the clause's subject, not a name in its aside.
      const passive = /\b(?:has|have|had|was|were|is|are|will)\s+been\s+$|\b(?:was|were|is|are)\s+$/.test(text.slice(Math.max(0, at - 12), at));
      const datelineEnd = DATELINE.exec(text)?.[0].length ?? 0;
      const founded = passive ? entities.find((e) => e.start >= datelineEnd && e.end <= at && e !== company) : [...entities].reverse().find((e) => e.end <= at && at - e.end <= 60 && !/[.;:]/.test(text.slice(e.end, at)) && e !== company);
      const label = text.slice(company.start, company.end);
      if (founded && !/\bin\s+$/i.test(text.slice(Math.max(0, founded.start - 4), founded.start))) out.push({ kind: "entity", start: company.start, end: company.end, text: text.slice(founded.start, company.end), value: label, measure: role, subject: founded.key, subjectLabel: founded.label, time: "", qualifiers: [] });
      continue;
    }
    const before = THING_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    const work = WORK_ROLE.test(role) && ((before && WORK.test(before[1])) || TITLE_BEFORE.test(text.slice(Math.max(0, at - 6), at)));
    const one = before ? singular(before[1]) : undefined;
    if (!work && (!one || !THING.test(one) || WORK_ROLE.test(role))) continue;
    const noun = work ? "work" : one!;
    const thing = THING_SYNONYM[noun] ?? noun;
    const thingStart = before ? at - before[0].length : at;
    const label = text.slice(company.start, company.end);
    out.push({ kind: "entity", start: company.start, end: company.end, text: text.slice(thingStart, company.end), value: label, measure: `${role}:${thing}`, subject: `the ${thing}`, subjectLabel: `the ${thing}`, time: "", qualifiers: [] });
  }
  return out;
}
