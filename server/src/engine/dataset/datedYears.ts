import { MONTHS } from '../figures/dates';
import type { Figure } from '../figures/types';
import type { Span } from '../types';

// A news source says `last year` and `this year` where an analyst writes the year: `up from
// $29.8bn last year` in a report of January 2025 says 2024. So with a day and month (`damaged
// on 24 February`, `cut on Feb. 2`) and `this month`: a page of March 2024 dates its `24
// February` to 2024 (one of January 2024 may mean the last or the next: none). Read from the
// source's date, such a year can back a claim's `in 2024` (`On 24 February 2024`), but never
// contradict one (`compareClaim`): a scraped page's date may be the day it was copied, not
// written. A month alone (`fell 16.2% in June`) is dated the same way, and a day of the week
// (`said on Thursday`).

const RELATIVE = /\b(last|this|next) (year|month)\b/gi;
const SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };
/** A month's name or abbreviation, capitalised, longest first. */
const MONTH = `(${[...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0].toUpperCase() + m.slice(1))
  .join('|')})`;
/** A day and a month with no year after them: `24 February`, `Feb. 2`, `April 3rd`. */
const DAY_MONTH = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\b\\.?|${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b)(?!,? ?\\d)(?!-)`, 'g');

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A day of the week, capitalised, not a name's (`Black Friday`, `Good Friday`). */
const WEEKDAY = /(?<!\b(?:Black|Good|Cyber|Super|Bloody|Ash|Easter|Palm|Holy)\s)\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!'s)/g;

/** A month alone after a word of time, with no day or year after it: `fell 16.2% in June`,
 * `forecast in February`, `since March`. */
const MONTH_ALONE = new RegExp(`(?<=\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]hrough|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?) ?)${MONTH}\\b(?!\\.? ?\\d)(?![.,]? ?\\d)(?!-)`, 'g');

/** A month alone at a sentence's start, before its verb: `October has been`, `May was`. */
const OPENING_MONTH = new RegExp(`^${MONTH}(?= (?:has|had|was|is|saw)\\b)`);

/** The years that `last year`, `this month`, `on 24 February` and the like name in
 * text[sentence], from `date` (YYYY-MM-DD), outside the spans of the sentence's figures. */
export function datedYears(text: string, sentence: Span, date: string | undefined, figures: readonly Figure[]): Figure[] {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  const month = date ? Number(date.slice(5, 7)) : NaN;
  if (!Number.isInteger(year) || !(month >= 1 && month <= 12)) return [];
  const out: Figure[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  const add = (m: RegExpExecArray, value: number, inMonth?: number): void => {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (figures.some((f) => f.span.start < span.end && span.start < f.span.end)) return;
    out.push({ kind: 'year', span, text: m[0], qualifier: 'exact', unit: 'year', low: value, high: value, precision: 1, dated: true, ...(inMonth ? { month: inMonth } : {}) });
  };
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(slice); m; m = RELATIVE.exec(slice)) {
    const shift = SHIFT[m[1].toLowerCase()];
    if (m[2].toLowerCase() === 'year') add(m, year + shift);
    else {
      const at = year * 12 + month - 1 + shift;
      add(m, Math.floor(at / 12), (at % 12) + 1);
    }
  }
  // A day of the week (`said on Thursday`, `announced Monday`): the last such day up to the
  // source's date, in its month (a wire dated 2024-02-09 says `Thursday` for 8 February).
  const day = date ? Number(date.slice(8, 10)) : NaN;
  if (day >= 1 && day <= 31) {
    WEEKDAY.lastIndex = 0;
    for (let m = WEEKDAY.exec(slice); m; m = WEEKDAY.exec(slice)) {
      const published = Date.UTC(year, month - 1, day);
      const back = (new Date(published).getUTCDay() - WEEKDAYS.indexOf(m[1].toLowerCase()) + 7) % 7;
      const then = new Date(published - back * 86_400_000);
      add(m, then.getUTCFullYear(), then.getUTCMonth() + 1);
    }
  }
  // Only a sentence with a digit has a day.
  if (!/\d/.test(slice)) return out;
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(slice); m; m = DAY_MONTH.exec(slice)) {
    const named = MONTHS.get((m[1] ?? m[2]).toLowerCase());
    // A month after the source's own may be of the year before or the coming one: neither.
    if (named && named <= month) add(m, year, named);
  }
  // A month that starts the sentence, what it says of it (`October has been the driest October`).
  const opening = OPENING_MONTH.exec(slice);
  const openingMonth = opening ? MONTHS.get(opening[1].toLowerCase()) : undefined;
  if (opening && openingMonth && openingMonth <= month) add(opening, year, openingMonth);
  MONTH_ALONE.lastIndex = 0;
  for (let m = MONTH_ALONE.exec(slice); m; m = MONTH_ALONE.exec(slice)) {
    const named = MONTHS.get(m[1].toLowerCase());
    if (named && named <= month && !out.some((o) => o.span.start <= sentence.start + m!.index && sentence.start + m!.index < o.span.end)) add(m, year, named);
  }
  return out;
}
