import type { LongTableResult } from './longTable';
import type { LspResult } from './lspSession';
import type { SelfTime } from './profile';
import type { Stats } from './stats';

// The benchmark's Markdown report: one column a size, and how each cost grows from the
// smallest size to the largest.

export interface SizeResult {
  size: number;
  megabytes: number;
  indexMs?: number;
  indexMBps?: number;
  /** Full-check time (ms) by briefing figure count. */
  checks: Record<number, number>;
  lsp?: LspResult;
  cliMs?: number;
  /** Writing the stored index after the cold index, and its size. */
  storeMs?: number;
  storeMB?: number;
  /** Ready from the stored index: nothing changed; one source file changed. */
  warmMs?: number;
  warmOneChangedMs?: number;
  /** The server started again on the stored index: open + first pull, and its peak memory. */
  lspWarm?: LspResult;
  /** The CLI with --cache, the index already stored. */
  cliWarmMs?: number;
  skipped?: string;
  /** 1-minute load average at the start and the end of the size's run: a busy machine inflates every time. */
  load?: [number, number];
}

interface Row {
  label: string;
  value: (r: SizeResult) => number | undefined;
  unit: string;
  /** Whether the growth ratio means something (not for throughput). */
  grows?: boolean;
}

const lspStat = (pick: (l: LspResult) => Stats, q: 'median' | 'p95') => (r: SizeResult) => (r.lsp ? pick(r.lsp)[q] : undefined);

function rows(figures: number[]): Row[] {
  return [
    { label: 'dataset size', value: (r) => r.megabytes, unit: 'MB' },
    { label: 'cold indexing (load + index)', value: (r) => r.indexMs, unit: 'ms', grows: true },
    { label: 'indexing throughput', value: (r) => r.indexMBps, unit: 'MB/s' },
    { label: 'storing the index (after the cold index)', value: (r) => r.storeMs, unit: 'ms', grows: true },
    { label: 'stored index size', value: (r) => r.storeMB, unit: 'MB', grows: true },
    { label: 'warm start: ready from the stored index', value: (r) => r.warmMs, unit: 'ms', grows: true },
    { label: 'warm start, one source file changed', value: (r) => r.warmOneChangedMs, unit: 'ms', grows: true },
    ...figures.map((n): Row => ({ label: `full check, ${n}-figure briefing (warm dataset)`, value: (r) => r.checks[n], unit: 'ms', grows: true })),
    { label: 'server: open + first pull (index + check)', value: (r) => r.lsp?.firstPullMs, unit: 'ms', grows: true },
    { label: 'server: edit → diagnostics, median', value: lspStat((l) => l.edit, 'median'), unit: 'ms', grows: true },
    { label: 'server: edit → diagnostics, p95', value: lspStat((l) => l.edit, 'p95'), unit: 'ms', grows: true },
    { label: 'server: hover, median', value: lspStat((l) => l.hover, 'median'), unit: 'ms', grows: true },
    { label: 'server: hover, p95', value: lspStat((l) => l.hover, 'p95'), unit: 'ms', grows: true },
    { label: 'server: completion after `[@`, median', value: lspStat((l) => l.completion, 'median'), unit: 'ms', grows: true },
    { label: 'server: completion after `[@`, p95', value: lspStat((l) => l.completion, 'p95'), unit: 'ms', grows: true },
    { label: 'server: code actions (uncited figure), median', value: lspStat((l) => l.codeAction, 'median'), unit: 'ms', grows: true },
    { label: 'server: code actions (uncited figure), p95', value: lspStat((l) => l.codeAction, 'p95'), unit: 'ms', grows: true },
    { label: 'server: peak RSS (VmHWM)', value: (r) => r.lsp?.peakRssMB, unit: 'MB', grows: true },
    { label: 'server: diagnostics on the briefing', value: (r) => r.lsp?.diagnostics, unit: '' },
    { label: 'server: diagnostics JSON sent after each edit', value: (r) => r.lsp?.diagnosticsKB, unit: 'KB' },
    { label: 'server, warm start: open + first pull', value: (r) => r.lspWarm?.firstPullMs, unit: 'ms', grows: true },
    { label: 'server, warm start: peak RSS (VmHWM)', value: (r) => r.lspWarm?.peakRssMB, unit: 'MB', grows: true },
    { label: 'CLI check, largest briefing (wall, incl. start-up)', value: (r) => r.cliMs, unit: 'ms', grows: true },
    { label: 'CLI check with --cache, index stored (wall)', value: (r) => r.cliWarmMs, unit: 'ms', grows: true },
  ];
}

const fmt = (v: number | undefined): string => (v === undefined || Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

export function renderTable(
  results: SizeResult[],
  options: { figures: number[]; quick: boolean; seed: number },
  profiles: Record<string, SelfTime[]>,
  tables: readonly LongTableResult[] = [],
): string {
  const first = results[0];
  const last = results[results.length - 1];
  const ratioHeader = first && last && first !== last ? `growth ${first.size}→${last.size}` : 'growth';
  const lines = [
    `# Briefing benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version}, seed ${options.seed}${options.quick ? ', quick' : ''})`,
    '',
    `| metric | unit | ${results.map((r) => `${r.size.toLocaleString('en-US')} sources`).join(' | ')} | ${ratioHeader} |`,
    `| --- | --- | ${results.map(() => '---:').join(' | ')} | ---: |`,
  ];
  for (const row of rows(options.figures)) {
    const values = results.map(row.value);
    const a = first ? row.value(first) : undefined;
    const b = last ? row.value(last) : undefined;
    const ratio = row.grows && a && b && first !== last ? `×${(b / a).toFixed(1)}` : '';
    lines.push(`| ${row.label} | ${row.unit} | ${values.map(fmt).join(' | ')} | ${ratio} |`);
  }
  if (first && last && first !== last) lines.push('', `Sources grow ×${(last.size / first.size).toFixed(0)} from the smallest size to the largest.`);
  for (const r of results) {
    if (r.load) lines.push('', `${r.size} sources: load average ${r.load[0].toFixed(1)} at the start, ${r.load[1].toFixed(1)} at the end.`);
    if (r.lsp) lines.push('', `${r.size} sources, server samples: ${r.lsp.edit.n} edits, ${r.lsp.hover.n} hovers, ${r.lsp.completion.n} completions, ${r.lsp.codeAction.n} code-action requests.`);
  }
  for (const r of results) if (r.skipped) lines.push('', `**${r.size} sources**: ${r.skipped}.`);
  if (tables.length > 0) {
    // Per thousand rows: flat where reading a table grows with its rows.
    lines.push('', "## One source's long table kept by spaces (figures found, in-process)", '', '| rows | figures | ms | ms per 1,000 rows |', '| ---: | ---: | ---: | ---: |');
    for (const t of tables) lines.push(`| ${t.rows.toLocaleString('en-US')} | ${t.figures.toLocaleString('en-US')} | ${fmt(t.ms)} | ${fmt((t.ms / t.rows) * 1000)} |`);
  }
  for (const [title, top] of Object.entries(profiles)) {
    lines.push('', `## Top self time: ${title}`, '', '| # | function (bundle:line) | self ms | % |', '| ---: | --- | ---: | ---: |');
    top.forEach((t, i) => lines.push(`| ${i + 1} | ${t.name.replace(/\|/g, '\\|')} | ${t.ms.toFixed(0)} | ${t.percent.toFixed(1)} |`));
  }
  return `${lines.join('\n')}\n`;
}
