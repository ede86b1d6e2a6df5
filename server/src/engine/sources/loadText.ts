import type { SourceDraft } from './buildSource';
import { baseName, type FileText } from './fileText';
import { readFrontMatter } from './frontMatter';
import { draftFromJsonObject, pickText } from './loadJson';
import type { LoadResult } from './loadResult';
import { scanJson } from './jsonScan';
import { blankSpans, contentStart } from './lineScan';
import { blankNoise } from './noise';

// A .txt (or .md, see loadMarkdown) source: the file's text is the source, front matter
// blanked with spaces so that text offsets are file offsets and lines are the editor's.
// A body that is a scraped JSON blob (`{"title": …, "text": "…\n…"}`) is read as a JSON
// source instead: its text unescaped, its fields as metadata found in the file (front matter
// and the manifest win).

export function loadText(file: FileText, format: 'txt' | 'md' = 'txt'): LoadResult {
  const fm = readFrontMatter(file);
  const problems = fm ? [...fm.problems] : [];
  const text = fm ? blankSpans(file.text, [fm.span]) : file.text;
  const defaultId = baseName(file.path);

  const bodyStart = contentStart(text, fm ? fm.span.end : 0, text.length);
  if (text[bodyStart] === '{') {
    const scan = scanJson(file.text, bodyStart);
    if (scan.ok && scan.root.kind === 'object' && pickText(scan.root)) {
      const blob = draftFromJsonObject(file, scan.root, defaultId, format, false);
      const draft = blob.drafts[0];
      // The blob's fields are what a feed said of its article (its own id for it, `lnf-0417`),
      // as an HTML page's <meta> is: the manifest's entry for the file wins over them.
      draft.found = { ...draft.found, ...draft.declared };
      draft.declared = fm?.meta ?? {};
      draft.idSpan = fm?.idSpan;
      return { drafts: [draft], problems: [...problems, ...blob.problems] };
    }
  }

  const draft: SourceDraft = {
    file,
    format,
    text: blankNoise(text),
    paragraphMode: format === 'md' ? 'markdown' : 'lines',
    declared: fm?.meta ?? {},
    idSpan: fm?.idSpan,
    defaultId,
    markdownTitle: format === 'md',
  };
  return { drafts: [draft], problems };
}
