import { z } from 'zod';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from '../types';

// The options of a check: one zod schema that validates what comes from outside (editor
// settings, command-line flags) and fills the defaults.

const severityOrOff = z.enum(['error', 'warning', 'information', 'hint', 'off']);

export const checkOptionsSchema = z
  .object({
    /** Relative widening of approximate figures when testing for disagreement. */
    tolerance: z.number().min(0).max(1).default(0.05),
    /** Report uncited years too. */
    checkYears: z.boolean().default(false),
    /** Briefings longer than this (in MB of text) are not checked: a limit the user can raise. */
    maxBriefingMB: z.number().positive().max(1024).default(5),
    /** Source files larger than this (MB) are skipped with a problem naming them. */
    maxSourceFileMB: z.number().positive().max(1024).default(20),
    /** Per-code severity overrides. */
    severity: z.record(z.enum(DIAGNOSTIC_CODES), severityOrOff).default({}),
  })
  .strict();

export type CheckOptions = z.output<typeof checkOptionsSchema>;
export type SeverityOverride = Severity | 'off';

export const DEFAULT_CHECK_OPTIONS: CheckOptions = checkOptionsSchema.parse({});

export function severityOf(code: DiagnosticCode, options: CheckOptions, fallback: Severity): SeverityOverride {
  return options.severity[code] ?? fallback;
}
