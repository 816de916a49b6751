/**
 * The side of a ballot a vote share is: "54.2% voting yes", "54.2 per cent of voters ... supported", "passed with
 * 53.4% in favour", "voted 54.3% to 45.7% to lower the voting age". A side's share is the ballot's own figure, as
 * its turnout is, whoever the sentence names.
 */

const YES = /^[^.;]{0,60}?\b(?:voting\s+yes|voted\s+yes|yes|in\s+favou?r|backed|backing|supported|supporting|approved|approving|endorsed|endorsing|cho(?:se|osing)\s+to\s+(?:remove|recall|approve|back|oust))\b/i;
const NO = /^[^.;]{0,60}?\b(?:voting\s+no|voted\s+no|no|against|rejected|rejecting|opposed|opposing|cho(?:se|osing)\s+to\s+(?:reject|keep|retain))\b/i;
/** "voted 54.3% to 45.7% to lower the voting age": the first share is for the proposal. */
const FOR_PROPOSAL = /^\s*to\s+[\d.]+\s*(?:%|per\s*cent|percent)\s+(?:to\s+\p{Ll}|in\s+favou?r)/iu;

/** "yes" or "no" from the words after a vote share, if they say. */
export function ballotSide(after: string): "yes" | "no" | undefined {
  if (FOR_PROPOSAL.test(after)) return "yes";
  // "56 percent of the vote against Dale Whitaker", "54% backed Okafor": a candidate's race, not a ballot's sides.
  const side = (re: RegExp) => {
    const m = re.exec(after);
    return m && !/^\s+(?:\p{Lu}|the\s+(?:incumbent|challenger|mayor|governor|senator)\b|(?:his|her|their)\s)/u.test(after.slice(m[0].length)) ? m : null;
  };
  const yes = side(YES);
  const no = side(NO);
  if (yes && (!no || yes[0].length < no[0].length)) return "yes";
  return no ? "no" : undefined;
}

/** "The Yes campaign won ... with 52.4% of the vote": a campaign named for a side is that side. */
export function sideNamed(subjectKey: string | undefined): "yes" | "no" | undefined {
  const m = /^(yes|no)(?:\s+(?:campaign|side|camp|vote))?$/.exec(subjectKey ?? "");
  return m ? (m[1] as "yes" | "no") : undefined;
}
