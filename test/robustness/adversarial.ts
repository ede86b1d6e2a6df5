import { Engine } from '../../server/src/engine/engine';
import { completionsAt, keyPrefixAt } from '../../server/src/engine/features/completion';
import { hoverAt } from '../../server/src/engine/features/hover';
import { definitionAt } from '../../server/src/engine/features/navigation';
import { extractFigures } from '../../server/src/engine/figures/extractFigures';
import { parseBriefing } from '../../server/src/engine/markup/parseBriefing';
import { tokenize } from '../../server/src/engine/context/terms';
import { loadDataset, loadSourceFile } from '../../server/src/engine/sources/loadDataset';
import { MemoryFileSystem } from '../../server/src/engine/workspace/memoryFileSystem';

// Adversarial inputs of about 100 KB: long runs of one character or of a short pattern,
// the shapes that make a backtracking regex or a rescanning loop super-linear.

const SIZE = 100_000;
const fill = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const UNITS = [
  '1', '1,', '1.', '1-', '1 ', '1%', '$1 ', '. ', '.', '-', '–', '%', ' ', '\t', '\n', '\r', '\n\n', '"', '“', "'", '[', ']', '[@', '[@a', '[@a;',
  '@', '<!--', '-->', '<', '`', '``', '|', '| ', '*', '_', '#', '# ', '> ', '- ', '1. ', 'a ', 'a', 'e.g. ', 'U.S.', 'A. ', 'para ', '\\',
  '\\n', ':', ': ', '{', '[{', '{"text":', 'about ', 'between 1 and ', '1 to ', 'seven ', 'the ', "it's ", 'a.b.', '\u00a0', '😀', '\ufffd',
];

/** Name and text of every adversarial input: each unit filled to 100 KB, then with a trailing 'x'. */
export function adversarialInputs(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const u of UNITS) {
    const name = JSON.stringify(u);
    out.push([`${name}×`, fill(u)]);
    out.push([`${name}×+x`, fill(u, SIZE - 1) + 'x']);
  }
  out.push(['digits in a sentence', `China has ${fill('1', SIZE - 40)}% of it [@a].`]);
  out.push(['digits with spaces between', fill('1 1,1.1-1 ')]);
  return out;
}

export interface Target {
  name: string;
  run(text: string): Promise<unknown> | unknown;
}

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const SOURCE = 'The October package brings 17 elements under licence; China holds 88% of refining.\n';

export function targets(): Target[] {
  return [
    { name: 'parseBriefing', run: (t) => parseBriefing(t) },
    { name: 'parseBriefing in front matter', run: (t) => parseBriefing(`---\ntitle: ${t}\nsources: [${t}]\n---\nBody.`) },
    { name: 'extractFigures', run: (t) => extractFigures(t) },
    { name: 'tokenize', run: (t) => tokenize(t, 0, t.length) },
    { name: 'keyPrefixAt', run: (t) => keyPrefixAt(t, t.length) },
    { name: 'load .txt', run: (t) => loadSourceFile('/s/a.txt', bytes(t)) },
    { name: 'load .md', run: (t) => loadSourceFile('/s/a.md', bytes(t)) },
    { name: 'load .md front matter', run: (t) => loadSourceFile('/s/a.md', bytes(`---\ntitle: ${t}\nid: ${t}\ndate: ${t}\n---\n${SOURCE}`)) },
    { name: 'load .txt front matter', run: (t) => loadSourceFile('/s/a.txt', bytes(`---\n${t}: x\n---\n${SOURCE}`)) },
    { name: 'load .json', run: (t) => loadSourceFile('/s/a.json', bytes(t)) },
    { name: 'load .json text', run: (t) => loadSourceFile('/s/a.json', bytes(JSON.stringify([{ id: 'a', title: t, text: t }]))) },
    { name: 'load .html', run: (t) => loadSourceFile('/s/a.html', bytes(t)) },
    { name: 'load .html wrapped', run: (t) => loadSourceFile('/s/a.html', bytes(`<html><head><title>${t}</title><meta name="author" content="${t}"></head><body><p style="${t}">${t}</p></body></html>`)) },
    {
      name: 'manifest',
      run: (t) => loadDataset(new MemoryFileSystem({ '/s/a.txt': SOURCE, '/s/sources.yaml': `- id: ${t}\n  file: ${t}\n  title: ${t}\n- file: a.txt\n  date: ${t}\n` }), '/s'),
    },
    {
      name: 'Engine.check briefing + features',
      run: async (t) => {
        const engine = new Engine({ fs: new MemoryFileSystem({ '/s/a.txt': SOURCE }) });
        const r = await engine.check({ path: '/b.brief', text: t, defaultSources: '/s' });
        for (const at of [0, t.length >> 1, t.length]) {
          hoverAt(r.report, r.dataset, at, 0.05);
          completionsAt(t, r.dataset, at, 0.05);
          definitionAt(r.report, at);
        }
      },
    },
    {
      name: 'Engine.check source',
      run: async (t) => {
        const engine = new Engine({ fs: new MemoryFileSystem({ '/s/a.txt': t, '/s/b.md': t, '/s/c.txt': SOURCE }) });
        await engine.check({ path: '/b.brief', text: 'China holds 88% of refining [@a]. It has 17 elements [@b; @c].', defaultSources: '/s' });
      },
    },
  ];
}
