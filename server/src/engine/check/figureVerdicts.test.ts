import * as assert from 'node:assert';
import { checkCases } from '../testing/cases';

// Figure verdicts through the facade: each figure code, once produced and once narrowly
// avoided, and the quick fixes applied to the text.

/** A table whose columns are years (`2024 …`, `2025 estimate …`). */
const NATO_TABLE = `
--- /w/sources/nato.md
# Defence spending

| Country | 2024 defence spending (% of GDP) | 2025 estimate (% of GDP) |
| --- | --- | --- |
| Poland | 4.1 | 4.5 |
| United States | 3.4 | 3.2 |
`;

const IEA = `
--- /w/sources/iea.txt
Critical minerals outlook

China refines 90% of the world's rare earths.
Japan holds strategic stockpiles of dysprosium.
`;


/** A claim of a change's new level, and a source that states it at `end` of its change beside
 * a level of another thing in more of the claim's words. */
/** A claim, and a weekly quote that states this week's price and a month back's. */
const shrimpQuotes = (claim: string): string => `
  --- /w/b.brief
  ${claim}
  --- /w/sources/q.txt
  Shrimp quotes

  Shrimp averaged $4.55 a pound in the week to 12 September, down from $4.90 a month earlier.
`;

const durianExports = (end: 'to' | 'from'): string => `
  --- /w/b.brief
  In the first half of the year total durian exports fell by about half, to roughly $1.1 billion [@gbtj].
  --- /w/sources/gbtj.txt
  Vietnam bets on frozen durian as fresh exports stall

  China approved imports of frozen durian from Vietnam in August 2024, and the trade has taken off: total frozen durian exports reached $180 million in the first half of 2025, nearly three times as much as a year earlier.

  Fresh exports have not recovered as quickly. Vietnam's total durian exports fell about 40% in the first half of 2025, ${end} roughly $1.1 billion, official figures show.
`;

describe('check: figure-mismatch', () => {
  checkCases([
    {
      name: 'a figure that disagrees with the cited source',
      fixture: `
        --- /w/b.brief
        China refines 70% of the world's rare earths [@iea].
        ${IEA}`,
      expect: ['figure-mismatch@70%'],
      messages: [{ at: 'figure-mismatch@70%', contains: ['iea', '90%', "China refines 90% of the world's rare earths."] }],
      fixes: [{ at: 'figure-mismatch@70%', result: `China refines 90% of the world's rare earths [@iea].` }],
      then: (r) => {
        const d = r.diagnostics[0];
        assert.strictEqual(d.severity, 'error');
        assert.strictEqual(d.related.length, 1);
        assert.strictEqual(d.related[0].path, '/w/sources/iea.txt');
        assert.strictEqual(d.related[0].range.start.line, 2, 'related: the source line that states 90%');
      },
    },
    {
      name: 'a figure of weeks or months back (`down from $4.90 a month earlier`) backs no figure of its sentence’s own time',
      fixture: shrimpQuotes('Shrimp averaged $4.90 a pound in the week to 12 September [@q].'),
      expect: ['figure-mismatch@$4.90'],
    },
    {
      name: 'near miss: a figure of a month back backs the same, said a month back',
      fixture: shrimpQuotes('Shrimp averaged $4.55 a pound in the week to 12 September, down from $4.90 a month earlier [@q].'),
      expect: [],
    },
    {
      name: 'near miss: a rate before what is taken off it (`a month before tax`) is no figure of a month back',
      fixture: `
        --- /w/b.brief
        Average pay underground is around PLN 13,000 a month [@blog].
        --- /w/sources/blog.txt
        Average pay underground is around 13,000 zlotys a month before tax, not the fortune people imagine.
      `,
      expect: [],
    },
    {
      name: "an amount per another time is compared per the claim's (`about 500 tonnes a month` is `about 6,000 tonnes a year`); its fix writes the source's time",
      fixture: `
        --- /w/b.brief
        The Noxon smelter is to expand to about 6,000 tonnes a year [@mj].
        The Sohar smelter will make 3,000 tonnes a year [@mj].
        --- /w/sources/mj.txt
        Smelter plans

        Montana Antimony plans to expand its Noxon smelter to about 500 tonnes a month of antimony metal.
        The Sohar smelter will make 150 tonnes a month.
      `,
      expect: ['figure-mismatch@3,000 tonnes'],
      messages: [{ at: 'figure-mismatch@3,000 tonnes', contains: ["'150 tonnes a month'"] }],
      fixes: [
        {
          at: 'figure-mismatch@3,000 tonnes',
          result: `
            The Noxon smelter is to expand to about 6,000 tonnes a year [@mj].
            The Sohar smelter will make 150 tonnes a month [@mj].`,
        },
      ],
    },
    {
      name: "a price per another measure of one dimension is compared per the claim's; its fix writes the source's measure",
      fixture: `
        --- /w/b.brief
        Robusta traded at VND 150 million a tonne in the Central Highlands [@wire].
        Arabica rose to about $9,260 a tonne in New York [@wire].
        --- /w/sources/wire.txt
        Coffee prices climb

        Robusta traded at VND 125,000 per kg in the Central Highlands on Monday.
        Arabica rose to $4.20 a pound in New York.
      `,
      expect: ['figure-mismatch@VND 150 million'],
      messages: [{ at: 'figure-mismatch@VND 150 million', contains: ["'VND 150 million a tonne' disagrees", "says 'VND 125,000 per kg'"] }],
      fixes: [
        {
          at: 'figure-mismatch@VND 150 million',
          result: `
            Robusta traded at VND 125,000 per kg in the Central Highlands [@wire].
            Arabica rose to about $9,260 a tonne in New York [@wire].`,
        },
      ],
    },
    {
      name: "the very value dated by the claim's very month and year backs it over a figure that shares more words",
      fixture: `
        --- /w/b.brief
        Monthly inflation was 2.8% in December 2025 [@indec].
        --- /w/sources/indec.txt
        Inflation release

        Consumer prices in Argentina rose 2.8% in December 2025 from November, the agency said on Tuesday, taking the rise for 2025 as a whole to 31.5%.
        Monthly core inflation, which excludes regulated prices, was 3.0% in December.
      `,
      expect: [],
    },
    {
      name: "the very value at the same end of a change backs it over a level that shares more words",
      fixture: durianExports('to'),
      expect: ['figure-mismatch@about half'],
    },
    {
      name: "near miss: the very value at the other end of a change backs nothing",
      fixture: durianExports('from'),
      expect: ['figure-mismatch@about half', 'figure-mismatch@roughly $1.1 billion'],
    },
    {
      name: 'near miss: the very value of another month is no such match',
      fixture: `
        --- /w/b.brief
        Monthly inflation was 2.8% in December 2025 [@indec].
        --- /w/sources/indec.txt
        Inflation release

        Consumer prices rose 2.8% in November 2025 from October, the statistics agency said.
        Core inflation, which excludes regulated and seasonal prices, was 3.0% in December.
      `,
      expect: ['figure-mismatch@2.8%', 'figure-mismatch@December 2025'],
    },
    {
      name: 'near miss: prices per measures of two dimensions are not compared',
      fixture: `
        --- /w/b.brief
        Brent crude traded at $80 a barrel in London [@wire].
        --- /w/sources/wire.txt
        Oil prices

        Brent crude traded at $600 a tonne in London on Monday.
      `,
      expect: ['figure-not-in-source@$80'],
    },
    {
      name: "near miss: a source's year after `since` is where a span starts, no year of the claim's",
      fixture: `
        --- /w/b.brief
        The canal's watershed had its driest year in 2023, with 30% less rain [@acp].
        --- /w/sources/acp.txt
        Annual report

        It was the driest year in the watershed since records began in 1950, with 30% less rain.
      `,
      expect: ['figure-not-in-source@2023'],
    },
    {
      name: 'a year after `since` against a claim year after `since` is a mismatch',
      fixture: `
        --- /w/b.brief
        Rainfall was the lowest since 1960 [@acp].
        --- /w/sources/acp.txt
        Annual report

        Rainfall was the lowest since 1950.
      `,
      expect: ['figure-mismatch@1960'],
    },
    {
      name: 'mismatch fix: cite another source that supports the figure',
      fixture: `
        --- /w/b.brief
        China refines 70% of the world's rare earths [@iea].
        ${IEA}
        --- /w/sources/usgs.txt
        Mineral commodity summaries

        China refines 70% of the world's rare earths.
      `,
      includes: ['figure-mismatch@70%'],
      fixes: [
        { at: 'figure-mismatch@70%', title: "Use the source's figure", result: `China refines 90% of the world's rare earths [@iea].` },
        { at: 'figure-mismatch@70%', title: 'Cite usgs', result: `China refines 70% of the world's rare earths [@usgs].` },
      ],
    },
    {
      name: "the source's figure as its page wrapped it goes into the sentence on one line",
      fixture: `
        --- /w/b.brief
        The fund lost $21.5 billion to redemptions last year [@wire].
        --- /w/sources/wire.txt
        Wire

        NEW YORK, Jan 10 (Reuters) - Investors pulled money out of the converted trust all
        year, as cheaper funds drew them away. The fund lost $12.0
        billion to redemptions last year, and the trust's assets fell by a fifth, the
        data showed, while the newer funds gathered most of the year's inflows.`,
      expect: ['figure-mismatch@$21.5 billion'],
      fixes: [{ at: 'figure-mismatch@$21.5 billion', title: "Use the source's figure", result: 'The fund lost $12.0 billion to redemptions last year [@wire].' }],
    },
    {
      name: 'near miss: the same figure is supported',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea].
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: an approximate figure within the tolerance',
      fixture: `
        --- /w/b.brief
        China refines about 88% of the world's rare earths [@iea].
        ${IEA}`,
      absent: ['figure-mismatch', 'figure-not-in-source'],
    },
    {
      name: 'near miss: a different figure about another thing is not a mismatch',
      fixture: `
        --- /w/b.brief
        Indonesia exports 70% of the nickel ore bought by Korea [@iea].
        ${IEA}`,
      expect: ['figure-not-in-source@70%'],
    },
    {
      name: 'a range against a point outside it',
      fixture: `
        --- /w/b.brief
        China refines 60-70% of the world's rare earths [@iea].
        ${IEA}`,
      expect: ['figure-mismatch@60-70%'],
      fixes: [{ at: 'figure-mismatch@60-70%', result: `China refines 90% of the world's rare earths [@iea].` }],
    },
    {
      name: 'a point against a range it is outside of',
      fixture: `
        --- /w/b.brief
        China refines 75% of the world's rare earths [@iea].
        --- /w/sources/iea.txt
        Critical minerals outlook

        China refines 85–90% of the world's rare earths.
      `,
      expect: ['figure-mismatch@75%'],
      fixes: [{ at: 'figure-mismatch@75%', result: `China refines 85–90% of the world's rare earths [@iea].` }],
    },
    {
      name: 'near miss: a range that holds the source point is supported',
      fixture: `
        --- /w/b.brief
        China refines 85-95% of the world's rare earths [@iea].
        ${IEA}`,
      expect: [],
    },
    {
      name: 'a count in words against a count in digits',
      fixture: `
        --- /w/b.brief
        China placed export controls on six elements in April [@mofcom].
        --- /w/sources/mofcom.txt
        Ministry of Commerce announcement

        China placed export controls on 7 elements in April.
      `,
      expect: ['figure-mismatch@six elements'],
      fixes: [{ at: 'figure-mismatch@six elements', result: 'China placed export controls on 7 elements in April [@mofcom].' }],
    },
    {
      name: 'near miss: seven in words is 7 in digits',
      fixture: `
        --- /w/b.brief
        China placed export controls on seven elements in April [@mofcom].
        --- /w/sources/mofcom.txt
        Ministry of Commerce announcement

        China placed export controls on 7 elements in April.
      `,
      expect: [],
    },
    {
      name: 'money: a different amount',
      fixture: `
        --- /w/b.brief
        The fund will invest $400 billion in battery plants [@doe].
        --- /w/sources/doe.txt
        Department of Energy release

        The fund will invest $600 billion in battery plants.
      `,
      expect: ['figure-mismatch@$400 billion'],
      fixes: [{ at: 'figure-mismatch@$400 billion', result: 'The fund will invest $600 billion in battery plants [@doe].' }],
    },
    {
      name: 'near miss: money in another currency is not compared',
      fixture: `
        --- /w/b.brief
        The fund will invest €400 billion in battery plants [@doe].
        --- /w/sources/doe.txt
        Department of Energy release

        The fund will invest $600 billion in battery plants.
      `,
      absent: ['figure-mismatch'],
    },
    {
      // A source's title covers all its sentences, and years stand in most of them.
      name: "near miss: a year that only the source's title ties to the claim",
      fixture: `
        --- /w/b.brief
        From 1 March 2024, exporters of lithium need a licence [@mofcom].
        --- /w/sources/mofcom.txt
        Lithium exporters will need a licence

        Licences will be required from 1 March, the ministry said.
        Lithium prices have fallen steadily since early 2022.
      `,
      expect: ['figure-not-in-source@1 March 2024'],
    },
    {
      name: 'a year that the sentence itself ties to the claim still disagrees',
      fixture: `
        --- /w/b.brief
        Exporters of lithium have needed a licence since 2023 [@mofcom].
        --- /w/sources/mofcom.txt
        Lithium exporters will need a licence

        Exporters of lithium have needed a licence since 2021.
      `,
      expect: ['figure-mismatch@2023'],
    },
  ]);
});

describe('check: a sentence that gives shares of two things', () => {
  checkCases([
    {
      name: "a wrong share of one thing is compared with that thing's, not the other's",
      fixture: `
        --- /w/b.brief
        China produces 80% of the world's germanium [@usgs].
        China supplies 70% of global gallium [@usgs].
        --- /w/sources/usgs.txt
        Minor metals

        China produces 98 percent of the world's gallium and about 60% of its germanium.
      `,
      expect: ['figure-mismatch@80%', 'figure-mismatch@70%'],
      messages: [
        { at: 'figure-mismatch@80%', contains: ["which says 'about 60%'"] },
        { at: 'figure-mismatch@70%', contains: ["which says '98 percent'"] },
      ],
    },
  ]);
});

/** A release whose table gives a count by its row's label. */
const METLEN = `
--- /w/sources/metlen.md
# Gallium unit approved at Agios Nikolaos

| Item | Value |
| --- | --- |
| Design capacity | 50 t/yr of gallium |
| Direct jobs | 120 |
`;

describe("check: a count of the claim's noun in other words", () => {
  const ILO = `
        --- /w/sources/ilo.txt
        Garment sector review

        The survey identified 3,481 active export-oriented RMG factories in 2024.
        Workplace safety has improved since the collapse of Rana Plaza. The RMG
        Sustainability Council (RSC), which took over the in-country opera-
        tions of the Accord on Fire and Building Safety in 2020, now over-
        sees 1,868 factories. As of 2024, 229 garment factories had obtained LEED certification.
  `;
  checkCases([
    {
      name: "the cited source's count of the noun most about the claim, where it agrees, backs it",
      fixture: `
        --- /w/b.brief
        The RMG Sustainability Council, heir since 2020 to the Accord's inspection work, now covers about 1,900 factories [@ilo].
        ${ILO}`,
      expect: [],
    },
    {
      name: 'near miss: where it disagrees, the claim is unbacked',
      fixture: `
        --- /w/b.brief
        The RMG Sustainability Council, heir since 2020 to the Accord's inspection work, now covers about 2,400 factories [@ilo].
        ${ILO}`,
      expect: ['figure-not-in-source@about 2,400 factories'],
    },
    {
      name: "a count of the claim's very words that disagrees, alike enough to back it, is the mismatch",
      fixture: `
        --- /w/b.brief
        Metlen expects the unit to create 210 direct jobs [@metlen].
        ${METLEN}`,
      expect: ['figure-mismatch@210 direct jobs'],
      messages: [{ at: 'figure-mismatch@210 direct jobs', contains: ["'120 direct jobs'"] }],
    },
    {
      name: 'near miss: a count of the noun in other words is no mismatch',
      fixture: `
        --- /w/b.brief
        Metlen expects the unit to create 210 permanent jobs [@metlen].
        ${METLEN}`,
      expect: ['figure-not-in-source@210 permanent jobs'],
    },
  ]);
});

const LEMONDE = `
        --- /w/sources/lemonde.txt
        Lecornu suspends the pension reform

        Suspending the reform would cost 400 million euros in 2026 and 1.8 billion euros in 2027, Lecornu said.
`;

describe("check: a table row's other column", () => {
  const USGS = `
        --- /w/sources/usgs.txt
                                                      HELIUM
                             (Data in million cubic meters of contained helium gas¹ unless otherwise specified)

        World Production and Reserves:⁸
                                                      Production
                                            2023                       2024e
        United States⁹                        81                          79
        Algeria                               11                          12
        Australia                              4                           4
        Canada                                 2                           3
        China                                  2                           2
        Poland                                 1                           1
        Qatar                                 66                          64
        Russia                                 6                          13
           World total                       173                         178

        Prices fell about 14% in 2024.
  `;
  checkCases([
    {
      name: "a row's value under another year than the claim's: the claim's year's cell is the mismatch, on little likeness",
      fixture: `
        --- /w/b.brief
        Qatar's output slipped on outages at Ras Laffan to 66 million cubic metres in 2024 [@usgs].
        ${USGS}`,
      expect: ['figure-mismatch@66 million cubic metres'],
      messages: [{ at: 'figure-mismatch@66 million cubic metres', contains: ["'64 million cubic meters'"] }],
    },
    {
      name: "near miss: the claim's year's value is backed",
      fixture: `
        --- /w/b.brief
        Qatar's output slipped on outages at Ras Laffan to 64 million cubic metres in 2024 [@usgs].
        ${USGS}`,
      expect: [],
    },
    {
      name: "in prose, two years' amounts swapped: the claim's year's amount is the mismatch",
      fixture: `
        --- /w/b.brief
        Lecornu put the cost at €1.8 billion in 2026 and €400 million in 2027 [@lemonde].
        ${LEMONDE}`,
      expect: ['figure-mismatch@€1.8 billion', 'figure-mismatch@€400 million'],
      messages: [{ at: 'figure-mismatch@€1.8 billion', contains: ["'400 million euros'"] }],
    },
    {
      name: 'near miss: the amounts in their years are backed',
      fixture: `
        --- /w/b.brief
        Lecornu put the cost at €400 million in 2026 and €1.8 billion in 2027 [@lemonde].
        ${LEMONDE}`,
      expect: [],
    },
  ]);
});


describe("check: a change's two ends in another order", () => {
  const IMF = `
        --- /w/sources/imf.txt
        IMF staff report

        On March 29, 2024 the Executive Board approved an augmentation of access from SDR 2,350 million (about US$3 billion) to SDR 6,090 million (about US$8 billion).
  `;
  checkCases([
    {
      name: 'each end the end its evidence is: backed, no swap',
      fixture: `
        --- /w/b.brief
        The IMF Executive Board raised access to SDR 6,090 million, about $8 billion, from SDR 2,350 million [@imf].
        ${IMF}`,
      expect: [],
    },
    {
      name: 'near miss: the ends swapped are backed by neither end',
      fixture: `
        --- /w/b.brief
        The IMF Executive Board raised access to SDR 2,350 million, about $8 billion, from SDR 6,090 million [@imf].
        ${IMF}`,
      expect: ['figure-not-in-source@SDR 2,350 million', 'figure-not-in-source@SDR 6,090 million'],
    },
  ]);
  const mandate = (claim: string): string => `
        --- /w/b.brief
        ${claim} [@gov].
        --- /w/sources/gov.txt
        SAF mandate

        It requires 2% of the jet fuel supplied in the UK to be sustainable aviation fuel in 2025, rising to 10% in 2030 and 22% in 2040.
  `;
  checkCases([
    { name: "one end the end its evidence is, the other a level there: backed, no swap", fixture: mandate('The mandate rises from 2% of jet fuel this year to 10% in 2030'), expect: [] },
    {
      name: "near miss: the ends the other way are not backed",
      fixture: mandate('The mandate falls from 10% of jet fuel this year to 2% in 2030'),
      expect: ['figure-not-in-source@10%'],
    },
  ]);
});

describe('check: a figure of another month, named right after it', () => {
  /** The claim, cited unless it cites itself (a table row's cell). */
  const cpi = (claim: string): string => `
        --- /w/b.brief
        ${claim.includes('[@') ? claim : `${claim} [@wire].`}
        --- /w/sources/wire.txt
        Rice prices double

        Rice prices jumped 101.7% in May from a year earlier. The index had risen 98.4% in April and 92.1% in March. Core prices rose 3.7% in May, the fastest pace since January 2023.
  `;
  checkCases([
    { name: "is another measurement: the claim's month's figure disagrees", fixture: cpi('Rice prices had risen 98.4% in March'), expect: ['figure-mismatch@98.4%'] },
    { name: "in a table row that names the month", fixture: cpi('| Measure | Change | Source |\n| --- | --- | --- |\n| Rice prices, March | 98.4% | [@wire] |'), expect: ['figure-mismatch@98.4%'] },
    { name: "near miss: the month's own figure is backed", fixture: cpi('Rice prices had risen 98.4% in April'), expect: [] },
    { name: 'near miss: a month where a span starts is none of the claim\'s', fixture: cpi('Core prices rose 3.7%, the fastest pace since January 2023'), expect: [] },
  ]);

  /** A central bank's steps, one a month, told in a sentence of few shared words. */
  const steps = (claim: string): string => `
        --- /w/b.brief
        ${claim} [@note].
        --- /w/sources/note.txt
        Rates note

        The central bank answered with the sharpest tightening in its history. It raised the monetary policy rate from 18.75% to 22.75% in February 2024, then to 24.75% in March, 26.25% in May, 26.75% in July and 27.25% in September, before a final increase to 27.50% in November 2024.
  `;
  checkCases([
    { name: "the figure of the claim's one month disagrees, on less likeness than the same thing needs", fixture: steps('The final increase, in November 2024, took the policy rate to 26.75%'), expect: ['figure-mismatch@26.75%'] },
    { name: "near miss: the month's own figure is backed", fixture: steps('The final increase, in November 2024, took the policy rate to 27.50%'), expect: [] },
  ]);
});

describe('check: digits transposed', () => {
  /** A claim's port throughput and a report's, in few shared words. */
  const hedland = (claim: string, source: string): string => `
        --- /w/b.brief
        Iron ore made up 565.3 Mt of that, and the Pilbara ports together handled ${claim} Mt [@rd].
        --- /w/sources/rd.txt
        Port Hedland throughput record

        Iron ore made up 565.3 million tonnes of that total. Across all of the authority's ports, including Dampier and Ashburton, throughput reached ${source} million tonnes.
  `;

  const TBK = `
        --- /w/sources/tbk.txt
        Tea industry performance 2024

        Total made tea production in 2024 was 622.1 million kilograms, an in-
        crease of 9.1 per cent over the 570.4 million kilograms produced in 2023.
  `;
  checkCases([
    {
      name: "a figure of the cited source's with two neighbouring digits swapped is the mismatch",
      fixture: `
        --- /w/b.brief
        Output of made tea climbed to 621.2 million kg [@tbk].
        ${TBK}`,
      expect: ['figure-mismatch@621.2 million kg'],
      messages: [{ at: 'figure-mismatch@621.2 million kg', contains: ["'622.1 million kilograms'"] }],
    },
    {
      name: 'near miss: digits that differ otherwise leave the figure not in the source',
      fixture: `
        --- /w/b.brief
        Output of made tea climbed to 612.2 million kg [@tbk].
        ${TBK}`,
      expect: ['figure-not-in-source@612.2 million kg'],
    },
    {
      name: 'four digits or more swapped need only a word in common',
      fixture: hedland('737.4', '773.4'),
      expect: ['figure-mismatch@737.4 Mt'],
    },
    {
      name: 'near miss: three digits swapped need as much likeness as a tied figure',
      fixture: hedland('737', '773'),
      expect: ['figure-not-in-source@737 Mt'],
    },
  ]);
});

describe("check: a table's unit in its column's header", () => {
  const USGS = `
    --- /w/sources/usgs.md
    # Cobalt mine production, 2023

    | Country | Mine production (tonnes) | Share of world |
    | --- | ---: | ---: |
    | Congo (Kinshasa) | 170,000 | 74% |
    | Russia | 8,800 | 4% |
  `;
  checkCases([
    {
      name: 'a bare number in the cell is a figure in the header\'s unit: supported, and a wrong one a mismatch quoting it with its unit',
      fixture: `
        --- /w/b.brief
        The DRC mined 170,000 tonnes of cobalt in 2023 [@usgs]. Russia mined 9,800 tonnes [@usgs].
        ${USGS}`,
      expect: ['figure-mismatch@9,800 tonnes'],
      messages: [{ at: 'figure-mismatch@9,800 tonnes', contains: ["which says '8,800 tonnes'", 'Russia — 8,800 — 4%'] }],
      fixes: [{ at: 'figure-mismatch@9,800 tonnes', result: 'The DRC mined 170,000 tonnes of cobalt in 2023 [@usgs]. Russia mined 8,800 tonnes [@usgs].' }],
    },
    {
      name: "an HTML table's rows are read as a table's, under its header",
      fixture: `
        --- /w/b.brief
        Chile's share of lithium supply is 27% [@iea]. Australia's share is 52% [@iea].
        --- /w/sources/iea.html
        <html><head><title>Lithium supply by country</title></head><body>
        <table><thead><tr><th>Country</th><th>Production (kt LCE)</th><th>Share (%)</th></tr></thead>
        <tbody><tr><td>Australia</td><td>403</td><td>47</td></tr><tr><td>Chile</td><td>235</td><td>27</td></tr></tbody></table>
        </body></html>
      `,
      expect: ['figure-mismatch@52%'],
      messages: [{ at: 'figure-mismatch@52%', contains: ["which says '47%'"] }],
    },
  ]);
});

describe('check: a table of a report taken from its PDF', () => {
  /** A caption, a line of its unit, years over the columns; the second table has no row labels. */
  const REVIEW = `
    --- /w/sources/review.txt
    Nickel market review

    Table 2. Indonesia: nickel supply indicators, 2020-2024
    Unit: thousand tonnes of contained nickel, unless stated

                                     2022      2023      2024
    Nickel pig iron (NPI)           1,120     1,330     1,470
    Nickel matte                       96       110       115

    Table 3. LME nickel cash price, annual average
    Unit: US$ per tonne

              2022        2023        2024
            25,830      21,470      16,810
  `;
  checkCases([
    {
      name: "a line `Unit: …` gives the rows their unit; a column's year backs the claim's, where its cell states the claim's other figure",
      fixture: `
        --- /w/b.brief
        In 2024 Indonesian plants produced 1.5 million tonnes of nickel in pig iron [@review].
        Indonesian output of nickel pig iron was about 1.3 million tonnes in 2023 [@review].
        ${REVIEW}`,
      expect: [],
    },
    {
      name: "a row of numbers under years alone is read in the caption's words and unit",
      fixture: `
        --- /w/b.brief
        The LME cash price of nickel averaged $16,810 a tonne in 2024 [@review].
        The LME cash price of nickel averaged $25,830 a tonne in 2022 [@review].
        The LME cash price of nickel averaged $25,830 a tonne in 2023 [@review].
        ${REVIEW}`,
      expect: ['figure-mismatch@$25,830'],
      messages: [{ at: 'figure-mismatch@$25,830', contains: ["which says 'US$21,470'", '25,830 21,470 16,810'] }],
    },
    {
      name: 'a unit in brackets alone under the caption (`(millions of dollars)`), and a line of a scale and a noun (`Thousand wafer starts per month`), are the rows\' units',
      fixture: `
        --- /w/b.brief
        Samsung's final CHIPS award was $4.7 billion [@otia]. TSMC's Arizona capacity is to reach 20,000 wafer starts a month by the end of 2025 [@otia].
        Samsung's Texas fab is planned to reach 40,000 wafer starts a month by the end of 2026 [@otia].
        --- /w/sources/otia.txt
        CHIPS Act incentives

        Table 1. Largest CHIPS Act direct-funding awards, by company
        (millions of dollars)

        Company                Preliminary        Final
                                  terms           award
        Intel                      8,500          7,865
        Samsung                    6,400          4,745

        Table 2. Planned leading-edge logic wafer capacity in the United States,
        2024-2030 (year-end)
        Thousand wafer starts per month (300mm equivalent)

                                         2024    2025    2026
        TSMC (Arizona)                     10      20      30
        Samsung (Texas)                     0       0      15
      `,
      expect: ['figure-mismatch@40,000 wafer starts'],
      messages: [{ at: 'figure-mismatch@40,000 wafer starts', contains: ["which says '15 thousand wafer starts'"] }],
    },
    {
      name: '`unless stated otherwise` is no part of a unit line, and its capital is no part of the unit',
      fixture: `
        --- /w/b.brief
        The EU imported 28.7 million tonnes of finished steel in 2024 [@esf]. It imported 31.5 million tonnes in 2023 [@esf].
        --- /w/sources/esf.txt
        Steel outlook

        Table 1. EU finished steel trade
        Million tonnes, unless stated otherwise

                                          2022      2023      2024
        Finished steel imports            26.0      28.5      28.7
      `,
      expect: ['figure-mismatch@31.5 million tonnes'],
      messages: [{ at: 'figure-mismatch@31.5 million tonnes', contains: ["which says '28.5 million tonnes'"] }],
    },
    {
      name: "a column of the claim's year in the row about the claim states the year, whatever its value: a wrong amount is the amount's error",
      fixture: `
        --- /w/b.brief
        The economy shrank 2.1% in 2023 [@imf]. It grew 3.2% in 2024 [@imf].
        --- /w/sources/imf.txt
        Staff report

        Table 1. Selected economic indicators, 2022-2025
        (Annual percentage change, unless otherwise indicated)
                                                  2022     2023     2024     2025
        Real GDP growth                            2.4     -1.2      3.2      3.8
        Consumer prices (average)                 72.3     53.9     28.5     15.0
      `,
      expect: ['figure-mismatch@2.1%'],
    },
    {
      name: 'a deficit is the size of a balance below zero; a surplus is not',
      fixture: `
        --- /w/b.brief
        The fiscal deficit narrowed to 3.6% of GDP in 2024 [@imf]. The current-account gap widened to $20.8 billion in 2024 [@imf].
        The current account showed a surplus of 5.4% of GDP in 2024 [@imf].
        --- /w/sources/imf.txt
        Staff report

        Table 1. Selected economic indicators
                                                 2022     2023     2024
        Overall fiscal balance (% of GDP)        -6.1     -6.0     -3.6
        Current account balance (% of GDP)       -3.5     -1.2     -5.4
        Current account balance (US$ billion)   -16.6     -4.7    -20.8
      `,
      expect: ['figure-mismatch@5.4%'],
      // The source's figure with its minus; writing its words again would be no fix.
      messages: [{ at: 'figure-mismatch@5.4%', contains: ["'5.4%' disagrees with imf, which says '-5.4%'"] }],
      then: (r) => assert.ok(!r.diagnostics[0].fixes.some((f) => f.title.startsWith("Use the source's figure")), JSON.stringify(r.diagnostics[0].fixes.map((f) => f.title))),
    },
    {
      name: "a caption's part that holds `unless otherwise stated` is the unit of rows that state none",
      fixture: `
        --- /w/b.brief
        Toll revenue reached $3.9 billion in fiscal 2025 [@wp]. Toll revenue was $3.8 billion in fiscal 2024 [@wp].
        --- /w/sources/wp.txt
        Canal working paper

        Table 1. Panama Canal: operating statistics by fiscal year
        Fiscal years ending 30 September; US$ million unless otherwise stated
                                               2023      2024      2025
        Oceangoing transits (number)         14,080     9,944    13,404
        Toll revenue                          3,345     3,370     3,883
      `,
      expect: ['figure-mismatch@$3.8 billion'],
      messages: [{ at: 'figure-mismatch@$3.8 billion', contains: ["which says 'US$3,370 million'"] }],
    },
  ]);
});

describe('check: a change that goes the other way', () => {
  const CUSTOMS = `
    --- /w/sources/customs.txt
    Customs bulletin

    Rare earth magnet exports rose 5% in March.
  `;
  checkCases([
    {
      name: 'the same amount, the other way, is a mismatch that says so, and its fix turns the word',
      fixture: `
        --- /w/b.brief
        Rare earth magnet exports fell 5% in March [@customs].
        ${CUSTOMS}`,
      expect: ['figure-mismatch@5%'],
      messages: [{ at: 'figure-mismatch@5%', contains: ["'fell 5%' disagrees with customs, which says 'rose 5%'"] }],
      fixes: [{ at: 'figure-mismatch@5%', title: "Use the source's figure: 'rose 5%'", result: 'Rare earth magnet exports rose 5% in March [@customs].' }],
    },
    {
      name: 'a noun after the amount, with `by` and a qualifier before it',
      fixture: `
        --- /w/b.brief
        Rare earth magnet exports saw a 5% decline in March [@customs].
        Rare earth magnet exports grew by about 5% in March [@customs].
        ${CUSTOMS}`,
      expect: ['figure-mismatch@5%'],
      fixes: [{ at: 'figure-mismatch@5%', result: 'Rare earth magnet exports saw a 5% increase in March [@customs].\nRare earth magnet exports grew by about 5% in March [@customs].' }],
    },
    {
      name: 'a wrong amount that goes the other way: the fix writes both',
      fixture: `
        --- /w/b.brief
        Rare earth magnet exports fell by 9% in March [@customs].
        ${CUSTOMS}`,
      expect: ['figure-mismatch@9%'],
      fixes: [{ at: 'figure-mismatch@9%', result: 'Rare earth magnet exports rose by 5% in March [@customs].' }],
    },
    {
      name: 'near miss: the same way in other words (`up`, `jumped`) is supported',
      fixture: `
        --- /w/b.brief
        Rare earth magnet exports were up 5% in March [@customs].
        Rare earth magnet exports jumped 5% in March [@customs].
        ${CUSTOMS}`,
      expect: [],
    },
    {
      name: 'near miss: a level (`fell to 5%`) or no word of change says nothing of the way',
      fixture: `
        --- /w/b.brief
        Rare earth magnet exports fell to 5% in March [@customs].
        Rare earth magnet exports changed by 5% in March [@customs].
        ${CUSTOMS}`,
      expect: [],
    },
    {
      name: 'near miss: a source that states both ways backs the one the claim states',
      fixture: `
        --- /w/b.brief
        Rare earth magnet exports fell 5% in April [@customs].
        --- /w/sources/customs.txt
        Customs bulletin

        Rare earth magnet exports rose 5% in March and fell 5% in April.
      `,
      expect: [],
    },
    {
      name: "the other way is compared with the source's sentence about the same thing, not one that shares the word of change",
      fixture: `
        --- /w/b.brief
        Imports rose 2.3% in October [@customs].
        --- /w/sources/customs.txt
        China's exports beat forecasts

        China's exports rose 12.7 per cent year on year in October to US$309.06 billion, customs data showed.
        Imports fell 2.3 per cent to US$213.35 billion, leaving a trade surplus of US$95.72 billion.
      `,
      expect: ['figure-mismatch@2.3%'],
      messages: [{ at: 'figure-mismatch@2.3%', contains: ["'rose 2.3%' disagrees with customs, which says 'fell 2.3 per cent'"] }],
      fixes: [{ at: 'figure-mismatch@2.3%', result: 'Imports fell 2.3 per cent in October [@customs].' }],
    },
    {
      name: 'the very amount the other way, as much about the claim as a backing figure must be, is a mismatch though little else is shared',
      fixture: `
        --- /w/b.brief
        Lithium carbonate prices rose 35% from 2022 [@factsheet].
        --- /w/sources/factsheet.md
        # Lithium facts

        - World mine production: 180,000 tonnes
        - Average price of lithium carbonate: US$46,000 per tonne, down 35% from 2022
      `,
      expect: ['figure-mismatch@35%'],
      fixes: [{ at: 'figure-mismatch@35%', result: 'Lithium carbonate prices fell 35% from 2022 [@factsheet].' }],
    },
    {
      name: 'the very amount the same way, in another word of change, backs the claim ahead of a sentence that shares a name',
      fixture: `
        --- /w/b.brief
        LME copper rose 2.4% to about $9,850/t [@wire].
        --- /w/sources/wire.txt
        Copper hits six-month high

        Copper prices climbed 2.4% to $9,850 a metric ton on the London Metal Exchange on Tuesday.
        Inventories in LME-registered warehouses stood at 152,375 tons, down 38% since mid-August.
      `,
      expect: [],
    },
    {
      name: 'near miss: the very amount the same way in another word of change, about something else, backs nothing',
      fixture: `
        --- /w/b.brief
        LME copper inventories rose 2.4% to 152,375 tons [@wire].
        --- /w/sources/wire.txt
        Copper hits six-month high

        The dollar index climbed 2.4% on Tuesday as traders priced in fewer rate cuts.
        Inventories in LME-registered warehouses stood at 152,375 tons, down 38% since mid-August.
      `,
      expect: ['figure-mismatch@2.4%'],
      messages: [{ at: 'figure-mismatch@2.4%', contains: ["says 'down 38%'"] }],
    },
    {
      name: 'near miss: a change of another amount the other way is not the same thing for its word of change',
      fixture: `
        --- /w/b.brief
        The canal authority has cut staff by 10% [@revenue].
        --- /w/sources/revenue.txt
        Canal revenue

        Transits in December were about 13% higher than in November, the canal authority said.
      `,
      expect: ['figure-not-in-source@10%'],
    },
    {
      name: 'a word of change with no known opposite gets no fix that would keep it wrong',
      fixture: `
        --- /w/b.brief
        Rare earth magnet exports were trimmed by 5% in March [@customs].
        ${CUSTOMS}`,
      expect: ['figure-mismatch@5%'],
      then: (r) => assert.deepStrictEqual(r.diagnostics[0].fixes, []),
    },
  ]);
});

describe('check: a figure of a year the source never gives it for', () => {
  checkCases([
    {
      name: 'the year is the error, reported on the year: the value the source states for another year is backed',
      fixture: `
        --- /w/b.brief
        Giorgia Meloni's Brothers of Italy rose to 28.8% from 6.4% in 2014 [@wire].
        --- /w/sources/wire.txt
        Italian Prime Minister Giorgia Meloni's Brothers of Italy won 28.8%, up from 6.4% in 2019.
      `,
      expect: ['figure-mismatch@2014'],
    },
    {
      name: "near miss: where the source names the claim's year, another year's figure backs nothing, and the claim's year's is the mismatch",
      fixture: `
        --- /w/b.brief
        Mine production grew 23% in 2024 [@usgs].
        --- /w/sources/usgs.txt
        Mine production rose 23% in 2023 and 18% in 2024.
      `,
      expect: ['figure-mismatch@23%'],
      messages: [{ at: 'figure-mismatch@23%', contains: ["'18%'"] }],
    },
    {
      name: "a figure of the noun a year stands before is that year's: another year's forecast contradicts nothing",
      fixture: `
        --- /w/b.brief
        ASML's net sales rose to €28.3bn in 2024 from €27.6bn a year earlier [@wire].
        --- /w/sources/wire.txt
        The Dutch company posted full-year 2024 net sales of 28.3 billion euros, up from 27.6 billion euros in 2023. ASML expects 2025 net sales of between 30 billion and 35 billion euros.
      `,
      expect: [],
    },
    {
      name: "an annual report's year before in brackets dates its amount: that year's claim is backed, another year's is the mismatch",
      fixture: `
        --- /w/b.brief
        ASML sold 449 lithography systems in 2023 [@ar].

        ASML sold 449 lithography systems in 2024 [@ar].
        --- /w/sources/ar.txt
        Annual report 2024

        We sold 418 lithography systems in 2024 (2023: 449), of which 44 were EUV systems.
      `,
      expect: ['figure-mismatch@449 lithography systems'],
      messages: [{ at: 'figure-mismatch@449 lithography systems', contains: ["'418 lithography systems'"] }],
    },
    {
      name: "near miss: a claim of the noun's own year is compared with its figure",
      fixture: `
        --- /w/b.brief
        ASML expects its 2025 net sales to reach about €40 billion [@wire].
        --- /w/sources/wire.txt
        The Dutch company posted full-year 2024 net sales of 28.3 billion euros. ASML expects 2025 net sales of between 30 billion and 35 billion euros.
      `,
      expect: ['figure-mismatch@about €40 billion'],
      messages: [{ at: 'figure-mismatch@about €40 billion', contains: ["'between 30 billion and 35 billion euros'"] }],
    },
  ]);
});

/** A claim of `amount` of aid, and a wire's scheme of up to PLN 28.8 billion in other words. */
const aidScheme = (amount: string): string => `
  --- /w/b.brief
  The Commission has approved ${amount} of aid for the mines [@wire].
  --- /w/sources/wire.txt
  Brussels clears Polish aid for coal mine closures

  BRUSSELS, Dec 10 - The European Commission has approved a Polish scheme worth up to PLN 28.8 billion (about €6.7 billion) to cover the production losses of state-owned hard-coal mines as they are wound down.
`;

describe('check: a looser statement less alike than the same thing needs', () => {
  const WIRE = `
        --- /w/sources/r.txt
        Market report

        The gap between the official and street rates narrowed to less than 2% in December, from more than 60% at the start of 2024, traders said.
  `;
  checkCases([
    {
      name: 'still says the source speaks of the figure: more specific, not absent',
      fixture: `
        --- /w/b.brief
        The official–street gap fell to under 2%, from 63% at the start of 2024 [@r].
        ${WIRE}`,
      expect: ['figure-more-specific@63%'],
    },
    {
      name: "a bound at the claim's very amount, of three digits or more, says the source speaks of it in fewer of its words",
      fixture: aidScheme('PLN 28.8 billion'),
      expect: ['figure-more-specific@PLN 28.8 billion'],
    },
    { name: 'near miss: a bound at another amount, as unlike the claim, leaves it unstated', fixture: aidScheme('PLN 27.5 billion'), expect: ['figure-not-in-source@PLN 27.5 billion'] },
    {
      name: "near miss: a level is nothing of a claim's change (`rebates of up to 15%`, `cut staff by 10%`; a guard: alone this source is too unlike the claim, the eval set's suez-egypt line 36 needs the condition)",
      fixture: `
        --- /w/b.brief
        The canal authority has cut staff by 10% [@sr].
        --- /w/sources/sr.txt
        Egypt's canal revenue collapses

        Egypt's Suez Canal revenue fell to about $4 billion in 2024 from $10.25 billion in 2023, the canal authority's chairman said, a drop he put at around 60%.
        About 12% of global trade normally passes through the canal, making it one of the busiest waterways in the world.
        The authority has offered rebates of up to 15% on transit fees to large container ships that return to the route.
      `,
      expect: ['figure-not-in-source@10%'],
    },
    {
      name: 'near miss: a disagreeing figure more alike is the mismatch (a guard: here the likeness floor already drops the looser one)',
      fixture: `
        --- /w/b.brief
        The official–street gap fell to under 2%, from 63% at the start of 2024 [@r].
        ${WIRE}
        The official–street gap stood at 71% at the start of 2024.
      `,
      expect: ['figure-mismatch@63%'],
    },
  ]);
});

const IRSG = `
        --- /w/sources/irsg.txt
        Rubber review

        Prices rose sharply in 2024 as supply tightened. The SGX TSR20 contract averaged 167.3 US cents per kg, up 23% from 136.0 US cents in 2023.
`;

/** A note's table of contract prices by year, its rows labelled by their years. */
const CONTRACT_PRICES = `
        | Year | China (US$/t CFR) | India (US$/t CFR) |
        | --- | --- | --- |
        | 2023 | 307 | 422 |
        | 2024 | 273 | 279 |
        | 2025 | 346 | 349 |
`;

describe("check: a year that dates the sentence's amount", () => {
  const OIL_SANDS = `
        --- /w/sources/aei.txt
        Oil sands supply review

        Table 2.1  Alberta oil sands supply, 2023-2025
        Thousand barrels per day (kb/d)

                                             2023     2024    2025e
        Mined bitumen                       1,690    1,750    1,810
        In situ bitumen                     1,730    1,820    1,900
        Total oil sands                     3,420    3,570    3,710
  `;
  const IMF = `
        --- /w/sources/imf.txt
        Argentina: staff report

        Inflation is projected to decline to 18-23 percent by end-2025, as the peso stabilises.

        Table 1. Selected indicators (percent)
        Indicator                 2023    2024    2025
        Inflation, end of period  211.4   117.8   20.5
        Real GDP growth           -1.6    -1.7     5.5
  `;
  const MAFF = `
        --- /w/sources/maff.txt
        Staple rice outlook

        Government stockpile holdings stood at about 910,000 tonnes at the end of February 2025.

        Table 1  Supply and demand of staple rice                      (million tonnes)
                                            2021/22    2022/23    2023/24    2024/25
                                            Jul-Jun    Jul-Jun    Jul-Jun    Jul-Jun
          Private stocks, end-June            2.18       1.97       1.53       1.48
  `;
  const AP = `
        --- /w/sources/ap.txt
        Trump's 50% steel and aluminum tariffs take effect

        WASHINGTON (AP) — President Donald Trump's doubling of tariffs on imported steel and aluminum to 50% from 25% took effect Wednesday, June 4, 2025, raising costs for American manufacturers that rely on the metals.
        The Section 232 tariffs were first imposed in March 2018 on national security grounds. Britain, which reached a trade framework with the administration in May, stays at 25% for now.
  `;
  checkCases([
    {
      name: "backed where its amount is, by the table's column of that year",
      fixture: `
        --- /w/b.brief
        Annual inflation ended 2024 at 117.8% [@imf].
        ${IMF}`,
      expect: [],
    },
    {
      name: "backed where its amount took another year's column: the amount is the one error",
      fixture: `
        --- /w/b.brief
        Ecuador, now the third-largest grower, produced 500,000 tonnes in 2023/24 [@icco].
        --- /w/sources/icco.txt
        Cocoa bulletin

        Ecuador continues to expand: its output is forecast at 500,000 tonnes in 2024/25.

        Table 2  Production by country (thousand tonnes)
                                  2022/23    2023/24    2024/25
        Ecuador                     420        430        500
      `,
      expect: ['figure-mismatch@500,000 tonnes'],
    },
    {
      name: "a mismatch where another row's cell holds the amount and the claim's row another (`In situ` against `Mined bitumen`)",
      fixture: `
        --- /w/b.brief
        In situ projects produced 1.75 million b/d of it in 2024 [@aei].
        ${OIL_SANDS}`,
      expect: ['figure-mismatch@1.75 million b/d'],
    },
    {
      name: "backed by the claim's own row's cell (a guard for the rule above)",
      fixture: `
        --- /w/b.brief
        Mined bitumen reached 1.75 million b/d in 2024 [@aei].
        ${OIL_SANDS}`,
      expect: [],
    },
    {
      name: 'backed where its amount is more specific than the source of that year: the amount is the one report',
      fixture: `
        --- /w/b.brief
        Northgate expects Amur to produce 22 million m³ in 2025 [@note].
        --- /w/sources/note.md
        # Helium outlook

        Russia is the swing factor. Gazprom's Amur gas processing plant, designed to produce 60 million m³ of helium a year from six trains, produced about 12 million m³ in 2024. We expect output of 20-25 million m³ in 2025, most of it sold to China.
      `,
      expect: ['figure-more-specific@22 million m³'],
    },
    {
      name: 'a date the source sentence of its amount names stays backed (a guard: here the date\'s own search finds it too; the month near miss below needs the rule)',
      fixture: `
        --- /w/b.brief
        The US doubled its Section 232 steel tariff to 50% on June 4, 2025, having first imposed it in March 2018 [@ap].
        ${AP}`,
      expect: [],
    },
    {
      name: "near miss: another month of the year the amount's source sentence names is no date of it",
      fixture: `
        --- /w/b.brief
        The US doubled its Section 232 steel tariff to 50% on July 4, 2025, having first imposed it in March 2018 [@ap].
        ${AP}`,
      expect: ['figure-not-in-source@July 4, 2025'],
    },
    {
      name: "a year that opens a source's clause dates its figures (`For end-2026, the forecast range is 13-19 per cent`); `for end-2025` dates the claim's",
      fixture: `
        --- /w/b.brief
        The central bank now forecasts inflation of 31-33% for end-2025, against an interim target of 24% [@cbrt].
        --- /w/sources/cbrt.txt
        Inflation report

        Taking into account developments in the third quarter, the year-end inflation
        forecast for 2025 has been revised to the range of 31-33 per cent, with a mid-
        point of 32 per cent. The interim target for end-2025 is kept at 24 per
        cent. For end-2026, the forecast range is 13-19 per cent and the interim target
        is 16 per cent.
      `,
      expect: [],
    },
    {
      name: "whose year it is dates a claim's sentence (`China's 2024 contract`), and a table's cell of that year with the very value backs it",
      fixture: `
        --- /w/b.brief
        China's 2024 contract was signed at $273 a tonne [@note].
        --- /w/sources/note.md
        # Potash: prices turn the corner

        Chinese importers signed their 2025 contract in June at US$346 a tonne CFR, US$73 more than a year earlier.
        Chinese importers signed the last contract at US$346 a tonne.

        ${CONTRACT_PRICES}`,
      expect: [],
    },
    {
      name: "years back from the sentence's, right after a figure, are its year (`down from $307 a year earlier`)",
      fixture: `
        --- /w/b.brief
        China's 2024 contract, at $273 a tonne, was down from $307 a year earlier [@note].
        --- /w/sources/note.md
        # Potash: prices turn the corner

        Chinese importers signed the last contract at US$346 a tonne.

        ${CONTRACT_PRICES}`,
      expect: [],
    },
    {
      name: "near miss: a year the amount's source sentence does not name is still the error",
      fixture: `
        --- /w/b.brief
        Annual inflation ended 2023 at 117.8% [@wire].
        --- /w/sources/wire.txt
        Inflation news

        Inflation is projected to decline to 18-23 percent by end-2025.
        In 2024 annual inflation ended at 117.8%, the agency said.
      `,
      expect: ['figure-mismatch@2023'],
    },
    {
      name: "a season's column backs a date in either of its years, a month too (`end-June` under `2023/24 Jul-Jun`)",
      fixture: `
        --- /w/b.brief
        Private stocks at the end of June 2024 were 1.53 million tonnes [@maff].
        ${MAFF}`,
      expect: [],
    },
    {
      name: "near miss: a date in neither of the season's years is still the error",
      fixture: `
        --- /w/b.brief
        Private stocks at the end of June 2022 were 1.53 million tonnes [@maff].
        ${MAFF}`,
      expect: ['figure-mismatch@June 2022'],
    },
    {
      name: "backed by the year the sentence before names, in its paragraph, where the amount's own names none but an old level's",
      fixture: `
        --- /w/b.brief
        TSR20 futures averaged 167.3 US cents a kilogram in 2024 [@irsg].
        ${IRSG}`,
      expect: [],
    },
    {
      name: "the date after an old level's words (`from 25% took effect Wednesday, June 4, 2025`) is still the sentence's",
      fixture: `
        --- /w/b.brief
        The US doubled its Section 232 steel tariff to 50% on June 4, 2025, having first imposed it in March 2019 [@ap].
        ${AP}`,
      expect: ['figure-mismatch@March 2019'],
    },
    {
      name: 'a year the sentence compares with (`down 17% from 2023`) is no year of its own either',
      fixture: `
        --- /w/b.brief
        The JKM averaged US$11.89/MMBtu in 2024, 17% below the previous year, and TTF about €34/MWh [@igu].
        --- /w/sources/igu.txt
        LNG report

        Spot prices eased through 2024. The Japan-Korea Marker (JKM) averaged US$11.89/MMBtu, down 17% from 2023, while the Dutch TTF averaged US$10.94/MMBtu, or about €34/MWh.
      `,
      expect: [],
    },
    {
      name: 'a year after `for`, before a word that may be a noun (`for 2025 calls for`), is that year, backed where its amounts are',
      fixture: `
        --- /w/b.brief
        Its guidance for 2025 calls for net yields up 2.5–4.5% and adjusted earnings of $14.35 to $14.65 a share [@skift].
        --- /w/sources/skift.txt
        Royal Caribbean results

        For 2025, the company expects net yields to grow 2.5% to 4.5% and adjusted earnings per share of $14.35 to $14.65, against $11.80 in 2024.
      `,
      expect: [],
    },
    {
      name: "near miss: another year than the one before names is still the error",
      fixture: `
        --- /w/b.brief
        TSR20 futures averaged 167.3 US cents a kilogram in 2022 [@irsg].
        ${IRSG}`,
      expect: ['figure-mismatch@2022'],
    },
    {
      name: 'near miss: a year of the paragraph before is no year of this one',
      fixture: `
        --- /w/b.brief
        TSR20 futures averaged 167.3 US cents a kilogram in 2024 [@irsg].
        --- /w/sources/irsg.txt
        Rubber review

        Prices rose sharply in 2024 as supply tightened.

        The SGX TSR20 contract averaged 167.3 US cents per kg, up 23% from 136.0 US cents in 2023.
      `,
      expect: ['figure-mismatch@2024'],
    },
  ]);
});

/** A source that states the claim's sibling (`800 billion yuan a year`) beside a part, and the total elsewhere. */
const CAIXIN = `
--- /w/sources/caixin.txt
China unveils debt swap

Starting this year local governments will set aside 800 billion yuan a year from new special-purpose bond quotas for five consecutive years, adding another 4 trillion yuan. Taken together, the measures provide 10 trillion yuan of direct support for debt resolution.
`;

describe('check: a disagreement tied by a sibling only', () => {
  checkCases([
    {
      name: 'gives way to the very figure stated elsewhere in the source',
      fixture: `
        --- /w/b.brief
        A further 800 billion yuan a year of special bonds will go to swaps for five years, taking the package to 10 trillion yuan [@caixin].
        ${CAIXIN}`,
      expect: [],
    },
    {
      name: 'near miss: with no very figure elsewhere, the tied disagreement is the mismatch',
      fixture: `
        --- /w/b.brief
        A further 800 billion yuan a year of special bonds will go to swaps for five years, taking the package to 12 trillion yuan [@caixin].
        ${CAIXIN}`,
      expect: ['figure-mismatch@12 trillion yuan'],
    },
  ]);
});

describe("check: a change's ends", () => {
  checkCases([
    {
      name: "a claim's new level against the source's old one is no backing: the new one disagrees",
      fixture: `
        --- /w/b.brief
        Headline inflation slowed to 33.4% in August [@pt].
        --- /w/sources/pt.txt
        Headline inflation slowed to 32.15 per cent from 33.40 per cent, the second consecutive monthly decline.
      `,
      expect: ['figure-mismatch@33.4%'],
    },
    {
      name: 'near miss: the same end agrees',
      fixture: `
        --- /w/b.brief
        Headline inflation slowed from 33.4% to 32.2% in August [@pt].
        --- /w/sources/pt.txt
        Headline inflation slowed to 32.15 per cent from 33.40 per cent, the second consecutive monthly decline.
      `,
      expect: [],
    },
  ]);
});

describe('check: two figures of one sentence swapped', () => {
  const WGC_GOLD = `
        --- /w/sources/wgc.txt
        Gold demand trends

        Central banks bought heavily last year: Turkey bought 75 tonnes of gold and India 73 tonnes.
  `;
  const HYDRO = `
        --- /w/sources/hydro.txt
        Poland's reservoirs, the region's biggest, were 52% full and Hungary's had dropped to 47%, while Czechia's stood at 61%.
  `;
  const IEA_COSTS = `
        --- /w/sources/iea.txt
        Renewables 2024

        Producing a module in China costs around 35%
        less than in the United States and 60% less than in Europe, largely because of lower
        energy and labour costs.
  `;
  checkCases([
    {
      name: "each figure of a sentence given the other's thing: both are mismatches",
      fixture: `
        --- /w/b.brief
        Making a module in China costs roughly 60% less than in the United States and 35% less than in Europe [@iea].
        ${IEA_COSTS}`,
      expect: ['figure-mismatch@roughly 60%', 'figure-mismatch@35%'],
      messages: [{ at: 'figure-mismatch@roughly 60%', contains: ['35%'] }],
    },
    {
      name: "a year between the source's two figures owns none of their words",
      fixture: `
        --- /w/b.brief
        Africa CDC counted more than 17,000 cases and 571 deaths, with deaths up 160% and cases up 19% on the same period of 2023 [@cdc].
        --- /w/sources/cdc.txt
        Outbreak report

        More than 17,000 cases and 571 deaths had been reported this year, a 160% rise in cases and a 19% rise in deaths on the same period of 2023.
      `,
      expect: ['figure-mismatch@160%', 'figure-mismatch@19%'],
    },
    {
      name: 'near miss: the same figures, each with its own thing',
      fixture: `
        --- /w/b.brief
        Making a module in China costs roughly 35% less than in the United States and 60% less than in Europe [@iea].
        ${IEA_COSTS}`,
      expect: [],
    },
    {
      name: "each figure given to the other's subject, where both sentences name both: both are mismatches",
      fixture: `
        --- /w/b.brief
        Last year Turkey bought 73 tonnes of gold and India 75 tonnes [@wgc].
        ${WGC_GOLD}`,
      expect: ['figure-mismatch@73 tonnes', 'figure-mismatch@75 tonnes'],
    },
    {
      name: 'near miss: each figure with its own subject',
      fixture: `
        --- /w/b.brief
        Last year Turkey bought 75 tonnes of gold and India 73 tonnes [@wgc].
        ${WGC_GOLD}`,
      expect: [],
    },
    {
      name: 'two changes of one source sentence, each given to the other thing: both are mismatches',
      fixture: `
        --- /w/b.brief
        Jet fuel shipments fell 9% to 410,000 barrels a day, while naphtha exports dropped 6% to 280,000 bpd [@fuels].
        --- /w/sources/fuels.txt
        Shipments of jet fuel, the largest stream, fell 6% to 410,000 bpd, while exports of naphtha dropped 9% to 280,000 bpd.
      `,
      expect: ['figure-mismatch@9%', 'figure-mismatch@6%'],
    },
    {
      name: "a comparison's word (`from`) splits no figure's words: each origin given the other's share",
      fixture: `
        --- /w/b.brief
        Customs must inspect 12% of shipments from high-risk origins, 2% for medium-risk and 4% for low-risk ones [@customs].
        --- /w/sources/customs.txt
        Customs must inspect 12% of shipments from high-risk origins, 4% of those arriving from medium-risk origins and 2% from low-risk ones.
      `,
      expect: ['figure-mismatch@2%', 'figure-mismatch@4%'],
    },
    {
      name: "two figures whose words each hold an `and` of their own, given each other's thing: both are mismatches",
      fixture: `
        --- /w/b.brief
        Large users must pay for 90% of contracted network and metering charges and 70% of generation charges [@tariff].
        --- /w/sources/tariff.txt
        Large users must pay for 70% of their contracted network and metering charges and 90% of their generation charges, even if they use less.
      `,
      expect: ['figure-mismatch@90%', 'figure-mismatch@70%'],
    },
    {
      name: "near miss: each figure's own words are its own",
      fixture: `
        --- /w/b.brief
        Poland's reservoirs, the largest in the region, were 52% full and Hungary's 47% [@hydro].
        ${HYDRO}`,
      expect: [],
    },
    {
      name: 'near miss: the same two figures each with its own words, in the other order',
      fixture: `
        --- /w/b.brief
        Hungary's reservoirs had dropped to 47%, while Poland's, the region's biggest, were 52% full [@hydro].
        ${HYDRO}`,
      expect: [],
    },
    {
      name: "a bracket holds its figure's words: each region given the other's share",
      fixture: `
        --- /w/b.brief
        North-West Europe stood at 88% of its 2019 traffic and South-West Europe at 64% [@air].
        --- /w/sources/air.txt
        North-West Europe (64% of 2019 traffic) still trailed South-West Europe (88%), while the Baltic states passed their 2019 level.
      `,
      expect: ['figure-mismatch@88%', 'figure-mismatch@64%'],
    },
    {
      name: "near miss: an aside after a comma is its figure's words, not the next one's",
      fixture: `
        --- /w/b.brief
        In May the 840-km NordLink and the 310-km EstLink were both cut [@cable].
        --- /w/sources/cable.txt
        In May the 840-km (522-mile) NordLink, which runs from Kristiansand to Wilster, and the 310-km EstLink between Finland and Estonia were cut within hours.
      `,
      expect: [],
    },
    {
      name: 'near miss: two ends of one change are one thing at two times, whatever order each sentence gives them',
      fixture: `
        --- /w/b.brief
        Investment in grids climbed from $45bn in 2020 to about $65bn in 2023 [@grid].
        --- /w/sources/grid.txt
        Investment in grids rose to around USD 65 billion in 2023, up from USD 45 billion in 2020.
      `,
      expect: [],
    },
    {
      name: 'swapped between two sentences of the source, each told by the words its figure has to itself there',
      fixture: `
        --- /w/b.brief
        Urban consumers faced inflation of 32.53%, rural ones 37.29% [@nbs].
        --- /w/sources/nbs.txt
        CPI and inflation report

        The urban inflation rate was 37.29% (year-on-year) in December 2024, 6.38 percentage points higher than the 30.91% recorded in December 2023. The corresponding rural inflation rate was 32.53%, compared with 27.07% in December 2023.
      `,
      expect: ['figure-mismatch@32.53%', 'figure-mismatch@37.29%'],
    },
    {
      name: "near miss: a headline says the whole story's, no figure's own",
      fixture: `
        --- /w/b.brief
        The supplemental Biden signed in April set aside about $61 billion for Ukraine within a $95 billion package [@ap].
        --- /w/sources/ap.txt
        Biden signs $95 billion war aid measure with Ukraine help, ending months of delay

        The package provides about $61 billion for Ukraine, $26 billion for Israel and $8 billion for the Indo-Pacific.
      `,
      expect: [],
    },
    {
      name: 'swapped where each place comes after its figure, the words before both figures being both figures\'',
      fixture: `
        --- /w/b.brief
        Vacancy reached 5.3% in Ciudad Juárez and 9.8% in Tijuana [@mnd].
        --- /w/sources/mnd.txt
        Border markets cool

        Vacancy in Ciudad Juárez rose to 9.8%, the highest among border markets, while Tijuana's reached 5.3%.
      `,
      expect: ['figure-mismatch@5.3%', 'figure-mismatch@9.8%'],
    },
    {
      name: "near miss: a name before the first figure is that figure's, though a name follows the last",
      fixture: `
        --- /w/b.brief
        Champagne was expected to lose 26% of its volume and the Loire Valley 16%, against 29% for Burgundy [@vg].
        --- /w/sources/vg.txt
        French wine harvest

        Agreste expects Burgundy to be down 29%, the Loire Valley 26% and Champagne 16%.
      `,
      expect: ['figure-mismatch@26%', 'figure-mismatch@16%'],
    },
    {
      name: 'swapped where `respectively` pairs names listed before the figures in order',
      fixture: `
        --- /w/b.brief
        Hong Kong and Japan followed, with 9.1% and 11.4% of pledges respectively [@fia].
        --- /w/sources/fia.md
        # FDI by partner

        | Partner | Share of pledges (%) |
        | --- | --- |
        | Hong Kong | 11.4 |
        | Japan | 9.1 |
      `,
      expect: ['figure-mismatch@9.1%', 'figure-mismatch@11.4%'],
    },
    {
      name: "near miss: a figure whose words hold nothing of its own is not swapped on the other's words alone",
      fixture: `
        --- /w/b.brief
        The fund owns, since a further 8% transfer in March 2024, 16% of the utility [@fund].
        --- /w/sources/fund.txt
        In March 2024 the state transferred a further 8% of the utility to the fund's companies, lifting the fund's holding in the firm to 16%.
      `,
      expect: [],
    },
  ]);
});

describe('check: the publisher', () => {
  checkCases([
    {
      name: "a claim that names the publisher by its initials is about the publisher's figures",
      fixture: `
        --- /w/b.brief
        The INSG expects surpluses of 198 kt in 2025 and 175 kt in 2026 [@insg].
        --- /w/sources/insg.md
        ---
        title: Nickel Market Outlook 2025-2026
        publisher: International Nickel Study Group
        ---
        The market is therefore expected to remain in surplus, by 198 kt in 2025 and 157 kt in 2026, after a surplus of 179 kt in 2024.
      `,
      expect: ['figure-mismatch@175 kt'],
    },
    {
      name: 'a claim that names the publisher in full is not about the one sentence of the source that names it too',
      fixture: `
        --- /w/b.brief
        The World Bank put the average potassium chloride price at $297 a tonne in 2024, 23% below the previous year [@wb].
        --- /w/sources/wb.md
        ---
        title: Commodity Markets Outlook
        publisher: World Bank
        ---
        Fertilizer prices fell 12 percent in 2024 (y/y), reflecting ample supplies of
        potash and lower natural gas prices. The World Bank's fertilizer price index is
        projected to rise 7 percent in 2025, as China's export restrictions and sanc-
        tions-related trade frictions keep some markets tight, before easing 4 percent
        in 2026 (table 2.4). Prices nevertheless remain above their 2015-19 average,
        and affordability for farmers in low-income countries remains a concern.
      `,
      // Not a mismatch against the index's `7 percent`: the outlook states no such price.
      expect: ['figure-not-in-source@$297', 'figure-not-in-source@23%'],
    },
  ]);
});

describe('check: table rows', () => {
  checkCases([
    {
      name: "near miss: a cell of another year in the row that states the claim's other figure is that thing's, not this one's",
      fixture: `
        --- /w/b.brief
        Fixed income accounted for 17 per cent of the portfolio and cash 3 per cent [@cic].
        --- /w/sources/cic.md
        # CIC annual report 2023

        Portfolio by asset class (%)

        | Asset class | 2022 | 2023 |
        | --- | ---: | ---: |
        | Public equity | 32.8 | 36.2 |
        | Fixed income | 19.6 | 17.0 |
        | Cash and others | 2.4 | 2.2 |
      `,
      // Not a mismatch against fixed income's 19.6 of 2022, with its fix.
      expect: ['figure-not-in-source@3 per cent'],
    },
    {
      name: 'a number under no unit backs a count that agrees (a count of no known noun)',
      fixture: `
        --- /w/b.brief
        The record remains the 45,774 small-boat crossings of 2022 [@ho].
        --- /w/sources/ho.md
        # Small boat arrivals by nationality

        | Nationality | 2021 | 2022 | 2023 |
        | --- | ---: | ---: | ---: |
        | Albania | 815 | 12,658 | 924 |
        | Total | 28,526 | 45,774 | 29,437 |
      `,
      expect: [],
    },
    {
      name: "a row's label is every cell's: the last column's figure backs the claim as the first column's would",
      fixture: `
        --- /w/b.brief
        Chad's own appeal has more than doubled since 2023, to $1.45 billion [@fts].
        --- /w/sources/fts.md
        # Humanitarian funding

        ## Requirements by appeal (US$ million)

        | Appeal | 2023 | 2024 | 2025 |
        | --- | ---: | ---: | ---: |
        | Sudan HNRP | 2,564 | 2,694 | 4,162 |
        | Chad HNRP | 674 | 1,130 | 1,450 |

        Chad's requirement has more than doubled since 2023 as refugees continued to arrive.
      `,
      expect: [],
    },
  ]);
});

describe('check: a count the source states of another noun', () => {
  checkCases([
    {
      name: 'two counts of one noun share it, as a word (`cutting 10,000 jobs`, `cutting at least 10,000 jobs`); EBITDA is no name',
      fixture: `
        --- /w/b.brief
        For 2024 it guided for underlying EBITDA of $1 billion to $6 billion, and it is cutting 10,000 jobs [@maersk].
        --- /w/sources/maersk.txt
        Maersk suspends buyback, warns Red Sea disruption could last

        For 2024, Maersk guided for underlying EBITDA of between $1 billion and $6 billion, a wide range. The company is cutting at least 10,000 jobs as part of a cost programme announced in November.
      `,
      expect: ['figure-more-specific@10,000 jobs'],
    },
    {
      name: 'the very number, of another noun, about the same thing, backs the count',
      fixture: `
        --- /w/b.brief
        In December Washington added 140 companies to the Entity List [@rules].
        Thirty-four of the 48 approved plants are now producing [@wire].
        --- /w/sources/rules.txt
        The Commerce Department on Monday added 140 entities to its Entity List, a trade blacklist.
        --- /w/sources/wire.txt
        The scheme has so far brought 34 plants into production out of 48 approved projects.
      `,
      expect: [],
    },
    {
      name: "the words before the noun say what is counted (`UK fixed-rate` mortgages and deals)",
      fixture: `
        --- /w/b.brief
        Around 1.6 million UK fixed-rate mortgages will expire in 2025 [@note].
        --- /w/sources/note.md
        # Mortgage markets monitor

        Around 1.6 million UK fixed-rate deals are due to end in 2025, most of them fixed when rates were below 2%.
      `,
      expect: [],
    },
    {
      name: "near miss: another number of another noun contradicts nothing",
      fixture: `
        --- /w/b.brief
        In December Washington added 150 companies to the Entity List [@rules].
        --- /w/sources/rules.txt
        The Commerce Department on Monday added 140 entities to its Entity List, a trade blacklist.
      `,
      expect: ['figure-not-in-source@150 companies'],
    },
    {
      name: "near miss: the claim's own noun with another number is still the mismatch",
      fixture: `
        --- /w/b.brief
        The province closed 12 mines last year [@wire].
        --- /w/sources/wire.txt
        The province closed 15 mines last year and idled 12 smelters.
      `,
      expect: ['figure-mismatch@12 mines'],
    },
    {
      name: "the source's one count of the claim's noun and the word that says which, in other words, is the mismatch",
      fixture: `
        --- /w/b.brief
        The deal came with ten prior actions, most of which were never completed [@ledger].
        --- /w/sources/ledger.txt
        The staff-level agreement was subject to eight prior actions, including a bank restructuring law and an audit of the central bank.
      `,
      expect: ['figure-mismatch@ten prior actions'],
    },
    {
      name: 'near miss: a bare noun, which many counts share, is not enough',
      fixture: `
        --- /w/b.brief
        The deal came with ten actions, most of which were never completed [@ledger].
        --- /w/sources/ledger.txt
        The staff-level agreement was subject to eight actions, including a bank restructuring law and an audit of the central bank.
      `,
      expect: ['figure-not-in-source@ten actions'],
    },
  ]);
});

describe('check: figure-not-in-source', () => {
  checkCases([
    {
      name: 'the cited source states nothing comparable',
      fixture: `
        --- /w/b.brief
        Japan stockpiles 40% of its annual dysprosium demand [@iea].
        ${IEA}`,
      expect: ['figure-not-in-source@40%'],
      then: (r) => assert.strictEqual(r.diagnostics[0].severity, 'warning'),
    },
    {
      name: 'fix: cite a source that does support it',
      fixture: `
        --- /w/b.brief
        Japan stockpiles 40% of its annual dysprosium demand [@iea].
        ${IEA}
        --- /w/sources/jogmec.txt
        Stockpile report

        Japan stockpiles 40% of its annual dysprosium demand.
      `,
      expect: ['figure-not-in-source@40%'],
      messages: [{ at: 'figure-not-in-source@40%', contains: ['jogmec'] }],
      fixes: [{ at: 'figure-not-in-source@40%', title: 'Cite jogmec', result: 'Japan stockpiles 40% of its annual dysprosium demand [@iea; @jogmec].' }],
    },
    {
      name: 'near miss: the source states it',
      fixture: `
        --- /w/b.brief
        Japan stockpiles 40% of its annual dysprosium demand [@jogmec].
        --- /w/sources/jogmec.txt
        Stockpile report

        Japan stockpiles 40% of its annual dysprosium demand.
      `,
      expect: [],
    },
    {
      name: 'near miss: only an unknown key is cited (reported as unknown-source alone)',
      fixture: `
        --- /w/b.brief
        Japan stockpiles 40% of its annual dysprosium demand [@nobody].
        ${IEA}`,
      expect: ['unknown-source@nobody'],
    },
  ]);
});

describe("check: a bound at the source's amount cut to its last digit", () => {
  // The source's amount in words too unlike the claim's to match (`received`, `was allocated`).
  const reserve = (claim: string): string => `
        --- /w/b.brief
        Romania received ${claim} from the second package [@fet].
        --- /w/sources/fet.txt
        Agricultural reserve

        A second package of €100 million followed in June 2023 and was split among five countries: Poland (€39.3 million), Romania (€22.4 million), Bulgaria (€16.8 million), Hungary (€15.9 million) and Slovakia (€5.6 million).
  `;
  checkCases([
    { name: '`nearly €23 million` of `€22.4 million`', fixture: reserve('nearly €23 million'), expect: [] },
    { name: 'near miss: `nearly €24 million`, a digit past it, is not it', fixture: reserve('nearly €24 million'), expect: ['figure-mismatch@nearly €24 million'] },
  ]);
});

describe('check: figure-more-specific', () => {
  checkCases([
    {
      name: 'a point inside the source range: use the source wording',
      fixture: `
        --- /w/b.brief
        China accounts for 88% of refining [@a].
        --- /w/sources/a.txt
        Refining report

        China accounts for 85-90% of refining.
      `,
      expect: ['figure-more-specific@88%'],
      fixes: [{ at: 'figure-more-specific@88%', result: 'China accounts for 85-90% of refining [@a].' }],
      then: (r) => assert.strictEqual(r.diagnostics[0].severity, 'information'),
    },
    {
      name: '93% where the source says over 90%: the fix is lower-cased mid-sentence',
      fixture: `
        --- /w/b.brief
        China holds 93% of magnet production [@a].
        --- /w/sources/a.txt
        Magnet report

        Over 90% of magnet production is held by China.
      `,
      expect: ['figure-more-specific@93%'],
      fixes: [{ at: 'figure-more-specific@93%', result: 'China holds over 90% of magnet production [@a].' }],
    },
    {
      name: "a month at the start of the source's sentence keeps its capital in the fix",
      fixture: `
        --- /w/b.brief
        The benchmark is the April 2024 futures contract [@a].
        --- /w/sources/a.txt
        Carbon report

        December 2024 futures are the benchmark contract.
      `,
      expect: ['figure-mismatch@April 2024'],
      fixes: [{ at: 'figure-mismatch@April 2024', result: 'The benchmark is the December 2024 futures contract [@a].' }],
    },
    {
      name: 'near miss: the same range in other words',
      fixture: `
        --- /w/b.brief
        China accounts for between 85 and 90% of refining [@a].
        --- /w/sources/a.txt
        Refining report

        China accounts for 85-90% of refining.
      `,
      expect: [],
    },
    {
      name: 'near miss: the same bound',
      fixture: `
        --- /w/b.brief
        China holds more than 90% of magnet production [@a].
        --- /w/sources/a.txt
        Magnet report

        Over 90% of magnet production is held by China.
      `,
      expect: [],
    },
  ]);
  const retained = (claim: string) => `
        --- /w/b.brief
        The government lets Codelco keep up to 30% of its profits ${claim} to help fund its investment programme [@a].
        --- /w/sources/a.txt
        Codelco results

        The government has allowed Codelco to retain up to 30% of its profits between 2024 and 2030 to help fund its investment programme.
  `;
  checkCases([
    { name: "a year after `until` is the end of the source's span, no point inside it", fixture: retained('until 2030'), expect: [] },
    { name: "near miss: `until` a year before the span's end disagrees", fixture: retained('until 2029'), expect: ['figure-mismatch@2029'] },
    { name: 'near miss: a year of the span without `until` is more specific', fixture: retained('in 2030'), expect: ['figure-more-specific@2030'] },
  ]);
});

describe('check: the same thing is decided clause by clause', () => {
  const CRM = `
    --- /w/sources/crm.txt
    Critical raw materials review

    The United States imports more than 80% of its rare earths.
    The European Union relies on China for 98% of its magnets.
  `;
  checkCases([
    {
      name: 'two figures about two things, both supported',
      fixture: `
        --- /w/b.brief
        The U.S. imports over 80% of its rare earths, while the EU relies on China for 98% of its magnets [@crm].
        ${CRM}`,
      expect: [],
    },
    {
      name: 'only the wrong one of the two is a mismatch',
      fixture: `
        --- /w/b.brief
        The U.S. imports over 80% of its rare earths, while the EU relies on China for 90% of its magnets [@crm].
        ${CRM}`,
      expect: ['figure-mismatch@90%'],
      fixes: [
        {
          at: 'figure-mismatch@90%',
          result: 'The U.S. imports over 80% of its rare earths, while the EU relies on China for 98% of its magnets [@crm].',
        },
      ],
    },
    {
      name: 'only the wrong U.S. figure is a mismatch',
      fixture: `
        --- /w/b.brief
        The U.S. imports under 50% of its rare earths, while the EU relies on China for 98% of its magnets [@crm].
        ${CRM}`,
      expect: ['figure-mismatch@under 50%'],
    },
    {
      // The figures of one claim sentence are stated by one source sentence.
      name: "a mismatch quotes the source's figure for this one, not for another figure of the sentence",
      fixture: `
        --- /w/b.brief
        Canal revenue fell to about $4 billion last year from $10.52 billion the year before [@scz].
        --- /w/sources/scz.txt
        Suez Canal Authority

        Canal revenue fell to about $4 billion in 2024 from $10.25 billion in 2023, the chairman said.
      `,
      expect: ['figure-mismatch@$10.52 billion'],
      messages: [{ at: 'figure-mismatch@$10.52 billion', contains: ["says '$10.25 billion'"] }],
      fixes: [{ at: 'figure-mismatch@$10.52 billion', result: 'Canal revenue fell to about $4 billion last year from $10.25 billion the year before [@scz].' }],
    },
    {
      name: "a year that the source gives as `last year` is read from the source's date",
      fixture: `
        --- /w/b.brief
        TSMC plans capex of $38–42 billion in 2025, against $29.8 billion in 2024 [@ft].
        --- /w/sources/ft.md
        ---
        date: 2025-01-16
        ---
        The company said it expected capital expenditure of between $38bn and $42bn in 2025, up from $29.8bn last year.
      `,
      expect: [],
    },
    {
      // The page's date may be the day it was copied: such a year backs, and never contradicts.
      name: "near miss: a year read from the source's date contradicts no year",
      fixture: `
        --- /w/b.brief
        TSMC's capital expenditure was $29.8 billion in 2023 [@ft].
        --- /w/sources/ft.md
        ---
        date: 2025-01-16
        ---
        TSMC's capital expenditure was $29.8bn last year.
      `,
      expect: ['figure-not-in-source@2023'],
    },
    {
      name: "a day and month that the source gives without a year are dated by the source's date",
      fixture: `
        --- /w/b.brief
        On 24 February 2024 three cables were damaged in the Red Sea [@cap].
        --- /w/sources/cap.md
        ---
        date: 2024-03-05
        ---
        Three submarine cables in the Red Sea were damaged on 24 February, disrupting traffic.
      `,
      expect: [],
    },
    {
      name: "a change beside a source's dates without a year, which are no other figure's words",
      fixture: `
        --- /w/b.brief
        Ivorian port arrivals stood at 1.02 million tonnes by mid-December, up 21% on the previous season [@wire].
        --- /w/sources/wire.md
        ---
        date: 2023-12-18
        ---
        Arrivals of cocoa at Ivorian ports reached 1.02 million tonnes between Oct. 1 and Dec. 15, down 21% from the same period last season, exporters estimated.
      `,
      expect: ['figure-mismatch@21%'],
    },
    {
      name: 'a count of units is backed by the very number of what the source counts',
      fixture: `
        --- /w/b.brief
        Japan's vehicle exports fell 4.9% to 4.21 million units in 2024 [@jama].
        --- /w/sources/jama.txt
        The motor industry of Japan

        Domestic production of motor vehicles fell 8.5% in 2024 to 8,235,000 units, from 8,998,000 in 2023. Japan exported 4,205,000 motor vehicles in 2024, 4.9% fewer than in 2023.
      `,
      expect: [],
    },
    {
      name: "near miss: a count of units is contradicted by the source's units, not by another noun's count",
      fixture: `
        --- /w/b.brief
        Japan exported 4.5 million units in 2024 [@jama].
        --- /w/sources/jama.txt
        The motor industry of Japan

        Japan exported 4,205,000 motor vehicles in 2024. Exports to the US were 1,373,000 units.
      `,
      expect: ['figure-not-in-source@4.5 million units'],
    },
    {
      name: 'a count that the source gives after `the` backs the claim, and contradicts none',
      fixture: `
        --- /w/b.brief
        Restoring all three cables took more than four months [@icpc]. Repairing four Baltic cables took two months [@icpc].
        --- /w/sources/icpc.txt
        Submarine cable resilience

        Restoring the three cables cut in the Red Sea took more than four months. Repairing the two Baltic cables took two months.
      `,
      expect: ['figure-not-in-source@four Baltic cables'],
    },
    {
      name: "an amount the source states to four digits or more is its own, in whatever words the claim puts it",
      fixture: `
        --- /w/b.brief
        Shipments abroad dropped 8.3% to 29.54 million tonnes, while domestic consumption rose 2.8% to 23.58 million tonnes [@gapki].
        --- /w/sources/gapki.txt
        Palm oil in 2024

        Exports fell 8.3% to 29.54 million tonnes, and export earnings declined to US$27.76 billion. Domestic consumption rose 2.8% to 23.85 million tonnes, driven by biodiesel.
      `,
      expect: ['figure-mismatch@23.58 million tonnes'],
    },
    {
      name: "an amount in another currency beside the claim's other figure backs it, however few words the two share",
      fixture: `
        --- /w/b.brief
        In early January they changed hands at RM4,480 a tonne, or roughly US$1,000 [@wire].
        --- /w/sources/wire.txt
        Palm oil

        Benchmark futures rose about 27% in 2024, their first annual gain in three years, and traded at 4,480 ringgit ($1,002) on Friday.
      `,
      expect: [],
    },
    {
      name: "a figure of another unit set off by `or` beside the claim's other figure backs it, however few words the two share",
      fixture: `
        --- /w/b.brief
        Taken together, Gulf buyers absorbed 31.4% of Kenya's shipments, about 12.6 million crates [@board].
        --- /w/sources/board.txt
        Flower exports

        The Gulf as a whole took 12.62 million crates, or 31.4% of the total, making it the largest market for Kenyan roses.
      `,
      expect: [],
    },
    {
      name: "near miss: another currency's amount of another sentence needs the claim's words",
      fixture: `
        --- /w/b.brief
        In early January they changed hands at RM4,480 a tonne, or roughly US$1,000 [@wire].
        --- /w/sources/wire.txt
        Palm oil

        Benchmark futures traded at 4,480 ringgit a ton on Friday. The fund raised $1,002 from investors.
      `,
      expect: ['figure-not-in-source@roughly US$1,000'],
    },
    {
      name: 'a source that defines MT as a million tonnes means it so throughout',
      fixture: `
        --- /w/b.brief
        Coal India mined 781 Mt, and captive mines 187.9 Mt [@et].
        --- /w/sources/et.txt
        India's coal output

        Output reached 1,047.6 million tonnes (MT) in 2024-25. Coal India Ltd contributed 781.1 MT, while captive and commercial mines produced 187.9 MT.
      `,
      expect: [],
    },
    {
      name: "near miss: a source that defines MT as a metric ton, or writes a scale before it, means a metric ton",
      fixture: `
        --- /w/b.brief
        Vietnam supplied 3.54 million tonnes, and imports reached 4.68 million tonnes [@da].
        --- /w/sources/da.txt
        Rice imports

        Imports reached 4.68 million metric tons (MT) in 2024. Vietnam remained the dominant supplier with 3.54 million MT.
      `,
      expect: [],
    },
    {
      name: "a source that names the naira writes it `N` before an amount",
      fixture: `
        --- /w/b.brief
        Dangote cut its ex-depot price by ₦65 to ₦825 a litre [@pt].
        --- /w/sources/pt.txt
        Dangote refinery slashes petrol price

        The refinery reduced the ex-depot price to N825 per litre from N890, a cut of N65, as the naira firmed.
      `,
      expect: [],
    },
    {
      name: 'near miss: a source that never names the naira has no `N` amounts',
      fixture: `
        --- /w/b.brief
        The respirator cost ₦95 [@shop].
        --- /w/sources/shop.txt
        Masks

        The N95 respirator filters 95% of particles.
      `,
      expect: ['figure-not-in-source@₦95'],
    },
    {
      name: 'a figure in Markdown emphasis',
      fixture: `
        --- /w/b.brief
        Mexico built a record 3.99 million light vehicles in 2024 [@amia].
        --- /w/sources/amia.md
        # Highlights

        Mexico produced a record **3,989,403** light vehicles in 2024, 5.6% more than in _2023_.
      `,
      expect: [],
    },
    {
      name: 'a count the source gives with its noun before it backs a count of the claim',
      fixture: `
        --- /w/b.brief
        Nearly 14 million electric cars were sold in 2023 [@gevo]. China accounted for 8.1 million new registrations [@gevo].
        --- /w/sources/gevo.txt
        Global EV Outlook

        Electric car sales neared 14 million in 2023. In China, new electric car registrations reached 8.1 million in 2023.
      `,
      expect: [],
    },
    {
      // Its noun is not known: it may count something else.
      name: 'near miss: a count the source gives with its noun before it contradicts no count',
      fixture: `
        --- /w/b.brief
        In China, new electric car registrations reached 9.1 million cars in 2023 [@gevo].
        --- /w/sources/gevo.txt
        Global EV Outlook

        In China, new electric car registrations reached 8.1 million in 2023.
      `,
      expect: ['figure-not-in-source@9.1 million cars'],
    },
    {
      // A report gives a series in one sentence: each figure is of its year.
      name: "a figure of another year is another measurement: the claim's year's figure backs it",
      fixture: `
        --- /w/b.brief
        Mine production grew 18% in 2024 [@rev]. Lithium carbonate averaged $46,000/t in 2023 [@rev].
        --- /w/sources/rev.txt
        Lithium market review

        Lithium carbonate prices averaged $68,000 a tonne in 2022, $46,000 in 2023 and $14,000 in 2024. Mine production rose 23% in 2023 and 18% in 2024.
      `,
      expect: [],
    },
    {
      name: "a figure of the claim's year that disagrees is the mismatch, though the claim's value is another year's",
      fixture: `
        --- /w/b.brief
        Lithium carbonate averaged $14,000 a tonne in 2023 [@rev].
        --- /w/sources/rev.txt
        Lithium market review

        Lithium carbonate prices averaged $68,000 a tonne in 2022, $46,000 in 2023 and $14,000 in 2024.
      `,
      expect: ['figure-mismatch@$14,000'],
      messages: [{ at: 'figure-mismatch@$14,000', contains: ["says '$46,000'"] }],
    },
    {
      name: "near miss: a figure of the claim's year backs nothing for its year alone",
      fixture: `
        --- /w/b.brief
        Myanmar produced 45,000 tonnes in 2024 [@usgs].
        --- /w/sources/usgs.txt
        USGS rare earths summary

        China produced 270,000 tonnes of rare earths in 2024, up from 240,000 tonnes in 2023. The United States produced 45,000 tonnes in 2024, and Myanmar 31,000 tonnes. China's share of global mine output fell to 69% from 70%. Australia's Lynas produced 10,700 tonnes of rare earth oxide in fiscal 2024.
      `,
      expect: ['figure-mismatch@45,000 tonnes'],
      messages: [{ at: 'figure-mismatch@45,000 tonnes', contains: ["says '31,000 tonnes'"] }],
    },
    {
      // A figure of another unit ties the two sentences as well as one of the same unit.
      name: "a source sentence that states the claim sentence's figure of another unit is where its other figure is compared",
      fixture: `
        --- /w/b.brief
        The price cap puts the average household bill at £1,738 a year, up 2.1% on the quarter [@grid].
        --- /w/sources/grid.txt
        Britain's grid queue hits record

        Households paid an average of £1,738 a year for energy under the price cap from January, a rise of 1.2% on the previous quarter.
      `,
      expect: ['figure-mismatch@2.1%'],
      messages: [{ at: 'figure-mismatch@2.1%', contains: ["says '1.2%'"] }],
    },
    {
      name: "an agreeing figure of a source sentence that states two of the claim sentence's other figures backs it on any likeness",
      fixture: `
        --- /w/b.brief
        The auction's average price dropped about 10% over 2024, to $2.30/kg from $2.56/kg [@tbk].
        --- /w/sources/tbk.txt
        Tea industry performance 2024

        Export volume rose by 16.0 per cent to 598.6 million kilograms in 2024.
        Mombasa realised a mean of USD 2.30 per kg,
        against USD 2.56 in 2023, a decline of 10.2 per cent. Kenyan teas sold
        through the auction amounted to 552.8 million kg.
      `,
      expect: [],
    },
    {
      name: "near miss: an agreeing figure beside the source's statement of the claim's figure of another unit backs it on few shared words",
      fixture: `
        --- /w/b.brief
        Chips made at 7 nm or finer generated 74 per cent of wafer revenue [@wire].
        --- /w/sources/wire.txt
        UPDATE 2-TSMC Q2 revenue jumps 39% as AI chip demand stays hot
        rose 38.6% to NT$933.8 billion ($31.7 billion), beating analyst
        forecasts, as demand for artificial-intelligence chips stayed strong.
        Net profit jumped about 61% to a record NT$398.3 billion, the
        world's largest contract chipmaker said.
        Advanced technologies, defined as 7-nanometre and below, accounted
        for 74% of wafer revenue, up from 67% a year earlier. The 3nm
        process alone made up a quarter of wafer revenue.
        The company kept its 2025 capital spending budget at between $38
        grow by close to 30% in U.S. dollar terms.
      `,
      expect: [],
    },
    {
      name: "a table's cell is of its column's year: the claim's year picks the column it disagrees with",
      fixture: `
        --- /w/b.brief
        US defence spending is set to rise to 3.6% of GDP in 2025 [@nato].
        US defence spending was 3.4% of GDP in 2024 [@nato].
        ${NATO_TABLE}
      `,
      expect: ['figure-mismatch@3.6%'],
      messages: [{ at: 'figure-mismatch@3.6%', contains: ["'3.2%'"] }],
    },
    {
      name: "a table row that states the claim's value in another year's column does not keep the claim's year's cell from disagreeing",
      fixture: `
        --- /w/b.brief
        Polish defence spending was 4.5% of GDP in 2024 [@nato].
        ${NATO_TABLE}
      `,
      expect: ['figure-mismatch@4.5%'],
      messages: [{ at: 'figure-mismatch@4.5%', contains: ["'4.1%'"] }],
    },
    {
      name: "near miss: the year a claim's sentence names leaves a source's figure of another year, right after it, no mismatch",
      fixture: `
        --- /w/b.brief
        EUAs ended 2025 at €80.9 a tonne [@outlook].
        --- /w/sources/outlook.txt
        Carbon outlook

        The benchmark EUA contract averaged €73.8 a tonne in 2025 and closed the year at €80.9.
        We expect EUA prices to average €82–88 a tonne in 2026.
      `,
      expect: [],
    },
    {
      name: "the one year a claim's sentence names picks the column too, where none stands right after the figure",
      fixture: `
        --- /w/b.brief
        In 2025 US defence spending is set to rise to 3.4% of GDP [@nato].
        In 2024 Polish defence spending was 4.1% of GDP [@nato].
        US defence spending was 3.4% of GDP a year earlier, in the last full year [@nato].
        ${NATO_TABLE}
      `,
      expect: ['figure-mismatch@3.4%'],
      messages: [{ at: 'figure-mismatch@3.4%', contains: ["'3.2%'"] }],
    },
    {
      name: "a claim's own table: a cell is of its column's year, and a value of the other year's column is a mismatch",
      fixture: `
        --- /w/b.brief
        | Country | Defence spending, 2024 (% of GDP) | Defence spending, 2025 (% of GDP) | Source |
        | --- | --- | --- | --- |
        | United States | 3.2% | 3.2% | [@nato] |
        | Poland | 4.1% | 4.5% | [@nato] |
        ${NATO_TABLE}
      `,
      expect: ['figure-mismatch@3.2%'],
      messages: [{ at: 'figure-mismatch@3.2%', contains: ["'3.4%'"] }],
    },
    {
      name: "a claim's table row is of its label's year where its header names none",
      fixture: `
        --- /w/b.brief
        | Year | Polish defence spending (% of GDP) | Source |
        | --- | --- | --- |
        | 2024 | 4.5% | [@nato] |
        | 2025 | 4.5% | [@nato] |
        ${NATO_TABLE}
      `,
      expect: ['figure-mismatch@4.5%'],
      messages: [{ at: 'figure-mismatch@4.5%', contains: ["'4.1%'"] }],
    },
    {
      name: "a claim's table cell has its column's header words: what the row's figure is of",
      fixture: `
        --- /w/b.brief
        | Meeting | Policy rate after the meeting | Source |
        | --- | --- | --- |
        | 16 December 2024 | 12% | [@sbp] |
        --- /w/sources/sbp.txt
        Rates review

        The policy rate was cut to 13% at the meeting of 16 December 2024.

        By then, inflation had fallen below 5%.
      `,
      expect: ['figure-mismatch@12%'],
      messages: [{ at: 'figure-mismatch@12%', contains: ["'13%'"] }],
    },
    {
      name: "a table cell's own column's header says most what it is: the mismatch quotes the output, not the quota",
      fixture: `
        --- /w/b.brief
        Russia's September output was 9.5 million bpd [@opec].
        --- /w/sources/opec.md
        # OPEC+ output

        | Country | Quota (mb/d) | Sept 2024 output (mb/d) |
        | --- | --- | --- |
        | Saudi Arabia | 8.98 | 8.97 |
        | Russia | 8.98 | 9.05 |
      `,
      expect: ['figure-mismatch@9.5 million bpd'],
      messages: [{ at: 'figure-mismatch@9.5 million bpd', contains: ["'9.05 mb/d'"] }],
    },
    {
      name: "a name in the source's title carries its initials: a claim's JLR is the title's Jaguar Land Rover",
      fixture: `
        --- /w/b.brief
        The shutdown costs JLR £60 million a week [@wire].
        --- /w/sources/wire.txt
        Jaguar Land Rover halts production after cyber incident

        Analysts estimate the shutdown costs £50 million a week.
      `,
      expect: ['figure-mismatch@£60 million'],
    },
    {
      name: "near miss: a source sentence that states the claim's very figure disagrees with nothing",
      fixture: `
        --- /w/b.brief
        Global inventories stand at 7,631 million barrels [@iea].
        --- /w/sources/iea.txt
        Global observed oil inventories fell by 20.7 million barrels to 7,631 million barrels.
      `,
      expect: [],
    },
    {
      name: 'near miss: a source sentence that states both figures of the claim sentence disagrees with neither',
      fixture: `
        --- /w/b.brief
        WTI gained 1.4%, to about $77 [@oil].
        --- /w/sources/oil.txt
        Oil prices rise

        U.S. West Texas Intermediate crude futures gained $1.10, or 1.4%, to $77.05.
      `,
      expect: [],
    },
    {
      name: 'near miss: a year in both sentences ties nothing',
      fixture: `
        --- /w/b.brief
        Battery storage made up 45% of the queue in 2024 [@grid].
        --- /w/sources/grid.txt
        Britain's grid queue hits record

        In 2024, households paid 12% more for energy than the year before.
      `,
      expect: ['figure-not-in-source@45%'],
    },
    {
      name: 'a figure the sentence-aligned source sentence states is supported, though another sentence shares more words',
      fixture: `
        --- /w/b.brief
        European arms imports rose 94% between 2014–18 and 2019–23 [@sipri].
        --- /w/sources/sipri.txt
        Ukraine becomes world's largest arms importer; European arms imports nearly double

        European states almost doubled their imports of major arms (+94 per cent) between 2014–18 and 2019–23. Ukraine was the largest European arms importer in 2019–23 and the fourth largest in the world, with at least 30 states supplying major arms to the country since February 2022.

        The United States' arms exports grew by 17 per cent between 2014–18 and 2019–23, while Russia's arms exports dropped by 53 per cent.
      `,
      expect: [],
    },
    {
      name: 'a wrong part of a counted whole disagrees with the part, not the whole',
      fixture: `
        --- /w/b.brief
        Twenty-five of the 32 allies will meet the spending target this year [@nato].
        --- /w/sources/nato.txt
        Defence spending

        Twenty-three of NATO's 32 members will meet the alliance's spending target this year.
      `,
      expect: ['figure-mismatch@Twenty-five'],
      messages: [{ at: 'figure-mismatch@Twenty-five', contains: ["says 'Twenty-three'"] }],
    },
  ]);
});

describe('check: the figure next to a figure the source states the same', () => {
  checkCases([
    {
      name: "a change's other end of the claim's own year is that year's level, whichever way it was reached",
      fixture: `
        --- /w/b.brief
        Export earnings fell to A$116bn in 2024-25 [@abre].
        --- /w/sources/abre.txt
        Resources outlook

        Export earnings are forecast to fall from A$116 billion in 2024–25 to A$103 billion in 2025–26.
      `,
      expect: [],
    },
    {
      name: "near miss: a change's other end of another year is another measurement",
      fixture: `
        --- /w/b.brief
        Export earnings fell to A$116bn in 2025-26 [@abre].
        --- /w/sources/abre.txt
        Resources outlook

        Export earnings are forecast to fall from A$116 billion in 2024–25 to A$103 billion in 2025–26.
      `,
      expect: ['figure-mismatch@A$116bn'],
    },
    {
      name: "a date beside the statement of the figure beside the claim's backs it, on no shared words, ahead of another date more alike",
      fixture: `
        --- /w/b.brief
        Reserves peaked at $704.9bn on 27 September 2024 [@rbi].
        --- /w/sources/rbi.txt
        Annual report

        Foreign exchange reserves rose by US$ 21.9 billion during 2024-25 to US$ 668.3 billion at end-March 2025, after touching an all-time high of US$ 704.9 billion on September 27, 2024.

        Inflation peaked at 6.2 per cent in October 2024 on vegetable prices before easing to 3.3 per cent by March 2025.
      `,
      expect: [],
    },
    {
      name: 'a date beside the statement of the figure beside the claim\'s is its mismatch, on few shared words',
      fixture: `
        --- /w/b.brief
        The previous monthly high, 15.1 million tons, dated from March 2023 [@wire].
        --- /w/sources/wire.txt
        Brazil soy exports hit record

        The previous monthly record, 15.1 million tons, was set in May 2023, according to figures compiled since 1997.
      `,
      expect: ['figure-mismatch@March 2023'],
    },
    {
      name: 'near miss: a stretch of time beside a date is between two dates, and ties neither',
      fixture: `
        --- /w/b.brief
        Luxembourg's Administrative Tribunal upheld Amazon's fine in March 2025, nearly four years after the CNPD announced it [@court].
        --- /w/sources/court.txt
        Court upholds Amazon's record data protection fine

        Luxembourg's Administrative Tribunal on Tuesday rejected Amazon's appeal against the €746 million fine imposed by the National Commission for Data Protection (CNPD) in July 2021, nearly four years after the penalty was announced.
      `,
      expect: ['figure-not-in-source@March 2025'],
    },
    {
      name: "a looser statement beside the statement of the figure beside the claim's says the source speaks of it",
      fixture: `
        --- /w/b.brief
        The four northern ports loaded 5.2 million tonnes between them, 34% of the national total [@ports].
        --- /w/sources/ports.txt
        Northern Arc gains ground

        Ports in the Northern Arc loaded 5.2 million tonnes of soybeans in April, more than a third of the country's shipments, according to line-up data.
      `,
      expect: ['figure-more-specific@34%'],
    },
    {
      name: "near miss: another's change in the sentence that states the claim's level, beside another figure, is not its mismatch",
      fixture: `
        --- /w/b.brief
        Spain came third with 31.0 million hl, an increase of 9.5% [@wire].
        --- /w/sources/wire.txt
        Wine output at lowest since 1961

        Italy regained its place as the world's largest producer with 44.1 million hl, up 15%, ahead of Spain at 31.0 million hl.
      `,
      expect: ['figure-not-in-source@9.5%'],
    },
  ]);
});

describe('check: a rounded figure and a column of the sentence\'s year', () => {
  checkCases([
    {
      name: "the source's figure rounded backs the claim on few shared words",
      fixture: `
        --- /w/b.brief
        Only about 64% of the cumulative pledges has actually been disbursed [@fia].
        --- /w/sources/fia.txt
        Foreign investment report

        Accumulated disbursed capital of foreign investment projects was estimated at USD 322.5 billion, equal to 64.1% of total valid registered capital.
      `,
      expect: [],
    },
    {
      name: 'near miss: a figure within the tolerance but not the claim rounded is not its backing',
      fixture: `
        --- /w/b.brief
        Only about 64% of the cumulative pledges has actually been disbursed [@fia].
        --- /w/sources/fia.txt
        Foreign investment report

        Accumulated disbursed capital of foreign investment projects was estimated at USD 322.5 billion, equal to 66.9% of total valid registered capital.
      `,
      expect: ['figure-not-in-source@about 64%'],
    },
    {
      name: "a row's cell under another year than the sentence names: the cell under its year is the mismatch",
      fixture: `
        --- /w/b.brief
        In 2024 Poland was again the biggest buyer at NOK 15.8 billion [@nsc].
        --- /w/sources/nsc.md
        # Seafood exports

        Export value, NOK billion

        | Market | 2023 | 2024 |
        | --- | ---: | ---: |
        | Poland | 15.8 | 16.9 |
        | Denmark | 11.6 | 11.2 |
      `,
      expect: ['figure-mismatch@NOK 15.8 billion'],
    },
    {
      name: 'a season after `for` is the year the sentence names (`for 2024/25`)',
      fixture: `
        --- /w/b.brief
        USDA's estimate of Thailand's production for 2024/25 is lower, at 8.8 million tonnes [@usda].
        --- /w/sources/usda.txt
        Sugar: World Markets and Trade

        Table 1. Production in Selected Countries
        (1,000 metric tons, raw value)

                          2023/24     2024/25     2025/26
        Brazil             46,880      44,000      44,700
        Thailand            8,800      10,100      10,300
        China               9,960      11,160      11,500
      `,
      expect: ['figure-mismatch@8.8 million tonnes'],
    },
  ]);
});

describe('check: a change column of two years beside the later year', () => {
  const FACTSHEET = `
        --- /w/sources/fs.txt
        NMDPRA                                     Downstream Petroleum Sector Fact Sheet - FY 2024
        Nigerian Midstream and Downstream Petroleum Regulatory Authority

        1. Overview

        Petroleum Motor Spirit (PMS, petrol) imports fell by about a quar-
        ter in 2024, to 10.5 million tonnes, the lowest annual volume since
        2010, as higher pump prices curbed demand and the Dangote Petro-
        leum Refinery began supplying the domestic market in September.¹
        Average daily PMS supply fell to 43.7 million litres, from 52.1 mil-
        lion litres in 2023.

        Domestic refineries supplied 11.2% of the PMS sold in Nigeria in
        2024, up from 0.6% in 2023, an increase of 10.6 percentage points.
        Automotive Gas Oil (AGO, diesel) imports fell 37%, as the Dangote
        refinery, which began AGO production in January 2024, supplied an
        estimated 60 to 65 per cent of the domestic diesel market by De-
        cember. Aviation Turbine Kerosene (ATK) imports fell by 43%.

        The number of licensed PMS importers fell to 32 in 2024, from 48
        in 2023, as the Authority tightened import permit conditions.

        ¹ Dangote Petroleum Refinery supplied PMS to the domestic market
          from 15 September 2024.

        NMDPRA/DPS/FS/2024-4                                                          Page 2 of 9
        NMDPRA                                     Downstream Petroleum Sector Fact Sheet - FY 2024
        Nigerian Midstream and Downstream Petroleum Regulatory Authority

        Table 2: Downstream supply indicators, 2022-2024

                                                2022        2023        2024      Change,
        Indicator                                                                 2023-24
        PMS imports (million tonnes)            18.1        14.1        10.5        -26%
        PMS supply (million litres/day)²        66.9        52.1        43.7        -16%
        AGO imports (million tonnes)             5.2         4.6         2.9        -37%
        ATK imports (million tonnes)             0.8         0.7         0.4        -43%
        Domestic refinery output                 0.2         0.3         7.6          ..
          (million tonnes, all products)³
        Retail outlets (number)               11,954      12,310      12,706         +3%

        ² Imports plus domestic refinery supply; daily average over the calendar year.
        ³ Includes Dangote Petroleum Refinery (from January 2024) and the Port Harcourt
          refinery (from November 2024).
        Note: .. = not meaningful. Source: NMDPRA import permits and depot returns.
  `;
  checkCases([
    {
      name: "the row's change of 2023-24 ties the claim's change to the 2024 cell",
      fixture: `
        --- /w/b.brief
        Jet fuel imports fell 43%, to 0.4 million tonnes [@fs].
        ${FACTSHEET}`,
      expect: [],
    },
    {
      name: "near miss: a change of 2024-25 starts at 2024's level, and goes to none of the row",
      fixture: `
        --- /w/b.brief
        Jet fuel imports fell 43%, to 0.4 million tonnes [@fs].
        ${FACTSHEET.replace('2023-24', '2024-25')}`,
      expect: ['figure-mismatch@0.4 million tonnes'],
    },
  ]);
});

describe('check: an amount in brackets is the conversion of the amount before it', () => {
  checkCases([
    {
      name: "the conversion of another amount of the sentence that states the claim's sibling is no mismatch",
      fixture: `
        --- /w/b.brief
        Nigeria spent ₦4.39 trillion on petrol subsidies in 2022, nearly $10 billion at the time [@bbg].
        --- /w/sources/bbg.txt
        Nigeria's fuel subsidy returns

        The implicit subsidy cost about 5.4 trillion naira ($3.3 billion) in the first nine months of 2024, more than the 4.39 trillion naira the government spent in all of 2022.
      `,
      expect: ['figure-not-in-source@nearly $10 billion'],
    },
    {
      name: "near miss: the conversion of the claim's sibling itself is its mismatch",
      fixture: `
        --- /w/b.brief
        Nigeria spent ₦4.39 trillion on petrol subsidies in 2022, nearly $10 billion at the time [@bbg].
        --- /w/sources/bbg.txt
        Nigeria's fuel subsidy returns

        The implicit subsidy cost about 5.4 trillion naira in the first nine months of 2024, more than the 4.39 trillion naira ($7.7 billion) the government spent in all of 2022.
      `,
      expect: ['figure-mismatch@nearly $10 billion'],
    },
  ]);
});

describe("check: a list's odd one out", () => {
  const N24 = `
        --- /w/sources/n24.txt
        Godongwana unveils Eskom debt relief

        The relief will be made up of advances of R78 billion in 2023/24, R66 billion in 2024/25 and R40 billion in 2025/26, followed by a direct takeover of up to R70 billion of the loan portfolio in 2025/26.
  `;
  checkCases([
    {
      name: "the source's figure in the place of a list's one figure that is not the source's, its neighbours being so",
      fixture: `
        --- /w/b.brief
        The relief was split into advances of R78bn in the first year, R76bn in the second and R40bn in the third [@n24].
        ${N24}`,
      expect: ['figure-mismatch@R76bn'],
    },
    {
      name: "near miss: a list's total is no item of it",
      fixture: `
        --- /w/b.brief
        The rate had been cut by 25 basis points in February and 10 basis points in July, a cumulative 60 basis points over 2024 [@bbg].
        --- /w/sources/bbg.txt
        China cuts rates

        The five-year rate has now been cut three times in 2024: by 25 basis points in February, 10 basis points in July and 25 basis points on Monday.
      `,
      expect: ['figure-not-in-source@60 basis points'],
    },
    {
      name: 'near miss: a list of two ties too little',
      fixture: `
        --- /w/b.brief
        The relief was split into advances of R78bn in the first year and R76bn in the second [@n24].
        ${N24}`,
      expect: ['figure-not-in-source@R76bn'],
    },
  ]);
});

describe('check: one of a series', () => {
  const NOTE = `
        --- /w/sources/note.md
        # IMF programme

        The IMF Executive Board completed the combined third and fourth reviews of the programme on 23 June 2025, releasing about $1.3 billion.

        | Tranche | Board date | Amount (US$ million) |
        | --- | --- | --- |
        | First review | December 2023 | 689 |
        | Second review | June 2024 | 1,150 |
  `;
  checkCases([
    {
      name: "the second of a series is not the third and fourth, which share every other word",
      fixture: `
        --- /w/b.brief
        The second review, in June 2024, had released $1.15bn [@note].
        ${NOTE}`,
      expect: [],
    },
    {
      name: 'near miss: the same of the series with another amount is the mismatch',
      fixture: `
        --- /w/b.brief
        The second review, in June 2024, had released $1.5bn [@note].
        ${NOTE}`,
      expect: ['figure-mismatch@$1.5bn'],
    },
  ]);
});

describe("check: a briefing table's column of seasons dates its row", () => {
  /** A briefing table row of `season`'s total, 36.8 billion litres, cited to a survey's table. */
  const ethanolRow = (season: string): string => `
        --- /w/b.brief
        | Series | Season | Output | Source |
        | --- | --- | --- | --- |
        | Total ethanol | ${season} | 36.8 billion litres | [@conab] |
        --- /w/sources/conab.txt
        Table 3 - Ethanol production by feedstock - Brazil
        Unit: billion litres
                                       2022/23      2023/24      2024/25
        Sugarcane                         26.6         29.6         28.6
        Total                             31.0         35.9         36.8
`;
  checkCases([
    {
      name: "the row's season is its figure's: another season's total is the mismatch",
      fixture: ethanolRow('2023/24'),
      expect: ['figure-mismatch@36.8 billion litres'],
      messages: [{ at: 'figure-mismatch@36.8 billion litres', contains: ["'35.9 billion litres'"] }],
    },
    { name: "near miss: the season whose column states it backs it", fixture: ethanolRow('2024/25'), expect: [] },
  ]);
});
