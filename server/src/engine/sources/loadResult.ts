import type { SourceDraft } from './buildSource';
import type { SourceProblem } from './types';

/** What a loader gives back for one file: its sources (before the manifest) and problems. */
export interface LoadResult {
  drafts: SourceDraft[];
  problems: SourceProblem[];
}
