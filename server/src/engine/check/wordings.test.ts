import * as assert from 'node:assert';
import { checkCases, type CheckCase } from '../testing/cases';

// The wording of a figure against the wording of the source, through the whole check: one
// sentence pattern, the claim's figure and the source's figure changed.

type Outcome = 'supported' | 'figure-mismatch' | 'figure-more-specific' | 'figure-not-in-source';

function cases(pattern: string, rows: Array<[claim: string, source: string, outcome: Outcome]>): CheckCase[] {
  return rows.map(([claim, source, outcome]) => ({
    name: `'${claim}' where the source says '${source}': ${outcome}`,
    fixture: `
      --- /w/b.brief
      ${pattern.replace('#', claim)} [@src].
      --- /w/sources/src.txt
      Source

      ${pattern.replace('#', source)}.
    `,
    expect: outcome === 'supported' ? [] : [`${outcome}@${claim}`],
    // No diagnostic is also what a claim read as no figure gets: a supported row must have
    // been read, and found supported.
    then: (r) => {
      if (outcome !== 'supported') return;
      const verdicts = r.report.figures.map((f) => `${f.figure.text}: ${f.verdict.kind}`);
      assert.ok(verdicts.includes(`${claim}: supported`), `'${claim}' not read as a supported figure: ${JSON.stringify(verdicts)}`);
    },
  }));
}

describe('check: wordings (percent)', () => {
  checkCases(
    cases("China refines # of the world's rare earths", [
      ['80%', '80 percent', 'supported'],
      ['98 per cent', '98%', 'supported'],
      ['85–90%', '85-90%', 'supported'],
      ['60 to 70%', 'between 60 and 70%', 'supported'],
      ['over 80%', 'more than 80%', 'supported'],
      ['over 80%', '85%', 'supported'],
      ['over 80%', 'over 90%', 'supported'],
      ['over 90%', 'over 80%', 'figure-more-specific'],
      ['over 90%', '85%', 'figure-mismatch'],
      ['at least 90%', '95%', 'supported'],
      ['at least 90%', '85%', 'figure-mismatch'],
      ['under 50%', '40%', 'supported'],
      ['under 50%', '60%', 'figure-mismatch'],
      ['less than 50%', '50%', 'figure-mismatch'],
      ['up to 30%', '30%', 'supported'],
      ['nearly 90%', '89%', 'supported'],
      ['nearly 90%', '95%', 'figure-mismatch'],
      ['about 90%', '91%', 'supported'],
      ['roughly 90%', '80%', 'figure-mismatch'],
      ['~90%', '90%', 'supported'],
      ['91%', 'about 90%', 'figure-more-specific'],
      ['88%', '85–90%', 'figure-more-specific'],
      ['92%', '85–90%', 'figure-mismatch'],
      ['93%', 'over 90%', 'figure-more-specific'],
      ['89%', 'over 90%', 'figure-mismatch'],
      ['90.0%', '90%', 'supported'],
      ['90%', '90.4%', 'supported'],
    ]),
  );
});

describe('check: wordings (a share said as a ratio)', () => {
  checkCases(
    cases('Of all households, # rely on imported gas', [
      ['one in four', '25%', 'supported'],
      ['25%', 'one in four', 'supported'],
      ['two in three', '66%', 'supported'],
      ['three in 10', 'three out of 10', 'supported'],
      ['nearly one in three', '32%', 'supported'],
      // Read as a count of 10 households, both were 10: the wrong share passed.
      ['three in 10', 'four in 10', 'figure-mismatch'],
      ['one in four', '40%', 'figure-mismatch'],
      ['26%', 'one in four', 'figure-more-specific'],
      ['30%', 'one in four', 'figure-mismatch'],
    ]),
  );
});

describe('check: wordings (a share said as a fraction)', () => {
  checkCases(
    cases("China refines # of the world's cobalt", [
      ['two-thirds', '67%', 'supported'],
      ['67%', 'two-thirds', 'supported'],
      ['nearly half', '48%', 'supported'],
      ['about a third', 'one in three', 'supported'],
      ['over half', 'more than half', 'supported'],
      ['three quarters', '75 per cent', 'supported'],
      // Read as no figure, a wrong fraction passed unseen.
      ['half', '40%', 'figure-mismatch'],
      ['three-quarters', 'two-thirds', 'figure-mismatch'],
      ['a third', '60%', 'figure-mismatch'],
      ['50%', 'half', 'supported'],
      ['45%', 'half', 'figure-mismatch'],
    ]),
  );
});

describe('check: wordings (money, counts, quantities, years)', () => {
  checkCases([
    ...cases('The fund will invest # in battery plants', [
      ['$12 billion', 'USD 12 billion', 'supported'],
      ['US$1.2 trillion', '$1,200 billion', 'supported'],
      ['$1.5 billion', '$1.46 billion', 'supported'],
      ['$12bn', '$12 billion', 'supported'],
      ['$14 billion', '$12 billion', 'figure-mismatch'],
      ['€2.5bn', '€2.5 billion', 'supported'],
      ['£40m', '£40 million', 'supported'],
      ['£40m', '£45 million', 'figure-mismatch'],
      // A scale word broken at a line end read `$1.2`: a correct citation was a mismatch.
      ['$1.2 billion', '$1.2 bil-\nlion', 'supported'],
      ['$1.5 billion', '$1.2 bil-\nlion', 'figure-mismatch'],
      // A crown of no named nation is any nation's: the report's own pages say which.
      ['NOK 415 billion', '415 billion kroner', 'supported'],
      ['415 billion kroner', 'NOK 415 billion', 'supported'],
      ['DKK 4.1–4.6bn', '4.1 billion to 4.6 billion crowns', 'supported'],
      ['NOK 450 billion', '415 billion kroner', 'figure-mismatch'],
      // A bare `$` is any nation's dollar (an Australian outlet's `$15.8 million`); of another
      // amount it may be the US dollars beside it, and contradicts nothing.
      ['A$15.8 million', '$15.8 million', 'supported'],
      ['$15.8 million', 'C$15.8 million', 'supported'],
      ['A$15.8 million', '$10.4 million', 'figure-not-in-source'],
      ['A$15.8 million', 'US$15.8 million', 'figure-not-in-source'],
      ['A$15.8 million', 'C$15.8 million', 'figure-not-in-source'],
    ]),
    // Norway's crowns are not Denmark's: no statement of the figure at all.
    {
      name: "'NOK 415 billion' where the source says 'DKK 415 billion': figure-not-in-source",
      fixture: `
        --- /w/b.brief
        The fund will invest NOK 415 billion in battery plants [@src].
        --- /w/sources/src.txt
        Source

        The fund will invest DKK 415 billion in battery plants.
      `,
      expect: ['figure-not-in-source@NOK 415 billion'],
    },
    // A degree of no named scale is Celsius's or Fahrenheit's; of another value it
    // contradicts nothing. Celsius is never Fahrenheit.
    ...cases('The record was beaten by #', [
      ['1.6 degrees', '1.6C', 'supported'],
      ['1.6°C', '1.6 degrees Celsius', 'supported'],
      ['3 degrees', '1.6C', 'figure-not-in-source'],
      ['1.6°F', '1.6C', 'figure-not-in-source'],
      ['2.6°C', '1.6C', 'figure-mismatch'],
    ]),
    ...cases('The port handled # last year', [
      ['10.2 million TEU', '10.2m TEUs', 'supported'],
      ['10.2 million TEU', '10.2m TEU', 'supported'],
      ['11 million TEU', '10.2m TEU', 'figure-mismatch'],
    ]),
    ...cases('The coalition now counts #', [
      ['50 nations', '50 countries', 'supported'],
      ['a dozen members', '12 members', 'supported'],
      ['seven elements', '7 elements', 'supported'],
      ['seven elements', 'six elements', 'figure-mismatch'],
      ['over 40 nations', '50 nations', 'supported'],
      ['32 allies', '32 members', 'supported'],
    ]),
    ...cases('Pyongyang has deployed # to Kursk', [
      ['about 11,000 North Korean troops', 'some 11,000 North Korean soldiers', 'supported'],
      ['about 15,000 troops', 'some 11,000 soldiers', 'figure-mismatch'],
    ]),
    // (`$0` marks a fixture's cursor: the source writes the dollars as `USD`.)
    ...cases('Adjusted earnings were # per share in the quarter', [
      ['4 cents', 'USD 0.04', 'supported'],
      ['5 cents', 'USD 0.04', 'figure-mismatch'],
    ]),
    ...cases('The central bank paused after # in 2024', [
      ['six hikes', 'six consecutive increases', 'supported'],
      ['three cuts', 'three reductions', 'supported'],
      ['seven hikes', 'six consecutive increases', 'figure-mismatch'],
    ]),
    ...cases('Spain received a record # last year', [
      ['93.8 million foreign tourists', '93.8 million international visitors', 'supported'],
      ['more than 95 million foreign visitors', '93.8 million foreign tourists', 'figure-mismatch'],
    ]),
    ...cases('Since mid-December # have diverted around the Cape', [
      ['roughly 2,000 ships', 'about 2,000 vessels', 'supported'],
    ]),
    ...cases('In December the planemaker delivered just # to customers', [
      ['57 jets', '57 commercial airplanes', 'supported'],
      ['61 jets', '57 commercial airplanes', 'figure-mismatch'],
    ]),
    ...cases('The plant employs # at its site', [
      ['around 1,000 staff', 'about 1,000 people', 'supported'],
      ['about 1,000 employees', 'about 1,000 personnel', 'supported'],
      ['around 3,000 staff', 'about 1,000 people', 'figure-mismatch'],
    ]),
    ...cases('Washington restricted sales of # of chipmaking equipment', [
      ['24 kinds', '24 types', 'supported'],
      ['three categories', '3 types', 'supported'],
      ['30 kinds', '24 types', 'figure-mismatch'],
    ]),
    ...cases('The group now runs # in Europe', [
      ['three factories', '3 plants', 'supported'],
      ['four facilities', '3 plants', 'figure-mismatch'],
    ]),
    ...cases("This year # of NATO's 32 members will meet the spending target", [
      ['23', 'twenty-three', 'supported'],
      // The part was no figure: a wrong one passed unseen.
      ['25', 'twenty-three', 'figure-mismatch'],
    ]),
    ...cases('The mine ships # of concentrate a year', [
      ['60,000 tonnes', '60 kt', 'supported'],
      ['60,000 tonnes', '45,000 tonnes', 'figure-mismatch'],
      ['4.2 kt', '4,200 tonnes', 'supported'],
      // Read as `a million tonnes`, a correct figure was a mismatch.
      ['half a million tonnes', '500,000 tonnes', 'supported'],
      ['a quarter of a million tonnes', '250 kt', 'supported'],
      ['half a million tonnes', '800,000 tonnes', 'figure-mismatch'],
    ]),
    ...cases('The central bank cut its policy rate by #', [
      ['50 basis points', 'half a point, or 50 bps', 'supported'],
      ['0.5 percentage points', '50 basis points', 'supported'],
      // Read as no figure, a wrong change passed unseen.
      ['25 basis points', '50 basis points', 'figure-mismatch'],
    ]),
    ...cases('The fab makes chips at # node', [['14-nm', '14 nanometers', 'supported']]),
    ...cases('Export controls on gallium began in #', [
      ['2023', '2023', 'supported'],
      ['2021', '2023', 'figure-mismatch'],
      ['April 2025', 'April 2025', 'supported'],
    ]),
  ]);
});
