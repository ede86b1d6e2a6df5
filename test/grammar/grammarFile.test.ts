// The grammar file itself: every rule reachable, every regex valid for Oniguruma, no
// backtracking blow-up on long lines. vscode-textmate compiles rules lazily, so a broken
// regex in a rule that no other test reaches would only show up in the editor.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { OnigScanner } from 'vscode-oniguruma';
import { INITIAL } from 'vscode-textmate';
import { loadGrammar } from './tokenize';

interface Rule {
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  patterns?: Rule[];
  repository?: Record<string, Rule>;
}

const grammarPath = path.resolve(__dirname, '..', '..', 'syntaxes', 'briefing.tmLanguage.json');
const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as Rule & { scopeName: string };

function* rules(rule: Rule): Generator<Rule> {
  yield rule;
  for (const child of rule.patterns ?? []) yield* rules(child);
  for (const child of Object.values(rule.repository ?? {})) yield* rules(child);
}

describe('grammar file', () => {
  it('is text.briefing', () => assert.strictEqual(grammar.scopeName, 'text.briefing'));

  it('every include names a repository rule, $self or source.yaml', () => {
    const keys = new Set(Object.keys(grammar.repository ?? {}));
    for (const rule of rules(grammar)) {
      if (!rule.include) continue;
      const ok = rule.include === '$self' || rule.include === 'source.yaml' || keys.has(rule.include.slice(1));
      assert.ok(ok, `unknown include ${rule.include}`);
    }
  });

  it('every repository rule is used', () => {
    const used = new Set([...rules(grammar)].flatMap((r) => (r.include?.startsWith('#') ? [r.include.slice(1)] : [])));
    const unused = Object.keys(grammar.repository ?? {}).filter((k) => !used.has(k));
    assert.deepStrictEqual(unused, []);
  });

  it('every regex compiles with Oniguruma', async () => {
    await loadGrammar(); // loads the wasm
    for (const rule of rules(grammar)) {
      for (const source of [rule.match, rule.begin, rule.end, rule.while]) {
        if (source === undefined) continue;
        // In end/while, \1 refers to the begin captures; vscode-textmate substitutes them.
        const compiled = source.replace(/\\(\d)/g, 'x');
        assert.doesNotThrow(() => new OnigScanner([compiled]).dispose(), `bad regex: ${source}`);
      }
    }
  });
});

describe('grammar performance', function () {
  this.timeout(60_000);
  const N = 50_000;
  // Each would take seconds or minutes with a backtracking regex; the budget is generous
  // so that a slow machine does not fail the test, and a quadratic pattern still does.
  const BUDGET_MS = 2_000;
  const lines: Record<string, string> = {
    digits: '1'.repeat(N),
    spaces: ' '.repeat(N) + 'x',
    'digits and spaces': '1 '.repeat(N / 2),
    'number groups': '1,000'.repeat(N / 5),
    decimals: '1.'.repeat(N / 2),
    'digits then a percent sign far away': '1' + ' '.repeat(N) + '%',
    ranges: '1-'.repeat(N / 2),
    'qualifier words': 'about '.repeat(N / 6),
    'qualifier then spaces': 'about' + ' '.repeat(N) + 'x',
    'between ... and': 'between 1 and '.repeat(N / 14),
    currency: '$1 '.repeat(N / 3),
    'number words': 'seven '.repeat(N / 6),
    years: '2025 '.repeat(N / 5),
    months: 'April '.repeat(N / 6),
    backticks: '`'.repeat(N),
    'unclosed emphasis': '*a _b '.repeat(N / 6),
    'unclosed quotes': '"a “b '.repeat(N / 6),
    'unclosed citation': '[@a' + ', '.repeat(N / 2),
    'citation key': '[@' + 'a-'.repeat(N / 2),
    'link targets': '](x "'.repeat(N / 5),
    'URL dots': 'http://' + '.'.repeat(N),
    'nested quotes': '>'.repeat(N),
    'heading hashes': '# a' + ' #'.repeat(N / 2) + 'x',
    'table pipes': '| '.repeat(N / 2),
    'thematic break': '- '.repeat(N / 2) + 'x',
    comments: '<!--'.repeat(N / 4),
  };
  for (const [name, line] of Object.entries(lines)) {
    it(name, async () => {
      const g = await loadGrammar();
      const started = performance.now();
      g.tokenizeLine(line, INITIAL);
      const ms = performance.now() - started;
      assert.ok(ms < BUDGET_MS, `${name}: ${ms.toFixed(0)} ms`);
    });
  }
});
