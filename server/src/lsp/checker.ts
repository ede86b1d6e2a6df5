import * as path from 'node:path';
import type { CheckResult, Engine } from '../engine/engine';
import { rehearseTyping } from './rehearsal';
import type { Settings } from './settings';

// Checks open briefings: one result per document version, computed after the analyst
// pauses (debounce), shared by diagnostics, hovers, completion and code actions.

export interface Document {
  uri: string;
  path: string;
  version: number;
  text: string;
}

interface Entry {
  version: number;
  settingsKey: string;
  result: Promise<CheckResult>;
}

export class Checker {
  private readonly results = new Map<string, Entry>();
  /** Whether the edit path was rehearsed (`rehearsal.ts`): once a process is enough. */
  private rehearsed = false;

  constructor(
    private readonly engine: () => Engine,
    private readonly folderOf: (filePath: string) => string | undefined,
    private readonly onIndexing: (folders: string[]) => ((done: number, total: number) => void) | undefined,
    /** The editor's version of a document now: a rehearsal stops once it moves on. */
    private readonly versionOf: (uri: string) => number | undefined,
  ) {}

  /** The check of this version of the document, computed once. */
  check(doc: Document, settings: Settings): Promise<CheckResult> {
    const settingsKey = JSON.stringify(settings);
    const entry = this.results.get(doc.uri);
    if (entry && entry.version === doc.version && entry.settingsKey === settingsKey) return entry.result;
    const folder = this.folderOf(doc.path) ?? path.dirname(doc.path);
    const defaultSources = path.resolve(folder, settings.sources);
    const request = {
      path: doc.path,
      text: doc.text,
      defaultSources,
      options: { tolerance: settings.tolerance, checkYears: settings.checkYears, severity: settings.severity, maxBriefingMB: settings.maxBriefingMB, maxSourceFileMB: settings.maxSourceFileMB },
    };
    const engine = this.engine();
    const result = engine.check(request, this.onIndexing([defaultSources]));
    this.results.set(doc.uri, { version: doc.version, settingsKey, result });
    result.catch(() => this.results.delete(doc.uri));
    // Rehearsed on a briefing open in the editor, not one the workspace check read from disk.
    const isCurrent = (): boolean => this.versionOf(doc.uri) === doc.version;
    if (!this.rehearsed && isCurrent()) {
      this.rehearsed = true;
      void result.then((r) => (r.skipped ? undefined : rehearseTyping(engine, request, isCurrent))).catch(() => undefined);
    }
    return result;
  }

  /** The last result computed for the document, whatever its version (for quick answers). */
  latest(uri: string): Promise<CheckResult> | undefined {
    return this.results.get(uri)?.result;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  /** Sources or settings changed: every result must be computed again. */
  invalidate(): void {
    this.results.clear();
  }
}

/** Resolves after `ms`, or at once when `ms` is 0; rejects when cancelled. */
export function delay(ms: number, isCancelled: () => boolean): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (isCancelled() ? reject(new Error('cancelled')) : resolve()), ms);
    timer.unref?.();
  });
}
