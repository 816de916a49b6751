/** "1,200 unfilled teaching posts", "2,100 vacant positions", "900 job openings": posts to fill are vacancies. */
const EMPTY = /\b(?:unfilled|vacant|empty|open|unstaffed)\s+(?:[\p{Ll}-]+\s+)?$/u;
const POST = /^(?:post|position|job|role|place|opening)$/;

/** Is this count's noun (`lemma`, read after the words `between` value and noun) a post nobody fills? */
export function isVacancy(between: string, lemma: string): boolean {
  if (!POST.test(lemma)) return false;
  const before = between.replace(/\S+$/u, "");
  return EMPTY.test(before) || (lemma === "opening" && /\bjob\s+$/.test(before));
}
