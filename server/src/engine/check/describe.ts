import { sentenceText, type SourceFigure } from '../dataset/sourceFigures';
import { oppositeChanges, withChange } from '../figures/change';
import { negativeBySign } from '../figures/compare';
import { otherMeasure } from '../figures/rates';
import type { Figure } from '../figures/types';

// Wording shared by diagnostics and hovers, so both say the same thing the same way.

const sentences = new WeakMap<SourceFigure, Map<number, string>>();

/** A source sentence, trimmed and collapsed to one line, cut to a readable length. */
export function sourceSentence(f: SourceFigure, max = 240): string {
  // Every check of a briefing quotes the same source sentences again: keep each once.
  let byMax = sentences.get(f);
  if (!byMax) sentences.set(f, (byMax = new Map()));
  let s = byMax.get(max);
  if (s === undefined) byMax.set(max, (s = quoteSentence(f, max)));
  return s;
}

function quoteSentence(f: SourceFigure, max: number): string {
  let s = sentenceText(f).replace(/\s+/g, ' ').trim();
  // A table row reads as its cells: `| Mining | 60-70% |` → `Mining — 60-70%`.
  if (s.startsWith('|')) s = s.replace(/^\|\s*|\s*\|$/g, '').replace(/\s*\|\s*/g, ' — ');
  if (s.length > max) {
    // Keep the figure in view.
    const at = f.figure.span.start - f.sentence.start;
    const from = Math.max(0, Math.min(at - max / 2, s.length - max));
    s = (from > 0 ? '…' : '') + s.slice(from, from + max).trim() + (from + max < s.length ? '…' : '');
  }
  return s;
}

export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}


/** A figure as a message or a hover names it beside `other`: with the word of its change
 * where the two go opposite ways, which is then what they disagree on (`fell 5%`, `rose 5%`),
 * or with its minus beside a figure with none (`-5.4%` beside a surplus's `5.4%`), and with
 * its measure where the two are prices per different ones (`VND 125,000 per kg`). */
export function figureWords(f: Figure, other: Figure): string {
  const words = oppositeChanges(f, other) || (negativeBySign(f) && !negativeBySign(other)) ? withChange(f) : f.text;
  return otherMeasure(f, other) ? withMeasure(f, words) : words;
}

/** A price's words with the measure it is per, unless they hold it (a table cell's
 * `US$640 per tonne`). */
export function withMeasure(f: Figure, words = f.text): string {
  if (f.per === undefined || words.endsWith(f.per)) return words;
  return f.per.startsWith('/') ? `${words}${f.per}` : `${words} ${f.per}`;
}
