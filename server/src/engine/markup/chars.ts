// Character classes used by the single-pass scanners of this folder. They take UTF-16 code
// units so that the scanners never build substrings to classify a character.

const UNICODE_LETTER = /\p{L}/u;
const UNICODE_UPPER = /[\p{Lu}\p{Lt}]/u;

export const LF = 10;
export const CR = 13;

export function isWhite(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === LF ||
    c === CR ||
    c === 11 ||
    c === 12 ||
    c === 0xa0 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x3000
  );
}

/** Space or tab: white space inside one line. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return UNICODE_LETTER.test(String.fromCharCode(c));
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UNICODE_UPPER.test(String.fromCharCode(c));
}

export function isLetterOrDigit(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** First offset in [from, to) that is not white space, or `to`. */
export function skipWhite(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isWhite(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last character in [from, to) that is not white space, or `from`. */
export function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isWhite(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Offset of `needle` in [from, to), or -1. Unlike indexOf it never looks past `to`, which
 * keeps repeated searches inside one line or block linear. */
export function indexWithin(text: string, needle: string, from: number, to: number): number {
  const first = needle.charCodeAt(0);
  const last = to - needle.length;
  for (let i = from; i <= last; i++) {
    if (text.charCodeAt(i) === first && text.startsWith(needle, i)) return i;
  }
  return -1;
}
