import * as assert from 'assert';
import { singularize } from './singularize';

describe('singularize', () => {
  const cases: Array<[string, string]> = [
    ['elements', 'element'], ['countries', 'country'], ['companies', 'company'], ['mines', 'mine'],
    ['processes', 'process'], ['nations', 'nation'], ['layers', 'layer'], ['announcements', 'announcement'],
    ['minerals', 'mineral'], ['people', 'person'], ['children', 'child'], ['women', 'woman'], ['buses', 'bus'],
    ['gases', 'gas'], ['viruses', 'virus'], ['causes', 'cause'], ['houses', 'house'], ['cases', 'case'],
    ['phases', 'phase'], ['uses', 'use'], ['abuses', 'abuse'], ['taxes', 'tax'], ['boxes', 'box'],
    ['churches', 'church'], ['niches', 'niche'], ['crashes', 'crash'], ['businesses', 'business'],
    ['potatoes', 'potato'], ['shoes', 'shoe'], ['movies', 'movie'], ['ties', 'tie'], ['analyses', 'analysis'],
    ['crises', 'crisis'], ['indices', 'index'], ['halves', 'half'], ['lives', 'life'], ['reserves', 'reserve'],
    ['archives', 'archive'], ['quizzes', 'quiz'], ['buzzes', 'buzz'], ['lenses', 'lens'], ['criteria', 'criterion'],
    ['series', 'series'], ['species', 'species'], ['aircraft', 'aircraft'], ['staff', 'staff'], ['data', 'data'],
    ['days', 'day'], ['keys', 'key'], ['plays', 'play'], ['tonnes', 'tonne'], ['dollars', 'dollar'],
    ['element', 'element'], ['process', 'process'], ['status', 'status'], ['analysis', 'analysis'],
    ['class', 'class'], ['is', 'is'], ['us', 'us'], ['areas', 'area'], ['ideas', 'idea'], ['ratios', 'ratio'],
    ['statuses', 'status'], ['bonuses', 'bonus'], ['campuses', 'campus'], ['purchases', 'purchase'],
  ];
  for (const [plural, singular] of cases) {
    it(`${plural} → ${singular}`, () => assert.strictEqual(singularize(plural), singular));
  }

  it('is total on odd input', () => {
    for (const w of ['', 's', 'ss', 'ies', 'es', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      assert.strictEqual(typeof singularize(w), 'string');
    }
    assert.strictEqual(singularize('constructor'), 'constructor');
  });
});
