/** Page chrome: lines of a page that are not part of the story (menus, bylines, share widgets). */

const CHROME_LINE: RegExp[] = [
  /^skip to (main )?content$/i,
  /^(updated|published|posted|last updated|first published)\b.{0,60}$/i,
  /^·?\s*\d+\s*min(ute)?s? read$/i,
  /^(by|written by|reporting by|editing by)\s+[\p{L}.' -]{2,60}$/iu,
  /^(share|share this( article| story)?|tweet|email|print|copy link|follow us.*|sign up.*|subscribe.*|newsletter.*|advertisement|read more.*|related( articles| stories)?:?|click here.*|image( caption)?:?.*|photo:.*|video:?.*|watch:?.*|listen:?.*|comments?( \(\d+\))?)$/i,
  /^(copyright|©|\(c\)).{0,120}$/i,
  /^all rights reserved\.?$/i,
  /^(source-url|url|date):\s*\S.*$/i,
  /^set interest preferences.*$/i,
  /^(home|menu|search|log ?in|sign in|register)(\s*[|/·•]\s*\S.*)?$/i,
];

/** Words run together without spaces, as navigation menus lose them: "Tech FrontlineBiotech & Health". */
const GLUED_MENU = /\p{Ll}\p{Lu}\p{Ll}.*\p{Ll}\p{Lu}\p{Ll}/u;
const SEPARATED_MENU = /^([\p{L}&' ]{2,25}\s*[|•·»›]\s*){2,}[\p{L}&' ]{2,25}$/u;

export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (t === "") return false;
  if (CHROME_LINE.some((re) => re.test(t))) return true;
  if (!/[.!?]$/.test(t) && !/\d/.test(t) && GLUED_MENU.test(t) && t.split(/\s+/).length <= 12) return true;
  if (SEPARATED_MENU.test(t)) return true;
  return false;
}

/** A lone name line such as a byline ("Jason"): one or two capitalised words and nothing else. */
export function isBylineName(line: string, prev: string, next: string): boolean {
  const t = line.trim();
  if (!/^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)?$/u.test(t)) return false;
  // Bylines come near a "min read" line or are repeated (avatar alt text and name).
  return /min read|^updated|^published/i.test(next.trim()) || prev.trim() === t || next.trim() === t;
}
