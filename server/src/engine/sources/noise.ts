import type { Span } from '../types';
import { blankSpans, contentEnd, contentStart, forEachLine } from './lineScan';

// Scraped pages leave boilerplate lines in the text: share buttons, audio players, cookie
// notices, comment forms, a headline printed twice. They are blanked with spaces (never
// deleted, so offsets stay valid) and then count as blank lines. Only whole short lines
// match, so prose that merely contains "share" or "subscribe" is never touched.

/** Longest line (trimmed) that can be noise. */
const MAX_NOISE_LENGTH = 80;
/** Longest line that can be a repeated heading. */
const MAX_HEADING_LENGTH = 200;

/** Lines that are noise when they are exactly this (case-insensitive, trailing `:`, `.`, `…` ignored). */
export const NOISE_LINES: readonly string[] = [
  'share', 'share this', 'share this article', 'share this story', 'share this post', 'share this page',
  'share article', 'share on facebook', 'share on twitter', 'share on linkedin', 'share via email',
  'audio loading voice', 'loading voice', 'listen to this article', 'listen to article', 'listen',
  'play audio', 'advertisement', 'advertisement - scroll to continue', 'scroll to continue', 'sponsored',
  'sponsored content', 'ad', 'subscribe', 'subscribe now', 'subscribe to our newsletter',
  'sign up for our newsletter', 'sign up to our newsletter', 'sign up', 'sign in', 'log in', 'login',
  'newsletter', 'read more', 'see more', 'show more', 'load more', 'continue reading',
  'related', 'related articles', 'related stories', 'related content', 'more on this story',
  'recommended', 'recommended for you', 'most read', 'most popular', 'trending', 'copy link',
  'link copied', 'copied', 'print', 'print this article', 'follow us', 'follow us on', 'skip to content',
  'skip to main content', 'back to top', 'menu', 'toggle navigation',
  'leave a comment', 'leave a reply', 'post comment', 'post a comment', 'submit comment', 'comments',
  'show comments', 'view comments', 'your email address will not be published',
  'required fields are marked *', 'required fields are marked', 'accept all', 'accept cookies',
  'reject all', 'manage cookies', 'cookie settings', 'cookie policy', 'got it',
  'enlarge', 'enlarge this image', 'toggle caption', 'hide caption', 'gift this article',
  // Headings of link lists.
  'related news', 'more stories', 'more news', 'most viewed', 'trending now', 'popular', 'you may also like',
  'you might also like', 'read next', 'latest news', 'top stories', "editor's picks", 'editors’ picks', 'in other news',
];

/** Lines that are noise when they start with this (and are short). */
export const NOISE_PREFIXES: readonly string[] = [
  'share:', 'read more:', 'related:', 'see also:', 'more:', 'advertisement:', 'follow us on ', 'follow us:',
  'audio loading voice', 'listen to this article', 'we use cookies', 'this site uses cookies',
  'this website uses cookies', 'by continuing to use', 'by using this site', 'sign up for our newsletter',
  'subscribe to our newsletter', 'your email address will not be published', 'required fields are marked',
  'save my name, email', 'leave a reply', 'cancel reply', 'you must be logged in to post',
  'click here to subscribe', 'already a subscriber', 'copyright ©', '© copyright', 'all rights reserved',
];

/** Words of a share-button row (`Facebook Twitter LinkedIn Email`). */
const SOCIAL_WORDS = new Set([
  'share', 'shares', 'tweet', 'facebook', 'twitter', 'x', 'linkedin', 'email', 'e-mail', 'mail', 'whatsapp',
  'reddit', 'pinterest', 'telegram', 'messenger', 'flipboard', 'bluesky', 'mastodon', 'threads', 'tumblr',
  'xing', 'print', 'copy', 'link', 'copied', 'on', 'via', 'this', 'article', 'instagram', 'youtube', 'tiktok',
  'rss', 'sms', 'pocket', 'follow', 'us',
]);
const SOCIAL_NETWORKS = new Set([
  'facebook', 'twitter', 'x', 'linkedin', 'email', 'e-mail', 'whatsapp', 'reddit', 'pinterest', 'telegram',
  'messenger', 'flipboard', 'bluesky', 'mastodon', 'threads', 'tumblr', 'xing', 'instagram', 'youtube', 'tiktok',
]);

// As char codes: every short line of a dataset is looked at, and `'…'.includes(s[i])` per
// character was most of the cost.
const MARKUP_CODES = codesOf('#>-*+•_ \t');
const WORD_END_CODES = codesOf(' \t:,.|…!*_');

function codesOf(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

const NOISE_SET = new Set(NOISE_LINES);
/** The first word of every pattern: most lines are ruled out by a look at their first word. */
const FIRST_WORDS = new Set([...NOISE_LINES, ...NOISE_PREFIXES, ...SOCIAL_WORDS].map((p) => firstWord(p, 0)));

/** Lower case, markup and trailing punctuation stripped, spaces collapsed. */
export function normalizeLine(line: string): string {
  let s = line.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
  s = s.replace(/^(?:#{1,6} |> |[-*+•] )+/, '');
  s = s.replace(/^[*_]+|[*_]+$/g, '').trim();
  s = s.replace(/(?:\.\.\.|…)$/, '').trim();
  while (s.length > 0 && ':.!|'.includes(s[s.length - 1])) s = s.slice(0, -1).trimEnd();
  return s;
}

/** Whether one line (without its line break) is scraping noise. */
export function isNoiseLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length >= MAX_NOISE_LENGTH) return false;
  if (!FIRST_WORDS.has(firstWord(trimmed, 0))) return false;
  const norm = normalizeLine(trimmed);
  if (NOISE_SET.has(norm)) return true;
  for (const p of NOISE_PREFIXES) if (norm.startsWith(p)) return true;
  return isShareRow(norm);
}

/** The first word of `s` from `at`, lower case, after any Markdown markup. */
function firstWord(s: string, at: number): string {
  let i = at;
  while (i < s.length && MARKUP_CODES.has(s.charCodeAt(i))) i++;
  let j = i;
  while (j < s.length && !WORD_END_CODES.has(s.charCodeAt(j))) j++;
  return s.slice(i, j).toLowerCase();
}

function isShareRow(norm: string): boolean {
  const words = norm.split(/[\s|·•,/]+/).filter((w) => w.length > 0);
  if (words.length < 2) return false;
  let network = false;
  for (const w of words) {
    if (!SOCIAL_WORDS.has(w)) return false;
    if (SOCIAL_NETWORKS.has(w)) network = true;
  }
  return network;
}

/** The heading's words without Markdown markup and closing punctuation: `# Title` and `Title.` match. */
function headingCore(text: string, s: number, e: number): Span {
  while (s < e && HEAD_MARKUP.includes(text[s])) s++;
  while (e > s && TAIL_MARKUP.includes(text[e - 1])) e--;
  return { start: s, end: e };
}
const HEAD_MARKUP = '#>*_-+• \t';
const TAIL_MARKUP = '#*_.:!…| \t';

function sameHeading(text: string, a: Span, b: Span): boolean {
  const len = a.end - a.start;
  if (len === 0 || len !== b.end - b.start) return false;
  for (let k = 0; k < len; k++) {
    const x = text.charCodeAt(a.start + k);
    const y = text.charCodeAt(b.start + k);
    if (x === y) continue;
    if (x > 127 || y > 127) return text.slice(a.start, a.end).toLowerCase() === text.slice(b.start, b.end).toLowerCase();
    const lx = x | 0x20;
    if (lx !== (y | 0x20) || lx < 97 || lx > 122) return false;
  }
  return true;
}

/** The spans of the noise lines of `text` (content only, line breaks excluded). */
export function noiseSpans(text: string): Span[] {
  const spans: Span[] = [];
  // The previous non-blank, non-noise line, for the repeated-heading test.
  let prev: Span | undefined;
  forEachLine(text, (start, end) => {
    const s = contentStart(text, start, end);
    if (s === end) return;
    const e = contentEnd(text, s, end);
    if (e - s >= MAX_HEADING_LENGTH || text.charCodeAt(s) === 124 /* | table row */) {
      prev = undefined;
      return;
    }
    if (e - s < MAX_NOISE_LENGTH && isNoiseLine(text.slice(s, e))) {
      spans.push({ start: s, end: e });
      return;
    }
    const core = headingCore(text, s, e);
    if (prev && sameHeading(text, core, prev)) {
      spans.push({ start: s, end: e });
      return;
    }
    prev = core;
  });
  return spans;
}

/** `text` with its noise lines blanked by spaces. */
export function blankNoise(text: string): string {
  return blankSpans(text, noiseSpans(text));
}
