import * as assert from 'node:assert';
import { oppositeWord, withChange } from './change';
import { extractFigures } from './extractFigures';

// Which way a figure's change goes (change.ts): read from the word next to it, or not at all.

describe('figures: the way a change goes', () => {
  const cases: Array<[text: string, figure: string, want: string | undefined]> = [
    ['Exports rose 5% in 2024.', '5%', 'up:rose'],
    ['Exports fell by about 5 percent.', 'about 5 percent', 'down:fell'],
    ['Shares were down 12% on Monday.', '12%', 'down:down'],
    ['Prices are up about 28% this year.', 'about 28%', 'up:up'],
    ['a 5% rise in output', '5%', 'up:rise'],
    ['prices 20% lower than a year ago', '20%', 'down:lower'],
    ['shipments running about 12% ahead of last season', 'about 12%', 'up:ahead'],
    ['sales 3% behind last year', '3%', 'down:behind'],
    ['Output increased 1.2 million tonnes.', '1.2 million tonnes', 'up:increased'],
    ['Prices have fallen by more than half since October.', 'more than half', 'down:fallen'],
    ['The index lost 3.5% and then gained 2%.', '2%', 'up:gained'],
    // The verb before its object and `by`: `cut interest rates by 25 basis points`.
    ['The ECB cut interest rates by 25 basis points.', '25 basis points', 'down:cut'],
    // A verb's present forms as well as its past (`expected to rebound 6.4%`, `plans to trim output by 5%`).
    ['USDA expects production to rebound 6.4% to 7.82 billion dozen in 2026.', '6.4%', 'up:rebound'],
    ['They plan to trim output by 5%.', '5%', 'down:trim'],
    // A word of how little between the change's word and its amount.
    ['Consumption is expected to grow by only 1.0% to 180.2 million tonnes.', '1.0%', 'up:grow'],
    ['Prices rose just 2% in May.', '2%', 'up:rose'],
    // A verb of change in any of its forms.
    ['the Southeast slipping 1.7% to 423.1 million tonnes', '1.7%', 'down:slipping'],
    ['Stocks are easing 2% a month.', '2%', 'down:easing'],
    // A change's noun past the stretch it is over.
    ['a 5% year-on-year increase in output', '5%', 'up:increase'],
    ['a 2% monthly decline', '2%', 'down:decline'],
    ['a 5% annual rate', '5%', undefined],
    // A market's words.
    ['Shares shed 4% on Monday.', '4%', 'down:shed'],
    ['Prices softened 1.5% and then firmed 2%.', '1.5%', 'down:softened'],
    ['Prices softened 1.5% and then firmed 2%.', '2%', 'up:firmed'],
    // A word of change a page broke at a line's end.
    ['production was 622.1 million kg, an in-\ncrease of 9.1 per cent', '9.1 per cent', 'up:in-\ncrease'],
    ['They cut output in Chile and Peru by 10%.', '10%', undefined],
    ['the plan, which rose, by 5%', '5%', undefined],
    // The same change restated after `or`, as wires give a price's move.
    ['Brent rose $1.20, or 1.5%, to $81.40 a barrel.', '1.5%', 'up:rose'],
    ['Brent rose $1.20, or 1.5%, to $81.40 a barrel.', '$81.40', undefined],
    ['output of 5 tonnes, or 2% of the total', '2%', undefined],
    // A level, not a change: `to`, `from`, `up to` before the figure.
    ['Exports fell to 25%.', '25%', undefined],
    ['Exports rose from 20% to 25%.', '20%', undefined],
    ['up to 20% of supply', 'up to 20%', undefined],
    // `up` or `down` that belongs to the verb before it.
    ['Ukrainian forces shot down 79 drones overnight.', '79 drones', undefined],
    ['3nm chips made up 32% of revenue.', '32%', undefined],
    ['Lithuanian Railways gave up some €90m a year in fees.', 'some €90m', undefined],
    ['The firm set up 5 plants.', '5 plants', undefined],
    ['Revenue was down 12% and output was up 3%.', '3%', 'up:up'],
    // A verb further away, or a year.
    ['Exports of magnets rose, with 5% going to Japan.', '5%', undefined],
    ['Exports rose in 2024.', '2024', undefined],
    ['production rose 5% to $10 billion', '$10 billion', undefined],
    // A comparative after the amount: `4.9% fewer than in 2023`, `20% less`, `5.6% more`.
    ['Japan exported 4,205,000 vehicles in 2024, 4.9% fewer than in 2023.', '4.9%', 'down:fewer'],
    ['a module costs 35% less than in the US', '35%', 'down:less'],
    ['Mexico built 5.6% more than in 2023.', '5.6%', 'up:more'],
    ['at 12% or less', '12% or less', undefined],
    // The verb left out of the second of two amounts: `and Colombia's 6.0%`.
    ["Ecuador's hydro output fell 12.9% and Colombia's 6.0%.", '6.0%', 'down:fell'],
    ["Sales rose 4%, while South Korea's 2%.", '2%', 'up:rose'],
    ['Exports rose 5% and account for 30% of GDP.', '30%', undefined],
    ['Output rose 5% and Chile holds 30%.', '30%', undefined],
    // A change's noun before `of`, after `a` (and an adjective); `growth of` alone.
    ['output of 4.368 million tonnes, a decline of 13.1% from 2022/23', '13.1%', 'down:decline'],
    ['a sharp increase of $2 billion', '$2 billion', 'up:increase'],
    ['annual growth of 3% in 2024', '3%', 'up:growth'],
    ['the rise of 5 countries in the ranking', '5 countries', undefined],
    // Deflation is prices falling, before or after its amount.
    ['Deflation reached 4.2% in February.', '4.2%', 'down:Deflation'],
    ['a 4.2% deflation', '4.2%', 'down:deflation'],
    ['inflation reached 4.2% in February', '4.2%', undefined],
    ['a rate of 5% a year', '5%', undefined],
    // A signed level at a change's end keeps its sign: no change of its own.
    ['it lifted its rate from -0.1% to 0.1%', '-0.1%', undefined],
    ['exports -5% on the year', '5%', 'down:-'],
  ];
  for (const [text, figure, want] of cases) {
    it(`${text} → ${figure}: ${want ?? 'no change'}`, () => {
      const f = extractFigures(text).find((x) => x.text === figure);
      assert.ok(f, `no figure ${figure}: ${extractFigures(text).map((x) => x.text)}`);
      assert.strictEqual(f.change && `${f.change.direction}:${f.change.word}`, want);
      if (f.change) assert.strictEqual(text.slice(f.change.span.start, f.change.span.end), f.change.word, 'the word where it stands');
    });
  }

  it('what a figure is `compared to` is its old level, and keeps its sign', () => {
    const [now, then] = extractFigures('was -2.6 per cent in March, compared to -4.2 per cent in February').filter((f) => f.kind === 'percent');
    assert.deepStrictEqual([now.low, now.change?.direction, now.end], [2.6, 'down', undefined]);
    assert.deepStrictEqual([then.low, then.change, then.end], [-4.2, undefined, 'from']);
  });

  it('a figure with its word of change, on the side it stands', () => {
    assert.deepStrictEqual(extractFigures('Exports fell by 5%, a 7% drop in value.').map(withChange), ['fell 5%', '7% drop']);
  });

  it('turns a word of change in its form and case, where it knows one', () => {
    assert.deepStrictEqual(['fell', 'Rose', 'UP', 'decline', 'slumped', 'trimmed'].map(oppositeWord), ['rose', 'Fell', 'DOWN', 'increase', 'rose', undefined]);
  });
});
