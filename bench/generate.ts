import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FACT_KINDS, factSentence, fillerSentence, pick, subjectOf, wrongValue, type Fact, type Rng } from './prose';

// A deterministic synthetic source dataset in the style of examples/rare-earths: plain-text
// wire copy, Markdown with front matter, JSON archive exports and HTML pages, 2-8 KB of prose
// each with figures of every kind, plus briefings that cite them (mostly right, some wrong).

export interface Dataset {
  /** The workspace folder: briefings here, sources in `sources/`. */
  folder: string;
  sourcesDir: string;
  sourceCount: number;
  totalBytes: number;
  /** Briefing paths by figure count. */
  briefings: Map<number, string>;
}

/** mulberry32: small, fast, and the same on every machine. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const defaultCacheRoot = (): string => path.join(os.tmpdir(), 'briefing-bench');

const idOf = (i: number): string => `src-${String(i).padStart(6, '0')}`;
const PUBLISHERS = ['Global Wire Service', 'Metals Trade Review', 'Northline Newsfeed', 'Harbour Key Trust', 'Northgate Risk Advisory'];

interface GeneratedSource {
  id: string;
  title: string;
  date: string;
  paragraphs: string[];
  facts: Fact[];
}

function generateSource(rng: Rng, index: number): GeneratedSource {
  const target = 2048 + Math.floor(rng() * 6144);
  const paragraphs: string[] = [];
  const facts: Fact[] = [];
  let size = 0;
  const lead = subjectOf(rng);
  const title = `${lead.region} ${lead.commodity} ${lead.stage}: report ${index}`;
  while (size < target) {
    const sentences: string[] = [];
    const count = 3 + Math.floor(rng() * 4);
    for (let s = 0; s < count; s++) {
      if (rng() < 0.45) {
        const fact: Fact = { ...subjectOf(rng), kind: pick(rng, FACT_KINDS), value: 0, sourceId: idOf(index), wording: '', sentence: '' };
        factSentence(rng, fact);
        facts.push(fact);
        sentences.push(fact.sentence);
      } else sentences.push(fillerSentence(rng));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { id: idOf(index), title, date, paragraphs, facts };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlOf(s: GeneratedSource): string {
  const body = s.paragraphs.map((p) => `  <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(s.title)}</title>\n<script>window.dataLayer = []; var x = 2025 + 42;</script>\n<style>body{max-width:42em}</style>\n</head>\n<body>\n<nav><ul><li><a href="/">Home</a></li><li><a href="/events">Events 2025</a></li></ul></nav>\n<main><article>\n  <h1>${escapeHtml(s.title)}</h1>\n${body}\n</article></main>\n</body>\n</html>\n`;
}

function markdownOf(rng: Rng, s: GeneratedSource): string {
  const meta = `---\nid: ${s.id}\ntitle: "${s.title}"\npublisher: ${pick(rng, PUBLISHERS)}\ndate: ${s.date}\nreliability: ${pick(rng, ['A', 'B', 'C', 'D'])}\n---\n\n`;
  return `${meta}# ${s.title}\n\n${s.paragraphs.join('\n\n')}\n`;
}

/** Plain text: some hard-wrapped, some scraped (one paragraph a line, no blank lines). */
function textOf(rng: Rng, s: GeneratedSource): string {
  if (rng() < 0.5) return `${s.title}\n${s.paragraphs.join('\n')}\n`;
  const wrap = (p: string): string => {
    const lines: string[] = [];
    let line = '';
    for (const word of p.split(' ')) {
      if (line.length + word.length + 1 > 78 && line) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    return lines.join('\n');
  };
  return `${s.title.toUpperCase()}\n\n${s.paragraphs.map(wrap).join('\n\n')}\n`;
}

function writeSources(rng: Rng, sourcesDir: string, size: number): { facts: Fact[]; bytes: number } {
  const facts: Fact[] = [];
  let bytes = 0;
  let archive: GeneratedSource[] = [];
  let archiveCount = 0;
  const write = (name: string, text: string): void => {
    fs.writeFileSync(path.join(sourcesDir, name), text);
    bytes += Buffer.byteLength(text);
  };
  const flushArchive = (): void => {
    if (archive.length === 0) return;
    const items = archive.map((s) => ({ id: s.id, title: s.title, publisher: pick(rng, PUBLISHERS), date: s.date, text: `${s.title}\n${s.paragraphs.join('\n')}` }));
    write(`archive-${String(archiveCount++).padStart(4, '0')}.json`, JSON.stringify(items, null, 2));
    archive = [];
  };
  const manifest: string[] = [];
  for (let i = 0; i < size; i++) {
    const s = generateSource(rng, i);
    facts.push(...s.facts);
    const roll = rng();
    if (roll < 0.03) {
      archive.push(s);
      if (archive.length >= 10) flushArchive();
    } else if (roll < 0.05) {
      write(`${s.id}.html`, htmlOf(s));
      manifest.push(`- id: ${s.id}\n  file: ${s.id}.html\n  title: "${s.title}"\n  publisher: ${pick(rng, PUBLISHERS)}\n  date: ${s.date}\n  reliability: C`);
    } else if (roll < 0.25) write(`${s.id}.md`, markdownOf(rng, s));
    else write(`${s.id}.txt`, textOf(rng, s));
  }
  flushArchive();
  write('sources.yaml', `# Metadata for the HTML pages.\n${manifest.join('\n')}\n`);
  return { facts, bytes };
}

/** A briefing of `figures` figures: ~85% cited (of which ~12% wrong), the rest uncited. */
export function briefingText(rng: Rng, facts: Fact[], figures: number): string {
  const lines = ['---', `title: "Synthetic briefing, ${figures} figures"`, 'date: 2025-11-01', 'author: Bench desk', '---', '', `# Synthetic briefing (${figures} figures)`, ''];
  let paragraph: string[] = [];
  for (let i = 0; i < figures; i++) {
    if (i % 50 === 0) lines.push(`## Section ${i / 50 + 1}`, '');
    const fact = facts[Math.floor(rng() * facts.length)]!;
    const roll = rng();
    let sentence = fact.sentence.replace(/\.$/, '');
    if (roll < 0.1) sentence = sentence.replace(fact.wording, wrongValue(rng, fact));
    if (roll < 0.85) sentence += ` [@${fact.sourceId}].`;
    else sentence += '.';
    paragraph.push(sentence);
    if (paragraph.length >= 4 || i === figures - 1) {
      lines.push(paragraph.join(' '), '');
      paragraph = [];
    }
  }
  return lines.join('\n');
}

/** Generates (or reuses) the dataset of `size` sources for `seed` under `root`. */
export function generate(size: number, seed: number, briefingSizes: number[], root = defaultCacheRoot()): Dataset {
  const folder = path.join(root, `${size}-${seed}`);
  const sourcesDir = path.join(folder, 'sources');
  const stamp = path.join(folder, 'complete.json');
  const briefings = new Map(briefingSizes.map((n) => [n, path.join(folder, `brief-${n}.brief`)]));
  if (fs.existsSync(stamp)) {
    const done = JSON.parse(fs.readFileSync(stamp, 'utf8')) as { sourceCount: number; totalBytes: number };
    if ([...briefings.values()].every((p) => fs.existsSync(p))) return { folder, sourcesDir, ...done, briefings };
  }
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(sourcesDir, { recursive: true });
  const rng = mulberry32(seed);
  const { facts, bytes } = writeSources(rng, sourcesDir, size);
  for (const [n, p] of briefings) fs.writeFileSync(p, briefingText(mulberry32(seed * 31 + n), facts, n));
  fs.writeFileSync(stamp, JSON.stringify({ sourceCount: size, totalBytes: bytes }));
  return { folder, sourcesDir, sourceCount: size, totalBytes: bytes, briefings };
}
