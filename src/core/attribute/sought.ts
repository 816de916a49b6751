/**
 * "the union had pushed for a 6% raise", "the lawsuit seeks $50 million": what someone asks for is a fact of
 * its own, apart from what was agreed or awarded ("wants to cut $120 million" is a plan, not a demand).
 */
const SOUGHT_BEFORE = /\b(?:sought|seeks?|seeking|wants?|wanted|wanting|demands|demanded|demanding|(?:push|pushed|pushes|pushing|ask|asked|asks|asking|call|called|calls|calling|press|pressed|pressing|hold|held|holding)\s+out\s+for|(?:push|pushed|pushes|pushing|ask|asked|asks|asking|call|called|calls|calling|press|pressed|presses|pressing|lobbied|lobbying|fought|fighting)\s+for)\s+(?!to\b)(?:(?:an?|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
export function sought(text: string, clauseStart: number, at: number): boolean {
  return SOUGHT_BEFORE.test(text.slice(Math.max(clauseStart, at - 60), at));
}
