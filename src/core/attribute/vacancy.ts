/** "1,200 unfilled teaching posts", "2,100 vacant positions", "900 job openings": posts to fill are vacancies. */
const EMPTY = /\b(?:unfilled|vacant|empty|open|unstaffed)\s+(?:[\p{Ll}-]+\s+)?$/u;
const POST = /^(?:post|position|job|role|place|opening)$/;

/** Is this count's noun (`lemma`, read after the words `between` value and noun, `after` it) a post nobody fills? */
export function isVacancy(between: string, lemma: string, after = ""): boolean {
  if (!POST.test(lemma)) return false;
  const before = between.replace(/\S+$/u, "");
  // "480 teaching posts unfilled": the word may follow the noun.
  return EMPTY.test(before) || (lemma === "opening" && /\bjob\s+$/.test(before)) || /^\s+(?:unfilled|vacant|empty)\b/.test(after);
}

/** "Dunmoor short of 840 teachers", "a shortage of 2,100 nurses": the posts a body cannot fill. */
export const SHORT_OF = /\b(?:short|shortage|shortfall)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;
