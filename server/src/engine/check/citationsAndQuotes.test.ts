import * as assert from 'node:assert';
import { checkCases } from '../testing/cases';

// unknown-source, quote-mismatch, quote-not-in-source, and locators.

const IEA = `
--- /w/sources/iea.txt
Critical minerals outlook

China refines 90% of the world's rare earths.
Supply chains for rare earth magnets remain highly concentrated in a single country.
`;

describe('check: unknown-source', () => {
  checkCases([
    {
      name: 'a mistyped key: the fix is the nearest key',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iae].
        ${IEA}`,
      expect: ['unknown-source@iae'],
      messages: [{ at: 'unknown-source@iae', contains: ['iae', 'iea'] }],
      fixes: [{ at: 'unknown-source@iae', result: "China refines 90% of the world's rare earths [@iea]." }],
      then: (r) => assert.strictEqual(r.diagnostics[0].severity, 'error'),
    },
    {
      name: 'the second key of a group, with a locator',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea; @usgs-2024, para 2].
        ${IEA}
        --- /w/sources/usgs-2025.txt
        Mineral commodity summaries

        China refines 90% of the world's rare earths.
      `,
      expect: ['unknown-source@usgs-2024'],
      fixes: [{ at: 'unknown-source@usgs-2024', result: "China refines 90% of the world's rare earths [@iea; @usgs-2025, para 2]." }],
    },
    {
      name: 'a key unlike any other: no fix',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@zzzzzzzz].
        ${IEA}`,
      expect: ['unknown-source@zzzzzzzz'],
      then: (r) => assert.deepStrictEqual(r.diagnostics[0].fixes, []),
    },
    {
      name: 'near miss: an e-mail address is not a citation',
      fixture: `
        --- /w/b.brief
        Write to desk@iae.org for the notes.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: a known key',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea].
        ${IEA}`,
      expect: [],
    },
  ]);
});

describe('check: quotations', () => {
  checkCases([
    {
      name: 'quote-mismatch: a close passage; the fix is the exact words',
      fixture: `
        --- /w/b.brief
        The agency warns that "supply chains for rare earth magnets are highly concentrated in one country" [@iea].
        ${IEA}`,
      expect: ['quote-mismatch@supply chains for rare earth magnets are highly concentrated in one country'],
      fixes: [
        {
          at: 'quote-mismatch@supply chains for rare earth magnets are highly concentrated in one country',
          result: 'The agency warns that "Supply chains for rare earth magnets remain highly concentrated in a single country" [@iea].',
        },
      ],
      then: (r) => {
        const d = r.diagnostics[0];
        assert.strictEqual(d.severity, 'error');
        assert.ok(d.message.includes('Supply chains for rare earth magnets remain highly concentrated in a single country'), d.message);
        assert.deepStrictEqual(d.related.map((x) => [x.path, x.range.start.line]), [['/w/sources/iea.txt', 3]]);
      },
    },
    {
      name: "a word a page broke at a line's end is one word (`pub-⏎lic`), its hyphens not counted",
      fixture: `
        --- /w/b.brief
        The Commission warns that "population ageing remains a key challenge for the long-term sustainability of public finances" [@ar].
        --- /w/sources/ar.txt
        The 2024 Ageing Report

        Population ageing remains a key challenge for the long-
        term sustainability of pub-
        lic finances in the EU.
      `,
      expect: [],
    },
    {
      name: 'an altered quotation with a figure in it is a quote-mismatch only, not a figure-mismatch too',
      fixture: `
        --- /w/b.brief
        The chief executive said the market "has been flooded for three years" [@wire].
        --- /w/sources/wire.txt
        Cobalt prices slump

        "We need to restore balance to a market that has been flooded for two years," the chief executive said.
      `,
      expect: ['quote-mismatch@has been flooded for three years'],
    },
    {
      name: 'a quotation with a word added is a quote-mismatch: the source holds the close passage',
      fixture: `
        --- /w/b.brief
        A senior official said "we cannot send water that we do not have" [@wire].
        --- /w/sources/wire.txt
        Water dispute

        "We cannot send water we do not have," a senior official told the agency.
      `,
      expect: ['quote-mismatch@we cannot send water that we do not have'],
    },
    {
      name: 'near miss: case, curly quotes, dashes and white space do not count',
      fixture: `
        --- /w/b.brief
        The agency warns that “Supply chains for rare earth magnets remain highly
        concentrated in a SINGLE country” [@iea].
        ${IEA}`,
      expect: [],
    },
    {
      name: 'quote-not-in-source: nothing close in the cited source',
      fixture: `
        --- /w/b.brief
        The agency expects that "the market for magnets will double by the end of the decade" [@iea].
        ${IEA}`,
      expect: ['quote-not-in-source@the market for magnets will double by the end of the decade'],
      then: (r) => assert.strictEqual(r.diagnostics[0].severity, 'warning'),
    },
    {
      name: 'near miss: two quoted words are not a quotation',
      fixture: `
        --- /w/b.brief
        The agency calls supply "highly fragile" [@iea].
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: a quotation in a sentence that cites nothing is not checked',
      fixture: `
        --- /w/b.brief
        Officials said "the market for magnets will double soon".
        ${IEA}`,
      expect: [],
    },
  ]);
});

describe('check: locators', () => {
  const PARAS = `
    --- /w/sources/iea.txt
    Critical minerals outlook

    China refines 90% of the world's rare earths.

    Japan holds strategic stockpiles of dysprosium.
    Its stockpile covers 60 days of demand.
  `;
  checkCases([
    {
      name: 'para N that holds the figure: supported',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea, para 2].
        ${PARAS}`,
      expect: [],
    },
    {
      name: 'para N that does not hold it: not in source, and where it is said',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea, para 3].
        ${PARAS}`,
      expect: ['figure-not-in-source@90%'],
      messages: [{ at: 'figure-not-in-source@90%', contains: ['para 3', 'para 2'] }],
    },
    {
      name: 'line N that holds the figure: supported',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea, line 3].
        ${PARAS}`,
      expect: [],
    },
    {
      name: 'line N that does not hold it',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea, line 5].
        ${PARAS}`,
      expect: ['figure-not-in-source@90%'],
    },
    {
      name: 'any other locator narrows nothing',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea, p. 4].
        ${PARAS}`,
      expect: [],
    },
    {
      name: 'narrowing turns a supported figure into a mismatch',
      fixture: `
        --- /w/b.brief
        China refines 85% of the world's rare earths [@iea, para 2].
        --- /w/sources/iea.txt
        Critical minerals outlook

        China refines 90% of the world's rare earths.

        A decade ago, China refined 85% of the world's rare earths.
      `,
      expect: ['figure-mismatch@85%'],
    },
    {
      name: 'the same claim without the locator is supported by the other paragraph',
      fixture: `
        --- /w/b.brief
        China refines 85% of the world's rare earths [@iea, para 3].
        --- /w/sources/iea.txt
        Critical minerals outlook

        China refines 90% of the world's rare earths.

        A decade ago, China refined 85% of the world's rare earths.
      `,
      absent: ['figure-mismatch', 'figure-not-in-source'],
    },
    {
      name: 'front matter of a source is not counted as a paragraph',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea, para 2].
        --- /w/sources/iea.md
        ---
        title: Critical minerals outlook
        publisher: IEA
        ---
        Critical minerals outlook

        China refines 90% of the world's rare earths.
      `,
      expect: [],
    },
  ]);
});
