import * as assert from 'node:assert';
import { checkCases } from '../testing/cases';

// Options and directives: severity overrides, `off`, ignore directives, tolerance, years.

const IEA = `
--- /w/sources/iea.txt
Critical minerals outlook

China refines 90% of the world's rare earths.
Export controls on gallium began in 2023.
`;
const WRONG = `China refines 70% of the world's rare earths [@iea].`;

describe('check: severity overrides', () => {
  checkCases([
    {
      name: 'a code raised or lowered',
      options: { severity: { 'figure-mismatch': 'hint' } },
      fixture: `--- /w/b.brief\n${WRONG}\n${IEA}`,
      expect: ['figure-mismatch@70%'],
      then: (r) => assert.strictEqual(r.diagnostics[0].severity, 'hint'),
    },
    {
      name: 'off silences a code',
      options: { severity: { 'figure-mismatch': 'off' } },
      fixture: `--- /w/b.brief\n${WRONG}\n${IEA}`,
      expect: [],
    },
    {
      name: 'off silences only that code',
      options: { severity: { 'figure-not-in-source': 'off' } },
      fixture: `--- /w/b.brief\n${WRONG}\n${IEA}`,
      expect: ['figure-mismatch@70%'],
      then: (r) => assert.strictEqual(r.diagnostics[0].severity, 'error'),
    },
  ]);
});

describe('check: ignore directives', () => {
  checkCases([
    {
      name: 'ignore-next-line silences everything on the next line',
      fixture: `
        --- /w/b.brief
        <!-- briefing-ignore-next-line -->
        ${WRONG}

        Export controls on gallium began in 2021 [@iea].
        ${IEA}`,
      expect: ['figure-mismatch@2021'],
    },
    {
      name: 'ignore-next-line with codes silences only those',
      fixture: `
        --- /w/b.brief
        <!-- briefing-ignore-next-line uncited-figure figure-more-specific -->
        ${WRONG}
        ${IEA}`,
      expect: ['figure-mismatch@70%'],
    },
    {
      name: 'ignore-next-line with the code',
      fixture: `
        --- /w/b.brief
        <!-- briefing-ignore-next-line figure-mismatch -->
        ${WRONG}
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: ignore-next-line does not reach two lines down',
      fixture: `
        --- /w/b.brief
        <!-- briefing-ignore-next-line -->
        Nothing here.

        ${WRONG}
        ${IEA}`,
      expect: ['figure-mismatch@70%'],
    },
    {
      name: 'ignore-file with a code',
      fixture: `
        --- /w/b.brief
        <!-- briefing-ignore-file figure-mismatch -->
        ${WRONG}

        Cobalt output at the Kolwezi mines rose 30% last quarter.
        ${IEA}`,
      expect: ['uncited-figure@30%'],
    },
    {
      name: 'ignore-file with no code silences all',
      fixture: `
        --- /w/b.brief
        ${WRONG}

        <!-- briefing-ignore-file -->
        China refines 90% of the world's rare earths.
        ${IEA}`,
      expect: [],
    },
  ]);
});

describe('check: tolerance', () => {
  const ABOUT = `China refines about 85% of the world's rare earths [@iea].`;
  checkCases([
    {
      name: 'default 5%: about 85% is not 90%',
      fixture: `--- /w/b.brief\n${ABOUT}\n${IEA}`,
      expect: ['figure-mismatch@about 85%'],
    },
    {
      name: '10%: about 85% reaches 90%',
      options: { tolerance: 0.1 },
      fixture: `--- /w/b.brief\n${ABOUT}\n${IEA}`,
      absent: ['figure-mismatch'],
    },
    {
      name: 'tolerance does not widen an exact figure',
      options: { tolerance: 0.5 },
      fixture: `--- /w/b.brief\n${WRONG}\n${IEA}`,
      expect: ['figure-mismatch@70%'],
    },
  ]);
});

describe('check: years', () => {
  const YEAR = 'Export controls on gallium began in 2021.';
  checkCases([
    {
      name: 'an uncited year is not reported by default',
      fixture: `--- /w/b.brief\n${YEAR}\n${IEA}`,
      expect: [],
    },
    {
      name: 'checkYears reports it, with what the dataset says',
      options: { checkYears: true },
      fixture: `--- /w/b.brief\n${YEAR}\n${IEA}`,
      expect: ['uncited-figure@2021'],
    },
    {
      name: 'a cited year is checked like any figure',
      fixture: `--- /w/b.brief\nExport controls on gallium began in 2021 [@iea].\n${IEA}`,
      expect: ['figure-mismatch@2021'],
      fixes: [{ at: 'figure-mismatch@2021', result: 'Export controls on gallium began in 2023 [@iea].' }],
    },
  ]);
});
