/** The stretch of text being scanned: [start, end), and the floor that no look back may cross
 * (the end of the previous figure, or the start of the stretch). */
export interface Window {
  text: string;
  start: number;
  end: number;
  floor: number;
  /** Where counts that point back start (`the three cables`), when the caller asks. */
  pointingBack?: number[];
}

/** The character code at `i`, or NaN outside the window. */
export function charAt(w: Window, i: number): number {
  return i >= w.start && i < w.end ? w.text.charCodeAt(i) : NaN;
}
