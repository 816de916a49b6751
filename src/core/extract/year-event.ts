/** A year that dates what happened to a thing: when it was founded, or made. */

/** "founded in 2014"; "employs 350 people and opened in 1987" (the year is the second verb's, not the count's). */
const FOUNDED_BEFORE = /\b(?:(?:founded|established|formed|incorporated|set up|created)|\band\s+(?:was\s+)?(?:opened|built|completed|launched))\s+in\s+$/i;
/** "painted in 1889", "crafted by Lorenzo Vellacott in 1714", "The violin, built in 1741" (not "will be built in"). */
const MADE_BEFORE = /(?<!\b(?:will|to|would|could|should|must|be|being)\s+(?:be\s+)?)\b(?:painted|sculpted|composed|drawn|carved|etched|engraved|made|built|crafted|handcrafted|constructed|forged|cast|woven|printed|minted|written)\s+(?:by\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?in\s+$/u;
/** "The 1917 canvas", "Monet's 1917 water lilies canvas", "a 1714 violin". */
const MADE_NOUN_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:canvas|painting|portrait|landscape|still life|self-portrait|masterpiece|sculpture|triptych|fresco|watercolou?r|etching|drawing|violin|viola|cello|guitar|piano|harpsichord|manuscript|codex|bible|atlas|map|globe|clock|tapestry|vase|folio|first edition)\b/iu;

/** "date:founded" or "date:made" for the year at [start, end), from the words around it. */
/** "Born in Bradford in 1941, he ...", "was born in 1941": a birth year dates the birth, not the sentence's figures. */
const BORN_BEFORE = /\b[Bb]orn\s+(?:in\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:on\s+\p{Lu}\p{Ll}+\s+\d{1,2},?\s+)?(?:in\s+)?$/u;

export function yearEvent(text: string, start: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  if (FOUNDED_BEFORE.test(before)) return "date:founded";
  if (BORN_BEFORE.test(before)) return "date:born";
  return MADE_BEFORE.test(before) || MADE_NOUN_AFTER.test(text.slice(end, end + 40)) ? "date:made" : undefined;
}
