// Loads the Briefing TextMate grammar with the same engine VS Code uses (vscode-textmate +
// the Oniguruma wasm), so the tests see exactly the scopes the editor will show.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = path.resolve(__dirname, '..', '..');
const GRAMMAR_PATH = path.join(root, 'syntaxes', 'briefing.tmLanguage.json');
// VS Code ships the real YAML grammar; node_modules does not, so the tests use a small stub.
const YAML_STUB_PATH = path.join(__dirname, 'fixtures', 'yaml.tmLanguage.json');

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= createGrammar();
  return grammarPromise;
}

async function createGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  // loadWASM returns the first call's promise when another test file has already loaded it.
  const onigLib = oniguruma.loadWASM({ data: wasm }).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  }));
  const files: Record<string, string> = { 'text.briefing': GRAMMAR_PATH, 'source.yaml': YAML_STUB_PATH };
  const registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const file = files[scopeName];
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
  });
  const grammar = await registry.loadGrammar('text.briefing');
  if (!grammar) throw new Error('text.briefing did not load');
  return grammar;
}

export interface Token {
  line: number;
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

export async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await loadGrammar();
  let state = vsctm.INITIAL;
  return text.split('\n').map((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({
      line,
      start: t.startIndex,
      end: Math.min(t.endIndex, lineText.length),
      text: lineText.slice(t.startIndex, t.endIndex),
      scopes: t.scopes,
    }));
  });
}

/**
 * `[substring, scopeFragment]`: every character of the first occurrence of `substring` in
 * the text carries a scope containing `scopeFragment`; `!fragment` asserts that none does.
 * An optional third element picks a later occurrence (0-based).
 */
export type Expectation = [substring: string, fragment: string, occurrence?: number];

export async function check(text: string, expectations: Expectation[]): Promise<void> {
  const lines = await tokenize(text);
  const lineStarts: number[] = [];
  let offset = 0;
  for (const lineText of text.split('\n')) {
    lineStarts.push(offset);
    offset += lineText.length + 1;
  }
  for (const [substring, fragment, occurrence = 0] of expectations) {
    const at = nthIndexOf(text, substring, occurrence);
    assert.ok(at >= 0, `"${substring}" (occurrence ${occurrence}) is not in the text`);
    const negate = fragment.startsWith('!');
    const wanted = negate ? fragment.slice(1) : fragment;
    for (let i = at; i < at + substring.length; i++) {
      if (text[i] === '\n') continue;
      const line = lastLineStartingAtOrBefore(lineStarts, i);
      const column = i - lineStarts[line];
      const token = lines[line].find((t) => t.start <= column && column < t.end);
      assert.ok(token, `no token at ${line}:${column}`);
      const has = token.scopes.some((s) => s.includes(wanted));
      assert.strictEqual(
        has,
        !negate,
        `"${substring}" at ${line}:${column} (${JSON.stringify(text[i])}) ${negate ? 'has' : 'lacks'} "${wanted}": ${token.scopes.join(' ')}`,
      );
    }
  }
}

function nthIndexOf(text: string, substring: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = text.indexOf(substring, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function lastLineStartingAtOrBefore(lineStarts: number[], offset: number): number {
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
  return line;
}
