// The date around a year: `April 2025`, `3 April 2025`, `April 3, 2025`, `2025-04-03`.

import { boundaryAt, boundaryBefore, gapBefore, isDigit, isUpper, lettersStart } from './chars';

/** Month names and their abbreviations, lower case. */
export const MONTHS = new Map(Object.entries({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}));

/** A capitalised month name (or abbreviation, perhaps with `.`) ending at `pos`. */
function monthBefore(text: string, pos: number, floor: number): { start: number; month: number } | undefined {
  const dot = pos > floor && text.charCodeAt(pos - 1) === 46;
  const e = dot ? pos - 1 : pos;
  const s = lettersStart(text, e, floor);
  if (s === e || e - s > 9 || !isUpper(text.charCodeAt(s)) || !boundaryBefore(text, s, floor)) return undefined;
  const lower = text.slice(s, e).toLowerCase();
  const month = MONTHS.get(lower);
  if (month === undefined || (dot && lower.length > 4)) return undefined;
  return { start: s, month };
}

/** A day of the month (`3`, `03`, `3rd`) ending at `pos`. */
function dayBefore(text: string, pos: number, floor: number): number {
  let e = pos;
  const s = lettersStart(text, e, floor);
  if (s < e) {
    const suffix = text.slice(s, e).toLowerCase();
    if (suffix !== 'st' && suffix !== 'nd' && suffix !== 'rd' && suffix !== 'th') return -1;
    e = s;
  }
  let d = e;
  while (d > floor && e - d < 3 && isDigit(text.charCodeAt(d - 1))) d--;
  if (d === e || e - d > 2 || !boundaryBefore(text, d, floor)) return -1;
  const day = Number(text.slice(d, e));
  return day >= 1 && day <= 31 ? d : -1;
}

export interface DateMark {
  start: number;
  month: number;
}

/** The month (and day) written before a year starting at `pos`. */
export function dateBefore(text: string, pos: number, floor: number): DateMark | undefined {
  const g = gapBefore(text, pos, floor);
  if (g < 0) return undefined;
  if (g > floor && text.charCodeAt(g - 1) === 44) {
    // April 3, 2025
    const day = dayBefore(text, g - 1, floor);
    const g2 = day >= 0 ? gapBefore(text, day, floor) : -1;
    const m = g2 >= 0 ? monthBefore(text, g2, floor) : undefined;
    return m ? { start: m.start, month: m.month } : undefined;
  }
  const m = monthBefore(text, g, floor);
  if (!m) return undefined;
  // 3 April 2025
  const g3 = gapBefore(text, m.start, floor);
  const day = g3 >= 0 ? dayBefore(text, g3, floor) : -1;
  return { start: day >= 0 ? day : m.start, month: m.month };
}

/** `-04-03` after a year ending at `pos` (an ISO date): its month and end. */
export function isoDateAfter(text: string, pos: number, end: number): { month: number; end: number } | undefined {
  if (pos + 6 > end || text.charCodeAt(pos) !== 45 || text.charCodeAt(pos + 3) !== 45) return undefined;
  for (const k of [1, 2, 4, 5]) if (!isDigit(text.charCodeAt(pos + k))) return undefined;
  if (!boundaryAt(text, pos + 6, end)) return undefined;
  const month = Number(text.slice(pos + 1, pos + 3));
  const day = Number(text.slice(pos + 4, pos + 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, end: pos + 6 } : undefined;
}
