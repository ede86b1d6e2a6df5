import { z } from 'zod';
import { DIAGNOSTIC_CODES } from '../engine/types';

// Command-line arguments, validated like every other input from outside.

export const USAGE = `Usage: briefing check [PATHS...] [--sources DIR] [--format text|json|sarif]
                      [--tolerance N] [--check-years] [--severity CODE=LEVEL]...
                      [--max-briefing-mb N] [--max-source-mb N] [--cache DIR]

Checks every figure in the briefings (*.brief, *.brief.md) against their source dataset.
PATHS are briefing files or folders (default: the current folder). The dataset is the
front matter's \`sources\`, else --sources DIR, else ./sources.
--cache DIR keeps the dataset's index in DIR: the next run reads again only the source
files that changed.

Exit status: 0 no errors, 1 errors found, 2 bad usage or an unreadable dataset.`;

export const cliArgsSchema = z.object({
  paths: z.array(z.string()),
  sources: z.string().optional(),
  format: z.enum(['text', 'json', 'sarif']).default('text'),
  tolerance: z.coerce.number().min(0).max(1).optional(),
  checkYears: z.boolean().default(false),
  maxBriefingMb: z.coerce.number().positive().optional(),
  maxSourceMb: z.coerce.number().positive().optional(),
  cache: z.string().min(1).optional(),
  severity: z.record(z.enum(DIAGNOSTIC_CODES), z.enum(['error', 'warning', 'information', 'hint', 'off'])).default({}),
});

export type CliArgs = z.output<typeof cliArgsSchema>;

export type ParsedCommand = { kind: 'help' } | { kind: 'version' } | { kind: 'check'; args: CliArgs } | { kind: 'error'; message: string };

export function parseArgs(argv: string[]): ParsedCommand {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) return { kind: 'help' };
  if (argv.includes('--version')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'check') return { kind: 'error', message: `unknown command '${command}' (expected 'check')` };
  const raw: Record<string, unknown> = { paths: [], severity: {} };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? rest[++i];
    switch (flag) {
      case '--sources':
        raw.sources = value();
        break;
      case '--format':
        raw.format = value();
        break;
      case '--tolerance':
        raw.tolerance = value();
        break;
      case '--max-briefing-mb':
        raw.maxBriefingMb = value();
        break;
      case '--max-source-mb':
        raw.maxSourceMb = value();
        break;
      case '--cache':
        raw.cache = value();
        break;
      case '--check-years':
        raw.checkYears = true;
        break;
      case '--severity': {
        const v = value() ?? '';
        const eq = v.indexOf('=');
        if (eq < 0) return { kind: 'error', message: `--severity takes CODE=LEVEL, got '${v}'` };
        (raw.severity as Record<string, string>)[v.slice(0, eq)] = v.slice(eq + 1);
        break;
      }
      default:
        if (a.startsWith('-')) return { kind: 'error', message: `unknown option '${a}'` };
        (raw.paths as string[]).push(a);
    }
  }
  for (const k of ['sources', 'format', 'tolerance', 'cache'] as const) {
    if (k in raw && raw[k] === undefined) return { kind: 'error', message: `--${k} needs a value` };
  }
  const parsed = cliArgsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'error', message: `${issue.path.length ? `--${issue.path[0]}` : 'arguments'}: ${issue.message}` };
  }
  return { kind: 'check', args: parsed.data };
}
