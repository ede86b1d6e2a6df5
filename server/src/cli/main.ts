import { promises as nodeFs } from 'node:fs';
import * as path from 'node:path';
import { Engine } from '../engine/engine';
import type { Diagnostic } from '../engine/types';
import { NodeFileSystem } from '../node/nodeFileSystem';
import { codeFingerprint, NodeIndexStore } from '../node/nodeIndexStore';
import { WorkerIndexer } from '../node/workerIndexer';
import { parseArgs, USAGE, type CliArgs } from './args';
import { findBriefings } from './findBriefings';
import { formatJson, formatSarif, formatText, summarise, type FileDiagnostics } from './formatters';

// `briefing check`: a thin shell over the engine, spec section 6.

const VERSION = '0.1.0';

/** Exit status 2 with a one-line reason. */
class UsageError extends Error {}

async function check(args: CliArgs, out: (s: string) => void): Promise<number> {
  const fs = new NodeFileSystem();
  const indexStore = args.cache !== undefined ? { store: new NodeIndexStore(path.resolve(args.cache)), fingerprint: codeFingerprint() } : undefined;
  const logger = process.env.BRIEFING_DEBUG ? { log: (m: string) => process.stderr.write(`briefing: ${m}\n`) } : undefined;
  const engine = new Engine({ fs, indexStore, logger, parallel: new WorkerIndexer({ log: logger?.log }) });
  const { files, missing } = await findBriefings(fs, args.paths.length > 0 ? args.paths : ['.']);
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  if (files.length === 0) throw new UsageError(`no briefings (*.brief, *.brief.md) in ${args.paths.join(', ') || 'the current folder'}`);
  if (args.sources !== undefined) {
    const stat = await fs.stat(path.resolve(args.sources));
    if (stat?.type !== 'directory') throw new UsageError(`the sources folder '${args.sources}' does not exist`);
  }
  const relative = (p: string): string => path.relative(process.cwd(), p) || '.';
  const options = {
    tolerance: args.tolerance,
    checkYears: args.checkYears,
    severity: args.severity,
    maxBriefingMB: args.maxBriefingMb,
    maxSourceFileMB: args.maxSourceMb,
  };
  const results: FileDiagnostics[] = [];
  const datasetFiles = new Map<string, Diagnostic[]>();
  const unreadable: string[] = [];
  for (const file of files) {
    const text = await nodeFs.readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) throw new UsageError(`cannot read ${relative(file)}`);
    const result = await engine.check({ path: file, text, defaultSources: path.resolve(args.sources ?? 'sources'), options: JSON.parse(JSON.stringify(options)) });
    if (result.skipped) process.stderr.write(`briefing: ${result.skipped}\n`);
    results.push({ path: relative(file), diagnostics: result.diagnostics });
    if (!result.skipped && result.dataset.sourceCount === 0) unreadable.push(`${relative(file)}: ${result.diagnostics[0]?.message ?? 'no sources'}`);
    for (const [p, ds] of engine.datasetDiagnostics(result.dataset, options)) datasetFiles.set(p, ds);
  }
  await engine.indexesStored();
  for (const [p, ds] of [...datasetFiles].sort(([a], [b]) => a.localeCompare(b))) results.push({ path: relative(p), diagnostics: ds });
  const summary = summarise(results, files.length);
  if (args.format === 'json') out(formatJson(results, summary, relative));
  else if (args.format === 'sarif') out(formatSarif(results, relative, VERSION));
  else out(formatText(results, summary));
  if (unreadable.length > 0) throw new UsageError(`unreadable or empty source dataset (${unreadable[0]})`);
  return summary.errors > 0 ? 1 : 0;
}

export async function main(argv: string[], out = (s: string) => process.stdout.write(s), err = (s: string) => process.stderr.write(s)): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      out(USAGE + '\n');
      return 0;
    case 'version':
      out(VERSION + '\n');
      return 0;
    case 'error':
      err(`briefing: ${command.message}\n${USAGE.split('\n')[0]}\n`);
      return 2;
    case 'check':
      try {
        return await check(command.args, out);
      } catch (e) {
        err(`briefing: ${e instanceof UsageError ? e.message : `internal error: ${(e as Error).stack ?? e}`}\n`);
        return 2;
      }
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
