import * as assert from 'node:assert';
import { extractFigures } from '../figures/extractFigures';
import { recalledCounts } from './recalledCounts';

// `the three cables`: a count that points back, read in sources as one that backs and never
// contradicts.

describe('dataset/recalledCounts', () => {
  const counts = (text: string) => {
    const pointingBack: number[] = [];
    extractFigures(text, 0, text.length, [], pointingBack);
    return recalledCounts(text, { start: 0, end: text.length }, pointingBack).map((f) => [f.text, f.low, f.unit, f.recalled]);
  };

  it('reads a small number in words after `the`, `these` or `those`, over a line break too', () => {
    assert.deepStrictEqual(counts('Restoring the\nthree cables cut in the Red Sea took more than four months.'), [['three cables', 3, 'cable', true]]);
    assert.deepStrictEqual(counts('These two metals are refined in China.'), [['two metals', 2, 'metal', true]]);
  });

  it('near miss: no noun after it; a count already read (`three of the five mines`); digits', () => {
    assert.deepStrictEqual(counts('The three of them met in Geneva.'), []);
    assert.deepStrictEqual(counts('Three of the five mines closed.'), []);
    assert.deepStrictEqual(counts('The 27 member states agreed.'), []);
  });
});
