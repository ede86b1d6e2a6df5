import * as assert from 'node:assert';
import { parseArgs, type ParsedCommand } from './args';

const check = (over: Record<string, unknown> = {}): ParsedCommand => ({
  kind: 'check',
  args: { paths: [], format: 'text', checkYears: false, severity: {}, ...over } as never,
});

describe('cli/args', () => {
  const ok: Array<[argv: string[], expected: ParsedCommand]> = [
    [[], { kind: 'help' }],
    [['--help'], { kind: 'help' }],
    [['check', '-h'], { kind: 'help' }],
    [['--version'], { kind: 'version' }],
    [['check'], check()],
    [['check', 'a.brief', 'briefs'], check({ paths: ['a.brief', 'briefs'] })],
    [['check', '--sources', 'data', 'a.brief'], check({ paths: ['a.brief'], sources: 'data' })],
    [['check', '--sources=data'], check({ sources: 'data' })],
    [['check', '--format', 'json'], check({ format: 'json' })],
    [['check', '--format=sarif'], check({ format: 'sarif' })],
    [['check', '--tolerance', '0.1'], check({ tolerance: 0.1 })],
    [['check', '--check-years'], check({ checkYears: true })],
    [
      ['check', '--severity', 'uncited-figure=off', '--severity=figure-mismatch=warning'],
      check({ severity: { 'uncited-figure': 'off', 'figure-mismatch': 'warning' } }),
    ],
  ];
  for (const [argv, expected] of ok) {
    it(`${JSON.stringify(argv)}`, () => assert.deepStrictEqual(parseArgs(argv), expected));
  }

  const errors: Array<[argv: string[], mentions: string]> = [
    [['lint'], "unknown command 'lint'"],
    [['check', '--frobnicate'], "unknown option '--frobnicate'"],
    [['check', '-x'], "unknown option '-x'"],
    [['check', '--format', 'xml'], '--format'],
    [['check', '--format'], '--format needs a value'],
    [['check', '--sources'], '--sources needs a value'],
    [['check', '--tolerance', 'lots'], '--tolerance'],
    [['check', '--tolerance', '2'], '--tolerance'],
    [['check', '--severity', 'uncited-figure'], 'CODE=LEVEL'],
    [['check', '--severity', 'no-such-code=off'], '--severity'],
    [['check', '--severity', 'uncited-figure=loud'], '--severity'],
  ];
  for (const [argv, mentions] of errors) {
    it(`${JSON.stringify(argv)} is an error`, () => {
      const r = parseArgs(argv);
      assert.strictEqual(r.kind, 'error');
      assert.ok(r.kind === 'error' && r.message.includes(mentions), JSON.stringify(r));
      assert.ok(r.kind === 'error' && !r.message.includes('\n'), 'one line');
    });
  }
});
