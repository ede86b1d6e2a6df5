import * as assert from 'node:assert';
import { Engine } from '../engine';
import { fixture } from '../testing/fixture';
import { hoverAt } from './hover';

// Hovers through the facade, on a figure and on its citation.

describe('features: hover', () => {
  it('names a change said the other way with its words, on the figure and on the citation', async () => {
    const f = fixture(`
      --- /w/sources/customs.txt
      Customs bulletin

      Rare earth magnet exports rose 5% in March.
    `);
    const text = 'Rare earth magnet exports fell 5% in March [@customs].\n';
    const r = await new Engine({ fs: f.fs }).check({ path: '/w/b.brief', text, defaultSources: '/w/sources' });
    const onFigure = hoverAt(r.report, r.dataset, text.indexOf('5%'), 0.05)?.markdown ?? '';
    assert.match(onFigure, /^\*\*fell 5%\*\* — ✗ mismatch/);
    assert.match(onFigure, /customs says `rose 5%`/);
    const onCitation = hoverAt(r.report, r.dataset, text.indexOf('customs'), 0.05)?.markdown ?? '';
    assert.match(onCitation, /It contradicts `fell 5%`/);
  });

  it("bolds a table cell's number in the passage, where the figure takes its unit from the header", async () => {
    const f = fixture(`
      --- /w/sources/usgs.md
      # Cobalt mine production, 2023

      | Country | Mine production (tonnes) |
      | --- | ---: |
      | Russia | 8,800 |
    `);
    const text = 'Russia mined 9,800 tonnes of cobalt [@usgs].\n';
    const r = await new Engine({ fs: f.fs }).check({ path: '/w/b.brief', text, defaultSources: '/w/sources' });
    const hover = hoverAt(r.report, r.dataset, text.indexOf('9,800'), 0.05)?.markdown ?? '';
    assert.match(hover, /usgs says `8,800 tonnes`/);
    assert.match(hover, /> Russia — \*\*8,800\*\*/);
  });
});
