import { Parser } from 'htmlparser2';
import { baseName, type FileText } from './fileText';
import { VisibleText } from './htmlText';
import type { LoadResult } from './loadResult';
import { type MetaValues, sourceMetaSchema, validDate } from './metadata';
import { blankNoise, isNoiseLine, normalizeLine } from './noise';

// An .html/.htm source: the page's visible text, without scripts, styles, navigation,
// forms and page chrome (by tag, role, or a class or id that names it: `most-read`). A <header>/<footer> inside <article> or <main> is kept: there it
// holds the headline and byline, not the site's menu. Metadata comes from the <head>
// (<title>, author, og:site_name, published date, canonical link); it is a guess, so a
// manifest entry wins over it. htmlparser2 never throws on malformed markup.

const SKIP = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'template', 'svg', 'math',
  'head', 'title', 'iframe', 'object', 'embed', 'canvas', 'button', 'select', 'textarea', 'dialog',
]);
const KEPT_IN_ARTICLE = new Set(['header', 'footer']);
/** Class names and ids of page chrome that news sites put in plain <div>s and <section>s
 * (`<section class="most-read">`): whole names only, so that `market-share` or
 * `comments-enabled` on an article's own box keeps it. Never on <article>, <main>, <body>. */
const CHROME_NAMES = new Set([
  'most-read', 'mostread', 'most-popular', 'mostpopular', 'most-viewed', 'popular', 'trending', 'related',
  'related-articles', 'related-stories', 'related-content', 'related-links', 'related-posts', 'recommended',
  'recommendations', 'more-stories', 'read-more', 'read-next', 'newsletter', 'newsletter-signup', 'subscribe',
  'paywall', 'social', 'social-share', 'social-links', 'share', 'share-buttons', 'share-bar', 'share-tools',
  'sharing', 'cookie-banner', 'cookie-consent', 'cookie-notice', 'cookies', 'consent', 'gdpr', 'advert',
  'advertisement', 'ad', 'ads', 'ad-slot', 'ad-container', 'sponsored', 'breadcrumb', 'breadcrumbs', 'comments',
  'comment-section', 'sidebar', 'promo', 'outbrain', 'taboola', 'popup', 'modal',
]);
const NEVER_CHROME = new Set(['article', 'main', 'body', 'html']);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const BOXES = new Set(['section', 'div', 'aside', 'ul', 'ol', 'nav']);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);
const PARAGRAPH_BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'main', 'ul', 'ol', 'dl', 'table',
  'pre', 'figure', 'hr', 'address', 'details',
]);
const LINE_BLOCKS = new Set(['div', 'li', 'tr', 'dt', 'dd', 'caption', 'figcaption', 'summary', 'center', 'fieldset', 'legend', 'header', 'footer']);

export function loadHtml(file: FileText): LoadResult {
  const visible = new VisibleText();
  const head: Record<string, string> = {};
  let titleText: string[] | undefined;
  let titleDone = false;
  const stack: Array<{ name: string; skip: boolean; skipRest?: boolean }> = [];
  let headingText: string[] | undefined;
  let skipDepth = 0;
  let preDepth = 0;
  let articleDepth = 0;

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const at = parser.startIndex;
        if (name === 'meta') readMeta(attribs, head);
        else if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? '') && attribs.href) head.canonical ??= attribs.href;
        if (name === 'title' && !titleDone && stackCount(stack, 'svg') === 0) titleText = [];
        const skip = skipDepth > 0 || isSkipped(name, attribs, articleDepth > 0);
        stack.push({ name, skip });
        if (skip) {
          skipDepth++;
          return;
        }
        if (name === 'article' || name === 'main') articleDepth++;
        if (name === 'pre') preDepth++;
        if (HEADINGS.has(name)) headingText = [];
        if (name === 'br') visible.hardBreak(at);
        else if (name === 'td' || name === 'th') visible.cellSeparator(at);
        else if (PARAGRAPH_BLOCKS.has(name)) visible.lineBreak(2, at);
        else if (LINE_BLOCKS.has(name)) visible.lineBreak(1, at);
      },
      ontext(data) {
        if (titleText) titleText.push(data);
        if (headingText && skipDepth === 0) headingText.push(data);
        if (skipDepth === 0) visible.text(data, parser.startIndex, preDepth > 0);
      },
      onclosetag(name) {
        const at = parser.startIndex;
        if (name === 'title' && titleText) {
          head.title ??= titleText.join('');
          titleText = undefined;
          titleDone = true;
        }
        const top = stack.pop();
        if (!top) return;
        if (top.skip) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (top.skipRest) skipDepth = Math.max(0, skipDepth - 1);
        if (HEADINGS.has(top.name) && headingText) {
          if (isChromeHeading(headingText.join(''))) skipRestOfBox(stack, () => skipDepth++);
          headingText = undefined;
        }
        if (top.name === 'article' || top.name === 'main') articleDepth--;
        if (top.name === 'pre') preDepth--;
        if (top.name === 'tr') visible.rowEnd(at);
        if (PARAGRAPH_BLOCKS.has(top.name)) visible.lineBreak(2, at);
        else if (LINE_BLOCKS.has(top.name)) visible.lineBreak(1, at);
      },
    },
    { decodeEntities: true },
  );
  try {
    parser.end(file.text);
  } catch {
    // htmlparser2 does not throw on markup; keep whatever was read if it ever does
  }
  const { text, map } = visible.finish(file.text.length);
  return {
    drafts: [
      {
        file,
        format: 'html',
        text: blankNoise(text),
        paragraphMode: 'lines',
        declared: {},
        found: foundMeta(head),
        defaultId: baseName(file.path),
        toFile: map.toFile.bind(map),
      },
    ],
    problems: [],
  };
}

function stackCount(stack: Array<{ name: string }>, name: string): number {
  let n = 0;
  for (const e of stack) if (e.name === name) n++;
  return n;
}

function isSkipped(name: string, attribs: Record<string, string>, inArticle: boolean): boolean {
  if (SKIP.has(name)) return !(inArticle && KEPT_IN_ARTICLE.has(name));
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  if (attribs.role && SKIP_ROLES.has(attribs.role.toLowerCase())) return true;
  if (!NEVER_CHROME.has(name) && (namesChrome(attribs.class) || namesChrome(attribs.id))) return true;
  return attribs.style !== undefined && /display\s*:\s*none/i.test(attribs.style);
}

/** A heading that is a noise line (`Most read`, `Related`, `Share`) or a `More from …`: the
 * rest of the box it heads is a list of links, whatever its class. (`More from` only as a
 * heading: a line of prose may start so.) */
function isChromeHeading(text: string): boolean {
  return isNoiseLine(text) || normalizeLine(text).startsWith('more from ');
}

/** Skips what is left of the box a chrome heading stands in: its nearest enclosing box that
 * is not the article itself. */
function skipRestOfBox(stack: Array<{ name: string; skip: boolean; skipRest?: boolean }>, skip: () => void): void {
  for (let i = stack.length - 1; i >= 0; i--) {
    const e = stack[i];
    if (NEVER_CHROME.has(e.name)) return;
    if (BOXES.has(e.name)) {
      if (!e.skipRest) {
        e.skipRest = true;
        skip();
      }
      return;
    }
  }
}

function namesChrome(names: string | undefined): boolean {
  if (!names) return false;
  for (const n of names.toLowerCase().split(/\s+/)) if (CHROME_NAMES.has(n)) return true;
  return false;
}

function readMeta(attribs: Record<string, string>, head: Record<string, string>): void {
  const key = (attribs.name ?? attribs.property ?? attribs.itemprop ?? '').toLowerCase();
  const content = attribs.content?.trim();
  if (!key || !content) return;
  const slot: Record<string, string> = {
    author: 'author',
    'article:author': 'author',
    'og:site_name': 'publisher',
    publisher: 'publisher',
    date: 'date',
    'article:published_time': 'date',
    datepublished: 'date',
    pubdate: 'date',
    'publish-date': 'date',
    'dc.date': 'date',
    'og:url': 'url',
    'og:title': 'ogTitle',
  };
  const name = slot[key];
  if (!name || head[name] !== undefined) return;
  if (name === 'author' && /^https?:/i.test(content)) return; // article:author is often a profile link
  head[name] = content;
}

/** What the head says, keeping only values that pass the metadata schema. */
function foundMeta(head: Record<string, string>): MetaValues {
  const raw: Record<string, string | undefined> = {
    title: head.title?.replace(/\s+/g, ' ').trim() || head.ogTitle,
    publisher: head.publisher,
    author: head.author,
    date: head.date ? validDate(head.date.slice(0, 10)) : undefined,
    url: head.canonical ?? head.url,
  };
  const meta: MetaValues = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const parsed = sourceMetaSchema.shape[key as keyof MetaValues].safeParse(value);
    if (parsed.success) (meta as Record<string, unknown>)[key] = parsed.data;
  }
  return meta;
}
