import { pathToFileURL } from 'node:url';
import { othersAbout } from '../check/checkFigure';
import { figureWords, sourceSentence } from '../check/describe';
import type { BriefingReport, CitationReport, FigureReport } from '../check/report';
import type { Dataset } from '../dataset/dataset';
import type { SourceFigure } from '../dataset/sourceFigures';
import type { Source } from '../sources/types';
import type { Span } from '../types';
import { citationAt, figureAt } from './locate';

// Hovers, as Markdown: on a citation, the source and the passage behind the sentence;
// on a figure, its verdict, the passage and what other sources say.

export interface HoverResult {
  markdown: string;
  span: Span;
}

const escape = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** A source passage as a Markdown quote, with the figure in bold: its words, or its number
 * alone where the figure's words are not the passage's (a table cell's `8,800` under
 * `(tonnes)` is the figure `8,800 tonnes`). */
export function passage(f: SourceFigure): string {
  const text = sourceSentence(f, 400);
  const words = f.figure.text.replace(/\s+/g, ' ');
  const figure = text.includes(words) ? words : (/\d[\d,.]*/.exec(words)?.[0] ?? words);
  const at = text.indexOf(figure);
  if (at < 0) return `> ${escape(text)}`;
  return `> ${escape(text.slice(0, at))}**${escape(figure)}**${escape(text.slice(at + figure.length))}`;
}

function sourceLink(source: Source, line?: number): string {
  const uri = pathToFileURL(source.path).toString() + (line ? `#L${line}` : '');
  return `[${source.path.split('/').pop()}](${uri})`;
}

function sourceHeader(source: Source): string {
  const m = source.meta;
  const facts = [m.publisher, m.author, m.date, m.reliability ? `reliability ${m.reliability}` : undefined].filter(Boolean);
  return `**${m.title || m.id}**  \n\`@${m.id}\`${facts.length ? ` · ${facts.join(' · ')}` : ''} · ${sourceLink(source)}`;
}

function evidenceOf(f: FigureReport): SourceFigure | undefined {
  const v = f.verdict;
  return v.kind === 'supported' || v.kind === 'more-specific' || v.kind === 'mismatch' ? v.evidence : undefined;
}

const VERDICT_LABEL: Record<FigureReport['verdict']['kind'], string> = {
  supported: '✓ supported',
  'more-specific': '≈ more specific than the source',
  mismatch: '✗ mismatch',
  'not-in-source': '? not in the cited source',
  uncited: '! uncited',
  unchecked: 'not checked',
};

function citationHover(c: CitationReport, report: BriefingReport): string {
  if (c.sources.length === 0) {
    return `Unknown source \`@${c.citation.key}\`${c.suggestions.length ? ` — did you mean ${c.suggestions.map((s) => `\`${s}\``).join(', ')}?` : ''}`;
  }
  const parts: string[] = [];
  for (const source of c.sources) {
    parts.push(sourceHeader(source));
    if (c.citation.locator) parts.push(`Locator: ${c.citation.locator.text}`);
    const figures = report.figures.filter((f) => f.sentence === c.sentence);
    for (const f of figures) {
      const e = evidenceOf(f);
      if (e && e.source === source) {
        const how = f.verdict.kind === 'mismatch' ? 'contradicts' : 'supports';
        parts.push(`It ${how} \`${figureWords(f.figure, e.figure)}\` (line ${e.line}, ${sourceLink(source, e.line)}):\n\n${passage(e)}`);
      }
    }
  }
  return parts.join('\n\n');
}

function figureHover(f: FigureReport, dataset: Dataset, tolerance: number): string {
  const v = f.verdict;
  const e = evidenceOf(f);
  const parts = [`**${e ? figureWords(f.figure, e.figure) : f.figure.text}** — ${VERDICT_LABEL[v.kind]}`];
  if (e) parts.push(`${e.source.meta.id} says \`${figureWords(e.figure, f.figure)}\` (line ${e.line}):\n\n${passage(e)}`);
  if (v.kind === 'not-in-source' && v.elsewhere) parts.push(`Outside the locator, ${v.elsewhere.source.meta.id} para ${v.elsewhere.paragraph}:\n\n${passage(v.elsewhere)}`);
  if (v.kind === 'uncited' && v.supporters.length > 0) parts.push(`Cite: ${v.supporters.map((s) => `\`@${s.source.meta.id}\``).join(', ')}`);
  const shown = new Set([e?.source]);
  const others = othersAbout({ figure: f.figure, terms: f.terms, tolerance }, dataset).filter((o) => !shown.has(o.source));
  if (others.length > 0) {
    parts.push('Other sources on the same thing:\n\n' + others.map((o) => `- \`@${o.source.meta.id}\`: ${passage(o).slice(2)}`).join('\n'));
  }
  return parts.join('\n\n');
}

export function hoverAt(report: BriefingReport, dataset: Dataset, offset: number, tolerance: number): HoverResult | undefined {
  const c = citationAt(report, offset);
  if (c) return { markdown: citationHover(c, report), span: c.citation.keySpan };
  const f = figureAt(report, offset);
  if (f) return { markdown: figureHover(f, dataset, tolerance), span: f.figure.span };
  return undefined;
}
