import * as assert from 'assert';
import { compareFigures } from './compare';
import { extractFigures } from './extractFigures';
import type { Agreement, Figure } from './types';

function one(text: string): Figure {
  const found = extractFigures(text);
  assert.strictEqual(found.length, 1, `${text}: ${JSON.stringify(found.map((f) => f.text))}`);
  return found[0];
}

describe('compareFigures', () => {
  const cases: Array<[string, string, Agreement | undefined]> = [
    // The spec's examples.
    ['93%', 'over 90%', 'looser'],
    ['88%', '85-90%', 'looser'],
    ['over 90%', '93%', 'supports'],
    ['85-90%', '85–90%', 'supports'],
    ['about 15%', '15.3%', 'supports'],
    ['60%', 'about 60%', 'supports'],
    ['about 60%', '60-70%', 'looser'],
    // Two rough figures: the claim's span covers the source's value, which says no more exactly.
    ['almost half', 'nearly 47%', 'supports'],
    ['nearly a fifth', 'nearly 19%', 'supports'],
    ['some 3 billion animals', 'nearly 3 billion animals', 'supports'],
    ['about 60%', 'nearly 55%', 'disagrees'],
    // Exact values, at the coarser precision.
    ['85%', '85.4%', 'supports'],
    ['85.4%', '85%', 'supports'],
    ['85%', '87%', 'disagrees'],
    ['80%', '83%', 'disagrees'],
    ['$1.5 billion', '$1.52 billion', 'supports'],
    ['$1.5 billion', '$1.6 billion', 'disagrees'],
    // A half rounds up, as people round it (32.15 / 0.1 is 321.4999… in floating point).
    ['32.2%', '32.15 per cent', 'supports'],
    ['32.1%', '32.15 per cent', 'disagrees'],
    ['60,000 tonnes', '60,400 tonnes', 'supports'],
    ['60,000 tonnes', '62,000 tonnes', 'disagrees'],
    ['60,000 tonnes', '60 kt', 'supports'],
    ['14 nm', '14 nanometres', 'supports'],
    ['seven elements', '17 elements', 'disagrees'],
    ['17 elements', 'seventeen elements', 'supports'],
    // Qualified values.
    ['70%', 'about 60%', 'disagrees'],
    ['62%', 'about 60%', 'supports'],
    ['about 60%', 'about 61%', 'supports'],
    ['about 15%', '18%', 'disagrees'],
    ['nearly 90%', '89%', 'supports'],
    ['nearly a third', '31%', 'supports'],
    ['close to half', 'about 45%', 'supports'],
    ['nearly 20%', 'about 19.5%', 'supports'],
    ['nearly 20%', 'about 21%', 'looser'],
    ['nearly 90%', '80%', 'disagrees'],
    // Approximate: the source's value rounded down to the claim's, within the tolerance.
    ['nearly 25%', '25.3%', 'supports'],
    ['nearly 25%', '26.5%', 'disagrees'],
    ['89%', 'nearly 90%', 'looser'],
    ['about 43 million square feet', 'about 4.0 million square metres', 'supports'],
    ['over 90%', '85%', 'disagrees'],
    // A bound against an approximate value: the value itself, not widened (spec section 2).
    ['more than 95%', 'about 98%', 'supports'],
    ['under $10 billion', 'about $9.7 billion', 'supports'],
    ['more than 95%', 'about 95%', 'looser'],
    ['more than 95%', 'about 90%', 'disagrees'],
    ['over 90%', 'at least 90%', 'looser'],
    ['at least 90%', 'over 90%', 'supports'],
    ['under 5%', '4.2%', 'supports'],
    ['under 5%', '6%', 'disagrees'],
    ['up to 30%', '30%', 'supports'],
    ['60-70%', '65%', 'supports'],
    ['60-70%', 'about 65%', 'supports'],
    ['60-70%', '75%', 'disagrees'],
    ['15%', '15-16%', 'looser'],
    ['90%', 'over 90%', 'disagrees'],
    ['less than 50%', '50%', 'disagrees'],
    ['more than 17 elements', '20 elements', 'supports'],
    ['$40-50 billion', '$45 billion', 'supports'],
    // A range that keeps an approximate range's ends, without its `around`.
    ['$350–360', 'around $350-$360', 'supports'],
    ['85-90%', 'about 85–90%', 'supports'],
    ['80-90%', 'about 85–90%', 'looser'],
    // Years.
    ['2035', '2035', 'supports'],
    ['2035', '2030', 'disagrees'],
    ['in April 2025', 'in May 2025', 'disagrees'],
    ['in April 2025', 'in 2025', 'supports'],
    ['2025', '2024-25', 'looser'],
    ['2023-24', '2024-25', 'disagrees'],
    ['2024–25', '2024-25', 'supports'],
    // A season written in full is that season (`2024-2025 (final)` over a column).
    ['2024-25', '2024-2025', 'supports'],
    ['2023-2024', '2024-2025', 'disagrees'],
    // The year to a month is the financial year it ends; a month alone is more specific.
    ['the year to June 2025', '2024-25', 'supports'],
    ['2024-25', 'the year to June 2025', 'supports'],
    ['June 2025', '2024-25', 'looser'],
    ['the year to June 2025', '2025-26', 'looser'],
    ['2023-24', '2023 to 2025', 'looser'],
    ['around 2030', '2031', 'supports'],
    // Changes: the way matters where both say it (change.ts).
    ['rose 5%', 'fell 5%', 'disagrees'],
    ['a 5% drop', 'up 5%', 'disagrees'],
    ['fell by about 5%', 'a 5% decline', 'supports'],
    ['rose 5%', '5%', 'supports'],
    ['5%', 'fell 5%', 'supports'],
    // A sign is a change the figure's own way: `-10%` fell 10%, and is below zero.
    ['fell 10%', '-10%', 'supports'],
    ['-10%', '10% lower', 'supports'],
    ['rose 10%', '-10%', 'disagrees'],
    ['up 5%', '+5%', 'supports'],
    ['0.3%', '-0.3%', 'disagrees'],
    ['-0.3%', '0.3%', 'disagrees'],
    // Bounds the other way from one number meet only there: they disagree.
    ['up to 4%', 'at least 4%', 'disagrees'],
    ['more than 4%', 'under 4%', 'disagrees'],
    ['up to 5%', 'at least 4%', 'looser'],
    // A fall in words against a level below zero, either way round: the fall is its size.
    ['contracted 3.1%', 'from -3.1%', 'supports'],
    ['from -3.1%', 'contracted 3.1%', 'supports'],
    ['contracted 3.1%', 'from -4.1%', 'disagrees'],
    // A level a change reached or left and a change's amount that differ: two measures.
    ['rose 3.1%', 'from -3.1%', undefined],
    ['shrank to about 53%', 'fall 14.2%', undefined],
    ['fall 14.2%', 'shrank to about 53%', undefined],
    ['shrank to about 53%', 'about 61%', 'disagrees'],
    // Or the same amount: a level reached is no change's amount, but for a rate, which may be both.
    ['rose to US$420 million', 'rose by US$420 million', undefined],
    ['rose by US$420 million', 'rose to US$420 million', undefined],
    ['rose to US$420 million', 'US$420 million', 'supports'],
    ['fallen to 1.5%', 'rose 1.5%', 'supports'],
    // A deficit is the size of a balance below zero; a surplus is not.
    ['a fiscal deficit of 3.6%', '-3.6%', 'supports'],
    ['a $20.8 billion deficit', '-$20.8 billion', 'supports'],
    ['a fiscal deficit of 3.6%', '-4.1%', 'disagrees'],
    ['a fiscal surplus of 3.6%', '-3.6%', 'disagrees'],
    // Prices per measures of one dimension, per the claim's; of two dimensions, never.
    ['VND 125 million a tonne', 'VND 125,000 per kg', 'supports'],
    ['VND 150 million a tonne', 'VND 125,000 per kg', 'disagrees'],
    ['about $9,260 a tonne', '$4.20 a pound', 'supports'],
    ['$4.20/lb', '$4.20 a pound', 'supports'],
    ['$640 a ton', 'US$640 per tonne', 'supports'],
    ['$2,000 per FEU', '$1,000 per TEU', 'supports'],
    ['$80 a barrel', '$80 a tonne', undefined],
    ['$80 a barrel', '$80', 'supports'],
    // Not comparable.
    ['15%', '$15 billion', undefined],
    ['$5 billion', '€5 billion', undefined],
    ['17 elements', '17 minerals', undefined],
    ['5 GW', '5 GWh', undefined],
  ];
  for (const [claim, source, want] of cases) {
    it(`${claim} against ${source}: ${want}`, () => assert.strictEqual(compareFigures(one(claim), one(source), 0.05), want));
  }

  it('uses the tolerance it is given', () => {
    assert.strictEqual(compareFigures(one('66%'), one('about 60%'), 0.05), 'disagrees');
    assert.strictEqual(compareFigures(one('66%'), one('about 60%'), 0.1), 'supports');
  });
});
