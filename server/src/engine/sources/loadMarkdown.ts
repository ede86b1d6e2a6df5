import type { FileText } from './fileText';
import type { LoadResult } from './loadResult';
import { loadText } from './loadText';

// A .md source reads like a .txt one; what differs is downstream: its paragraphs are its
// blank-line-separated blocks, and a default title loses its heading `#`. Markdown is kept
// as written (tables stay one row a line), so that `line N` is the line the analyst sees.

export function loadMarkdown(file: FileText): LoadResult {
  return loadText(file, 'md');
}
