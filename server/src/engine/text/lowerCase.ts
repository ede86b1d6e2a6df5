/**
 * `s.toLowerCase()`, found without lower-casing when there is nothing to change. A string cut
 * from a source that holds a `’` or a `—` is stored two bytes a character, and V8 lower-cases
 * such a string by its slow, general path even when it is all lower-case ASCII already.
 */
export function lowerCase(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
}
