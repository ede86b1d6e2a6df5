import type { Span } from '../types';
import type { LineIndex } from '../text/lineIndex';
import * as chars from './chars';
import type { IgnoreDirective } from './types';

const { isWhite, skipWhite, trimEnd } = chars;

// `<!-- briefing-ignore-next-line [codes] -->` and `<!-- briefing-ignore-file [codes] -->`.

const NEXT_LINE = 'briefing-ignore-next-line';
const FILE = 'briefing-ignore-file';

/** The directive an HTML comment (`<!--` to `-->` inclusive) holds, if any. */
export function parseDirective(text: string, comment: Span, lines: LineIndex): IgnoreDirective | undefined {
  const from = skipWhite(text, comment.start + 4, comment.end - 3);
  const to = trimEnd(text, from, comment.end - 3);
  const kind = keywordAt(text, from, to, NEXT_LINE) ? NEXT_LINE : keywordAt(text, from, to, FILE) ? FILE : undefined;
  if (!kind) return undefined;
  const codes = text
    .slice(from + kind.length, to)
    .split(/[\s,]+/)
    .filter((code) => code.length > 0);
  const directive: IgnoreDirective = { codes, span: { ...comment } };
  if (kind === NEXT_LINE) directive.line = nextContentLine(text, lines, lines.positionAt(comment.end).line);
  return directive;
}

function keywordAt(text: string, from: number, to: number, keyword: string): boolean {
  if (!text.startsWith(keyword, from)) return false;
  const after = from + keyword.length;
  return after === to || (after < to && isWhite(text.charCodeAt(after)));
}

/** The first line after `line` with content, skipping lines that hold only another
 * directive, so that stacked directives all apply to the line below them. */
function nextContentLine(text: string, lines: LineIndex, line: number): number {
  for (let l = line + 1; l < lines.lineCount; l++) {
    const start = skipWhite(text, lines.lineStart(l), lines.lineEnd(l));
    const end = lines.lineEnd(l);
    if (start >= end) continue;
    if (text.startsWith('<!--', start) && text.startsWith('-->', trimEnd(text, start, end) - 3)) {
      const inner = skipWhite(text, start + 4, end);
      if (text.startsWith('briefing-ignore-', inner)) continue;
    }
    return l;
  }
  return line + 1;
}
