import { check, none } from './expectFigures';

describe('extractFigures: qualifiers', () => {
  const cases: Array<[string, string]> = [
    ['about', 'approximate'], ['approximately', 'approximate'], ['approx.', 'approximate'], ['around', 'approximate'],
    ['roughly', 'approximate'], ['some', 'approximate'], ['an estimated', 'approximate'], ['estimated', 'approximate'],
    ['~', 'approximate'], ['circa', 'approximate'], ['c.', 'approximate'],
    ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'],
    ['over', 'more-than'], ['more than', 'more-than'], ['above', 'more-than'], ['exceeding', 'more-than'],
    ['in excess of', 'more-than'], ['upwards of', 'more-than'], ['>', 'more-than'],
    ['at least', 'at-least'], ['no less than', 'at-least'], ['>=', 'at-least'], ['≥', 'at-least'], ['a minimum of', 'at-least'],
    ['under', 'less-than'], ['less than', 'less-than'], ['below', 'less-than'], ['<', 'less-than'], ['fewer than', 'less-than'],
    ['up to', 'at-most'], ['at most', 'at-most'], ['no more than', 'at-most'], ['<=', 'at-most'], ['≤', 'at-most'],
    ['a maximum of', 'at-most'], ['as much as', 'at-most'], ['as many as', 'at-most'], ['as high as', 'at-most'],
    ['as little as', 'at-least'], ['as few as', 'at-least'], ['as low as', 'at-least'],
    ['smaller than', 'less-than'], ['lower than', 'less-than'], ['larger than', 'more-than'], ['higher than', 'more-than'],
    // Writers' words for about, nearly and more than.
    ['in the region of', 'approximate'], ['on the order of', 'approximate'], ['more or less', 'approximate'],
    ['shy of', 'nearly'], ['approaching', 'nearly'], ['north of', 'more-than'],
  ];
  for (const [words, qualifier] of cases) {
    it(`${words} X`, () => {
      check(`it took ${words} 40 mines in 2024`, [{ text: `${words} 40 mines`, qualifier: qualifier as never, low: 40 }, { text: '2024' }]);
    });
    it(`${words} X, capitalised`, () => {
      const capital = words[0].toUpperCase() + words.slice(1);
      check(`${capital} 15% of it`, [{ text: `${capital} 15%`, qualifier: qualifier as never }]);
    });
  }

  it('`over` after a verb of sharing is what an amount is spread across, no bound (`spread over 92 voyages`)', () => {
    check('3.07 million tonnes spread over 92 voyages', [{ text: '3.07 million tonnes' }, { text: '92 voyages', qualifier: 'exact' }]);
    check('it made over 92 voyages', [{ text: 'over 92 voyages', qualifier: 'more-than' }]);
  });

  it('takes the symbols glued to the number', () => {
    check('~15% and >90% and ≤5% and <3%', [
      { text: '~15%', qualifier: 'approximate' },
      { text: '>90%', qualifier: 'more-than' },
      { text: '≤5%', qualifier: 'at-most' },
      { text: '<3%', qualifier: 'less-than' },
    ]);
  });

  it('takes X+ and X-plus after the number', () => {
    check('100+ firms and 200-plus mines and 90%+ of it', [
      { text: '100+ firms', qualifier: 'more-than' },
      { text: '200-plus mines', qualifier: 'more-than' },
      { text: '90%+', qualifier: 'more-than' },
    ]);
  });

  it('takes `some` only right before a number', () => {
    check('some 60,000 tonnes', [{ text: 'some 60,000 tonnes', qualifier: 'approximate' }]);
    check('some of the 60,000 tonnes', [{ text: '60,000 tonnes', qualifier: 'exact' }]);
    check('some 2000 workers', [{ kind: 'count', text: 'some 2000 workers', qualifier: 'approximate' }]);
    check('in the 2030 scenarios', [{ kind: 'year', text: '2030', qualifier: 'exact' }]);
  });

  it('a bound after a negation in its clause is a limit: more than X is at most X, less than X at least X', () => {
    check("No single third country should supply more than 65% of the EU's consumption", [{ text: 'more than 65%', qualifier: 'at-most' }]);
    check("It isn't more than 40% of it", [{ text: 'more than 40%', qualifier: 'at-most' }]);
    check('China does not supply less than 5% of it', [{ text: 'less than 5%', qualifier: 'at-least' }]);
  });

  it('near miss: a negation in another clause, or after the bound, limits nothing', () => {
    check('Not only did exports rise, more than 65% went to China', [{ text: 'more than 65%', qualifier: 'more-than' }]);
    check('Exports rose more than 10% and no one noticed', [{ text: 'more than 10%', qualifier: 'more-than' }]);
    check('No fewer than 12 ships were hit', [{ text: 'No fewer than 12 ships', qualifier: 'at-least' }]);
    check('There is no doubt that more than 65% of it is refined in China', [{ text: 'more than 65%', qualifier: 'more-than' }]);
    check('Japan does not mine rare earths but imports more than 60% of them', [{ text: 'more than 60%', qualifier: 'more-than' }]);
    check('No country or bloc should supply more than 65% of it', [{ text: 'more than 65%', qualifier: 'at-most' }]);
    // A negated participle before the sentence's verb is a noun's (`the energy not served`).
    check('The energy not served has fallen by more than 90% since the peak', [{ text: 'more than 90%', qualifier: 'more-than' }]);
    check('The ministry is not expected to borrow more than 5% of it', [{ text: 'more than 5%', qualifier: 'at-most' }]);
  });

  it('does not take a qualifier across punctuation', () => {
    check('over, 15% of it', [{ text: '15%', qualifier: 'exact' }]);
    check('about. 15% of it', [{ text: '15%', qualifier: 'exact' }]);
  });

  it('is total on words that name Object properties', () => {
    none('5 constructor and twenty toString and 7 __proto__ and 3 hasOwnProperty');
    check('5 constructors', [{ text: '5 constructors', unit: 'constructor' }]);
  });
});
