import { z } from 'zod';
import { DIAGNOSTIC_CODES } from '../engine/types';

// The `briefing.*` settings, read per document through workspace/configuration. This schema
// mirrors `contributes.configuration` in package.json; it validates and fills defaults.

export const settingsSchema = z.object({
  sources: z.string().min(1).default('sources'),
  severity: z.record(z.enum(DIAGNOSTIC_CODES), z.enum(['error', 'warning', 'information', 'hint', 'off'])).default({}),
  tolerance: z.number().min(0).max(1).default(0.05),
  checkYears: z.boolean().default(false),
  debounceMs: z.number().int().min(0).max(10_000).default(250),
  maxSourceFileMB: z.number().positive().max(1024).default(20),
  maxBriefingMB: z.number().positive().max(1024).default(5),
  /** Read by the client when it starts the server (initialization options). */
  indexCache: z.boolean().default(true),
});

/** What the client tells the server at start: whether the workspace is trusted, and the
 * folder for stored indexes (absent when `briefing.indexCache` is off). */
export const initializationOptionsSchema = z
  .object({
    trusted: z.boolean().default(true),
    indexCacheFolder: z.string().min(1).optional(),
  })
  .catch({ trusted: true });

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Settings with each invalid key replaced by its default, and a message per invalid key. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const input: Record<string, unknown> = raw && typeof raw === 'object' ? { ...(raw as Record<string, unknown>) } : {};
  delete input.trace;
  const problems: string[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    const parsed = settingsSchema.safeParse(input);
    if (parsed.success) return { settings: parsed.data, problems };
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      problems.push(`briefing.${issue.path.join('.')}: ${issue.message}; using the default.`);
      delete input[key];
    }
  }
  return { settings: DEFAULT_SETTINGS, problems };
}
