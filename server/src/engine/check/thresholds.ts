// How similar two figures' contexts must be (0 to 1, see context/terms.ts `similarity`).

/** Enough to accept a source's figure that agrees with the claim as its backing. */
export const SUPPORT_SIMILARITY = 0.2;
/** Enough for a figure that agrees, in a source sentence that also states another figure of
 * the claim's sentence (of another unit, the very value): that tie says more than words. */
export const TIED_SIMILARITY = 0.1;
/** How much another source's disagreeing figure must come back to the claim in its own
 * words, for `conflicting-sources`: nothing but words ties it to the claim. */
export const OTHER_SOURCE_SIMILARITY = 0.3;
/** Enough to say a disagreeing figure speaks of the same thing (mismatch, conflicts). */
export const SAME_THING_SIMILARITY = 0.4;
/** A backing figure must be at least this fraction as similar as the most similar one. */
export const RELATIVE_SIMILARITY = 0.5;
/** Two sentences of one briefing, or two sources, tied by nothing but their words: a
 * higher bar, since a false conflict cries wolf on figures that are both right. */
export const CONFLICT_SIMILARITY = 0.5;
/** Two sentences of one briefing in nearly the same words: at odds over disagreeing figures
 * whatever their sources' words (`claimPairs.ts`). */
export const SAME_WORDS_SIMILARITY = 0.8;
/** A briefing figure restated in another sentence, one of the two from no source (uncited,
 * or not checked), at a value near the other's (`RESTATED_RATIO`): writers restate a figure
 * in their summary in other words, and get it a little wrong, so fewer shared words say it
 * is the same thing. Shares need more: a briefing holds many shares of other things. */
export const RESTATED_SIMILARITY = 0.15;
export const RESTATED_SHARE_SIMILARITY = 0.35;
/** How far apart (the larger nearest end over the smaller) a restated figure may be: an
 * amount restated from memory may be off by half or double (`C$2 billion` for a cited
 * `C$1.2bn`); a share less, since a briefing holds many shares of other things. */
export const RESTATED_RATIO = 2;
export const RESTATED_SHARE_RATIO = 1.5;
/** How much of a backed figure's source passage a restatement of it must come back to. */
export const RESTATED_BACKING = 0.1;
/** An event's date restated (`checkClaims.ts`): as many words shared as a year needs to be
 * about anything (`disagreesAbout`, less than `SAME_THING_SIMILARITY`), at most so many years
 * off. */
export const RESTATED_YEAR_SIMILARITY = 0.25;
export const RESTATED_YEARS_APART = 5;
