import type { Span } from '../types';
import { LineIndex } from '../text/lineIndex';
import type { BlockCache } from './blockCache';
import { blockSentences } from './blockSentences';
import * as chars from './chars';
import { scanBlocks, type Block } from './blocks';
import { parseDirective } from './directives';
import { parseFrontMatter } from './frontMatter';
import type { Briefing, IgnoreDirective, Sentence } from './types';

const { skipWhite } = chars;

/**
 * Parses a briefing, spec section 1. Total: any text gives a Briefing, and problems in
 * it (bad front matter) are data in `problems`. Linear in the length of the text.
 * `cache`: the blocks of the previous parse of the same document, for parsing as it is typed.
 */
export function parseBriefing(text: string, cache?: BlockCache): Briefing {
  const front = parseFrontMatter(text);
  const scan = scanBlocks(text, front.bodyStart);
  // Block quote markers inside a block read as white space, so that `>` never stands
  // between a full stop and the next sentence. Offsets are unchanged.
  const prose = blankMarkers(text, scan.blocks);
  const sentences: Sentence[] = [];
  const comments: Span[] = [...scan.comments];
  for (const block of scan.blocks) {
    if (!cache) {
      blockSentences(prose, block, sentences, comments);
      continue;
    }
    const parsed = cache.sentencesOf(prose, block, () => {
      const own = { sentences: [] as Sentence[], comments: [] as Span[] };
      blockSentences(prose, block, own.sentences, own.comments);
      return own;
    });
    for (const s of parsed.sentences) sentences.push(s);
    for (const c of parsed.comments) comments.push(c);
  }
  cache?.endParse();
  const briefing: Briefing = {
    text,
    sentences,
    headings: scan.headings,
    ignores: directives(text, comments),
    problems: front.problems,
  };
  if (front.frontMatter) briefing.frontMatter = front.frontMatter;
  return briefing;
}

function directives(text: string, comments: Span[]): IgnoreDirective[] {
  const out: IgnoreDirective[] = [];
  let lines: LineIndex | undefined;
  comments.sort((a, b) => a.start - b.start);
  for (const comment of comments) {
    if (!text.startsWith('briefing-ignore-', skipWhite(text, comment.start + 4, comment.end))) continue;
    lines ??= new LineIndex(text); // only built when a directive is there
    const directive = parseDirective(text, comment, lines);
    if (directive) out.push(directive);
  }
  return out;
}

function blankMarkers(text: string, blocks: readonly Block[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const block of blocks) {
    for (const m of block.markers) {
      parts.push(text.slice(last, m.start), ' '.repeat(m.end - m.start));
      last = m.end;
    }
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}
