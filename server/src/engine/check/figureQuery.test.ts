import * as assert from 'node:assert';
import { partsOfYear } from './figureQuery';

describe('check/figureQuery: parts of a year', () => {
  it('names each part by the months from the year’s start it covers, or by its number', () => {
    assert.deepStrictEqual([...partsOfYear('in the first quarter')], ['m3']);
    assert.deepStrictEqual([...partsOfYear('in H1 and the first six months')], ['m6']);
    assert.deepStrictEqual([...partsOfYear('the second half, against Q3')], ['h2', 'q3']);
    assert.deepStrictEqual([...partsOfYear('in the first four months of 2025')], ['m4']);
    // Near miss: a half or a quarter of something else.
    assert.deepStrictEqual([...partsOfYear('about half of the first quarter-final')], []);
    assert.deepStrictEqual([...partsOfYear('a quarter of exports, half of it by rail')], []);
  });
});
