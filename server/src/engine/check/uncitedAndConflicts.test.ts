import * as assert from 'node:assert';
import { checkCases, type CheckCase } from '../testing/cases';

// uncited-figure, conflicting-sources and conflicting-claims.

const IEA = `
--- /w/sources/iea.txt
Critical minerals outlook

China refines 90% of the world's rare earths.
`;

const JOGMEC = `
--- /w/sources/jogmec.txt
Stockpile report

Japan stockpiles 40% of its annual dysprosium demand.
`;

/** A second source that disagrees with IEA. */
const USGS_70 = `
--- /w/sources/usgs.txt
Mineral commodity summaries

China refines 70% of the world's rare earths.
`;


/** A claim of a fall in the first quarter (or `own` stretch), and another source's fall in
 * `part` of the year. */
const durianFall = (part: string, own = 'first quarter'): string => `
  --- /w/b.brief
  Vietnamese durian exports fell 62 per cent in the ${own}, to $177 million [@wire].
  --- /w/sources/wire.txt
  Durian checks

  Vietnamese durian exports fell 62 per cent in the ${own}, to $177 million, customs data show.
  --- /w/sources/gbtj.txt
  Vietnam bets on frozen durian

  Vietnam's durian exports fell about 40% in the ${part}, official figures show.
`;

/** A claim of reserves at a year's end, backed by the central bank; `paper` says another. */
/** A briefing that gives a quota of 35 kt, then `second`, uncited. */
const honeyQuota = (second: string): string => `
  --- /w/b.brief
  The honey quota rises to 35 kt under the new agreement.

  ${second}
  ${IEA}`;

/** A case of two sentences of a briefing, uncited (`uncited-figure` off): whether they are at odds. */
const uncitedPair = (name: string, fixture: string, expect: string[]): CheckCase => ({ name, options: { severity: { 'uncited-figure': 'off' } }, fixture, expect });

/** A briefing's rise in gold imports in 2024-25, then one of `season` with its new level after it. */
const goldImports = (season: string): string => `
  --- /w/b.brief
  Gold imports rose about 35% in 2024-25, to a record.

  Gold imports rose 30% to more than $45 billion in ${season}.
  ${IEA}`;

const reservesAtYearEnd = (paper: string): string => `
        --- /w/b.brief
        Gross reserves reached $13.8 billion at the end of 2025 [@bog].
        --- /w/sources/bog.txt
        Gross international reserves reached US$13.8 billion at end-December 2025, the central bank said.
        --- /w/sources/paper.txt
        ${paper}
      `;
describe('check: conflicting-sources, an amount over a span of years', () => {
  const fixture = (claim: string) => `
        --- /w/b.brief
        ${claim} [@imf].
        --- /w/sources/imf.txt
        IMF press release

        The Fund puts Ukraine's external financing needs at about $136.5 billion over 2026–2029.
        --- /w/sources/budget.txt
        Budget 2026

        The finance ministry puts Ukraine's external financing needs at about $45.2 billion in 2026.
  `;
  checkCases([
    { name: "is no one year's: another source's amount of one year contradicts nothing", fixture: fixture("The Fund puts Ukraine's external financing needs at about $136.5bn over 2026–2029"), expect: [] },
    {
      name: "near miss: a claim of one year is that year's, and another source's amount of it disagrees",
      fixture: fixture("The Fund puts Ukraine's external financing needs at about $136.5bn in 2026"),
      expect: ['conflicting-sources@about $136.5bn', 'figure-more-specific@2026'],
    },
  ]);
});

describe('check: conflicting-sources, a figure of no time of its own', () => {
  const fixture = (date: string) => `
        --- /w/b.brief
        Headline inflation eased to 23.2% in February 2025 [@cpi].
        --- /w/sources/cpi.txt
        Consumer price index, February 2025

        Headline inflation eased to 23.2% in February 2025.
        --- /w/sources/news.md
        ---
        date: ${date}
        ---
        Headline inflation eased to 15.2%, the bureau said.
  `;
  checkCases([
    { name: 'is of its source\'s own time: published a season after the claim\'s month, it contradicts nothing', fixture: fixture('2026-01-16'), expect: [] },
    { name: 'near miss: published within the season, it is of the claim\'s time', fixture: fixture('2025-03-14'), expect: ['conflicting-sources@23.2%'] },
  ]);
});

describe('check: uncited-figure', () => {
  checkCases([
    {
      name: 'a supported figure that cites nothing: cite the source before the full stop',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths.
        ${IEA}`,
      expect: ['uncited-figure@90%'],
      messages: [{ at: 'uncited-figure@90%', contains: ['iea'] }],
      fixes: [{ at: 'uncited-figure@90%', result: "China refines 90% of the world's rare earths [@iea]." }],
      then: (r) => assert.strictEqual(r.diagnostics[0].severity, 'warning'),
    },
    {
      name: "a source's name written in full is found by a claim's initials",
      fixture: `
        --- /w/b.brief
        The IEA expects oil demand to rise 0.8% this year.
        --- /w/sources/omr.txt
        Oil market report

        The International Energy Agency expects oil demand to rise 0.8% this year.
      `,
      expect: ['uncited-figure@0.8%'],
      fixes: [{ at: 'uncited-figure@0.8%', result: 'The IEA expects oil demand to rise 0.8% this year [@omr].' }],
    },
    {
      name: 'several supporters: one fix each',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths.
        ${IEA}
        --- /w/sources/usgs.txt
        Mineral commodity summaries

        China refines 90% of the world's rare earths.
      `,
      expect: ['uncited-figure@90%'],
      then: (r) => {
        const titles = r.diagnostics[0].fixes.map((f) => f.title).sort();
        assert.deepStrictEqual(titles, ['Cite iea', 'Cite usgs']);
        assert.strictEqual(r.diagnostics[0].fixes.filter((f) => f.isPreferred).length, 1);
      },
    },
    {
      name: 'a figure the dataset contradicts: said in the message, no fix',
      fixture: `
        --- /w/b.brief
        China refines 50% of the world's rare earths.
        ${IEA}`,
      expect: ['uncited-figure@50%'],
      messages: [{ at: 'uncited-figure@50%', contains: ['contradicts', 'iea', '90%'] }],
      then: (r) => assert.deepStrictEqual(r.diagnostics[0].fixes, []),
    },
    {
      name: 'a figure no source states',
      fixture: `
        --- /w/b.brief
        Vietnam mines 12% of the bauxite shipped to Malaysia.
        ${IEA}`,
      expect: ['uncited-figure@12%'],
      then: (r) => assert.deepStrictEqual(r.diagnostics[0].fixes, []),
    },
    {
      name: 'money, counts and quantities are figures too',
      fixture: `
        --- /w/b.brief
        The fund holds $600 billion.

        The coalition has 50 nations.

        The mine ships 60,000 tonnes.
        ${IEA}`,
      expect: ['uncited-figure@$600 billion', 'uncited-figure@50 nations', 'uncited-figure@60,000 tonnes'],
    },
    {
      name: 'near miss: a citation after the full stop counts',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths. [@iea]
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: an uncited year is not reported by default',
      fixture: `
        --- /w/b.brief
        Export controls began in April 2025.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: numbers in code spans, link targets and headings are not figures',
      fixture: `
        --- /w/b.brief
        # Refining at 90%

        Run \`check --top 90%\` and see [the chart](https://x.org/top-90%25).
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: figures in fenced code and comments are ignored',
      fixture: `
        --- /w/b.brief
        \`\`\`
        China refines 90% of the world's rare earths.
        \`\`\`

        <!-- China refines 90% of the world's rare earths. -->
        ${IEA}`,
      expect: [],
    },
  ]);
});

describe('check: conflicting-sources', () => {
  /** A rubber price averaged over a year, its report, and another source's line `other`. */
  const averaged = (other: string): string => `
        --- /w/b.brief
        Bangkok RSS3 averaged 69.8 baht, up 23% [@irsg].
        --- /w/sources/irsg.txt
        Rubber market review

        RSS3 at Bangkok averaged 69.8 baht per kg, up 23% on the year.
        --- /w/sources/strip.txt
        Rubber prices

        ${other}
  `;
  /** A total of LNG capacity, its wire, and a release that states an amount `stated`. */
  const capacity = (stated: string): string => `
        --- /w/b.brief
        North Field East is a scheme of four mega-trains that will add 32 mtpa of LNG capacity [@wire].
        --- /w/sources/wire.txt
        Qatar LNG

        North Field East is a scheme of four mega-trains that will add 32 mtpa of LNG capacity.
        --- /w/sources/qe.txt
        QatarEnergy release

        North Field East comprises four mega-trains of LNG capacity ${stated}.
  `;
  checkCases([
    {
      name: "near miss: a figure of no average (a market strip's day's price) against an average: two measurements",
      fixture: averaged('RSS3 Bangkok 79.15 THB/kg'),
      expect: [],
    },
    {
      name: "near miss: an amount for each of several (`8 MTPA each`) against a total: two measures",
      fixture: capacity('with 8 mtpa each'),
      expect: [],
    },
    {
      name: 'another total that disagrees is a conflict (the near miss above needs its rule)',
      fixture: capacity('with 8 mtpa in all'),
      expect: ['conflicting-sources@32 mtpa'],
    },
    {
      name: 'another average that disagrees is a conflict (the near miss above needs its rule)',
      fixture: averaged('RSS3 Bangkok averaged 79.15 THB/kg'),
      expect: ['conflicting-sources@69.8 baht'],
    },
    {
      name: "near miss: another report's figure about whom its own title names (another committee)",
      fixture: `
        --- /w/b.brief
        All six MPC members backed the move [@rbi].
        --- /w/sources/rbi.txt
        RBI cuts repo rate by 25 bps

        All six MPC members voted for the cut.
        --- /w/sources/boe.txt
        Bank of England cuts to 4.5%

        The Bank of England cut Bank Rate, with seven of the nine Monetary Policy Committee members backing the move.
      `,
      expect: [],
    },
    {
      name: "near miss: another source's figure of no time of its own, published in a later year than the claim's one year",
      fixture: `
        --- /w/b.brief
        Back in 2021, Shanghai handled 47.03 million TEU [@review].
        --- /w/sources/review.txt
        Container port review 2025

        Table 2: Container throughput at selected ports, 2020-2024
        Million TEU
        Port                      2020      2021      2022      2023      2024
        Shanghai                 43.50     47.03     47.30     49.16     51.51
        --- /w/sources/news.md
        ---
        title: Shanghai becomes first port to handle more than 50 million TEU in a year
        date: 2025-01-10
        ---
        Shanghai becomes first port to handle more than 50 million TEU in a year
        The port group said on Thursday that the port handled 51.5 million TEU in 2024, up 4.8% from 2023.
      `,
      expect: [],
    },
    {
      name: "near miss: another source's figure through another year (`below $4.50 per kg through 2026`)",
      fixture: `
        --- /w/b.brief
        Average polysilicon prices had already fallen to $9.20 per kg in 2023 and $5.10 per kg in 2024 [@review].
        --- /w/sources/review.txt
        PV supply review

        Table 3.2 Average prices
        Unit: US$ per kg unless stated; annual average, free on board China

                                  2022      2023      2024
        Polysilicon               32.00      9.20      5.10
        --- /w/sources/note.txt
        Overcapacity note

        We expect polysilicon prices to stay below $4.50 per kg through 2026, and a quarter of capacity to close by 2027.
      `,
      expect: [],
    },
    {
      name: "near miss: another source's figure of the year a verb of its end names before it (`ended 2025 at`)",
      fixture: `
        --- /w/b.brief
        Gross reserves ended 2024 at $29.6 billion [@monitor].
        --- /w/sources/monitor.txt
        Macro monitor

        Gross reserves ended 2024 at $29.6 billion, the central bank said.
        --- /w/sources/blog.txt
        Peso blog

        Gross reserves ended 2025 at around $45 billion, the highest since 2019.
      `,
      expect: [],
    },
    {
      name: 'a title in title case names only its initials and states: its other capitalised words set no report apart',
      fixture: `
        --- /w/b.brief
        Annual inflation peaked at 75.45% in May 2024 [@cbrt].
        --- /w/sources/cbrt.txt
        ---
        title: Inflation Report 2025-IV
        ---
        Annual consumer inflation peaked at 75.45 per cent in May 2024, the bank said.
        --- /w/sources/blog.txt
        ---
        title: The Lira Is Being Managed Into the Ground
        ---
        Annual inflation peaked at 85% in May 2024, whatever the official lira story says.
      `,
      expect: ['conflicting-sources@75.45%'],
    },
    {
      name: "near miss: another report's figure about whom its own title names, beside a place both titles name",
      fixture: `
        --- /w/b.brief
        Imports met 46% of US demand last year, when 16 million new cars and light trucks were sold [@wire].
        --- /w/sources/wire.txt
        US tariffs on imported cars take effect

        Imports accounted for 46% of the 16 million new cars and light trucks sold in the US last year.
        --- /w/sources/ap.txt
        Carmaker Hyundai to invest $21 billion in the US

        Hyundai and its affiliate Kia sold about 1.7 million cars in the US last year, and roughly half were imported, mostly from South Korea.
      `,
      expect: [],
    },
    {
      name: "near miss: another country's report, by its title, whose sentence names no one",
      fixture: `
        --- /w/b.brief
        The central bank lowered its 2024 growth forecast to 0.3% from 0.9% [@bbg].
        --- /w/sources/bbg.txt
        Ecuador's blackouts cost the economy $1.9 billion

        The central bank lowered its forecast for 2024 growth to 0.3% from 0.9%.
        --- /w/sources/wire.txt
        Zambia extends power cuts as Kariba output collapses

        The finance ministry cut its 2024 growth forecast to 2.3% from 4.8%.
      `,
      expect: [],
    },
    {
      name: "near miss: another report's, by a name its title holds that is no country (a port, a company), whose sentence names no one",
      fixture: `
        --- /w/b.brief
        Sales of biofuel blends jumped 70 percent to 883,000 tonnes [@mpa].
        --- /w/sources/mpa.txt
        Singapore bunker sales hit record in 2024

        Sales of biofuel blends rose 70% to 883,000 tonnes.
        --- /w/sources/por.txt
        Bunker sales in Rotterdam fall 2.6% as biofuels grow

        Sales of biofuel blends climbed 34% to 820,000 tonnes.
      `,
      expect: [],
    },
    {
      name: "near miss: another source's change to a new level of another unit (a price's, not an output's)",
      fixture: `
        --- /w/b.brief
        Cameco's uranium production rose 11% to 23.8 million pounds [@cameco].
        --- /w/sources/cameco.txt
        Cameco annual results

        Uranium production rose 11% to 23.8 million pounds.
        --- /w/sources/wire.txt
        Kazatomprom cuts guidance

        Spot uranium rose 4.6% to 82.50 million pounds, according to UxC.
        --- /w/sources/price.txt
        Uranium price

        Uranium production rose 4.6% to $82.50 a pound, according to UxC.
      `,
      expect: ['conflicting-sources@11%'],
      messages: [{ at: 'conflicting-sources@11%', contains: ['wire'] }],
      then: (r) => assert.ok(!r.diagnostics[0].message.includes('price'), r.diagnostics[0].message),
    },
    {
      name: "a figure of the world in another country's report still conflicts",
      fixture: `
        --- /w/b.brief
        Global coal demand rose 1% to a record 8.7 billion tonnes in 2024 [@iea].
        --- /w/sources/iea.txt
        IEA analysis and forecast to 2027

        Global coal demand rose 1% to a record 8.7 billion tonnes in 2024.
        --- /w/sources/et.txt
        India's coal boom

        Coal demand worldwide rose 3% to a record 8.7 billion tonnes in 2024.
      `,
      expect: ['conflicting-sources@1%'],
    },
    {
      name: "near miss: another source's row that states the claim's figure too (its other figure is another year's)",
      fixture: `
        --- /w/b.brief
        Drewry's composite index jumped 61% to $3,072 per container, and Shanghai–Genoa rates climbed 73% to $5,213 [@wire].
        --- /w/sources/wire.txt
        Red Sea attacks lift rates

        Drewry's World Container Index jumped 61% to $3,072 per 40ft container on Thursday. Rates from Shanghai to Genoa climbed 73% to $5,213.
        --- /w/sources/wci.md
        # World Container Index

        | Route (US$ per 40ft container) | 2019 | 11 Jan 2024 |
        | --- | ---: | ---: |
        | Shanghai – Genoa | 1,550 | 5,213 |
        | WCI composite | 1,420 | 3,072 |
      `,
      expect: [],
    },
    {
      name: "near miss: another source's sentence that states the claim's figure too, in words that weigh less there",
      fixture: `
        --- /w/b.brief
        In the financial year to March 2025 India exported drugs worth $30.5 billion [@idec].
        --- /w/sources/idec.txt
        Export review

        In the financial year ended March 2025 India exported drugs worth US$30.47 billion.
        --- /w/sources/wire.txt
        Tariff threat for generics

        India exported pharmaceuticals worth $10.5 billion to the United States in the financial year ended March 2025, roughly a third of its total drug exports of $30.5 billion, according to government data.
      `,
      expect: [],
    },
    {
      name: "near miss: another source's figure beside a year its sentence compares with (`about 10% more than in 2023`) is no figure of that year",
      fixture: `
        --- /w/b.brief
        Kazatomprom produced 21,112 tonnes of uranium in 2023 [@wire].
        --- /w/sources/wire.txt
        Kazatomprom keeps guidance

        The company kept its guidance for 2024, little changed from the 21,112 tonnes of uranium it produced in 2023.
        --- /w/sources/call.txt
        Results call

        2024 was a year of recovery. We produced 23,270 tonnes of uranium, about 10% more than in 2023, and we beat the top of our guidance.
      `,
      expect: [],
    },
    {
      name: "near miss: another source's figure of another part of the year only",
      fixture: durianFall('first half'),
      expect: [],
    },
    {
      name: "another source's figure of the claim's part of the year conflicts",
      fixture: durianFall('first quarter'),
      expect: ['conflicting-sources@62 per cent'],
    },
    {
      name: "near miss: months against a part of the year are two stretches of time",
      fixture: durianFall('first quarter', 'months of January and February'),
      expect: [],
    },
    {
      name: "near miss: and a part of the year against months",
      fixture: durianFall('months of January and February'),
      expect: [],
    },
    {
      name: "another source's figure of the claim's months conflicts",
      fixture: durianFall('months of January and February', 'months of January and February'),
      expect: ['conflicting-sources@62 per cent'],
    },
    {
      name: "near miss: another source's figure of a year the claim's sentence never names",
      fixture: `
        --- /w/b.brief
        LME cash nickel averaged $16,812 a tonne in 2024 [@insg].
        --- /w/sources/insg.txt
        The LME cash nickel price averaged US$16,812 a tonne in 2024, down 21.7% from 2023.
        --- /w/sources/wire.txt
        LME cash nickel prices averaged $25,605 a tonne in 2022, a record.
      `,
      expect: [],
    },
    {
      name: "near miss: another source's figure whose own words barely come back to the claim (last year's appeal against the regional plan)",
      fixture: `
        --- /w/b.brief
        A separate $1.8 billion regional plan covers 4.8 million people in seven countries; its predecessor was only 30% funded last year [@unhcr].
        --- /w/sources/unhcr.txt
        Sudan: arrivals in neighbouring countries pass 3.8 million as 2025 regional plan is launched

        Today we are launching the 2025 Sudan Regional Refugee Response Plan, which seeks US$1.8 billion to support 4.8 million people in seven countries. Last year's plan was only 30 per cent funded.
        --- /w/sources/afp.txt
        Sudan war uproots record 12.4 million as famine spreads: UN

        Last year's appeal was only two-thirds funded, and aid agencies say access rather than money is now the main obstacle.
      `,
      expect: [],
    },
    {
      name: "near miss: another source's statement of another figure of the claim's sentence (January's, for April's)",
      fixture: `
        --- /w/b.brief
        The Urals discount to Brent narrowed from $18.7 a barrel in January to $14.1 a barrel in April [@desk].
        --- /w/sources/desk.txt
        The Urals discount to Brent narrowed from $18.7 a barrel in January to $14.1 a barrel in April.
        --- /w/sources/monitor.txt
        The Urals discount to Brent was $18.7 a barrel in January.
      `,
      expect: [],
    },
    {
      name: 'a figure that names no one may conflict whatever the titles name',
      fixture: `
        --- /w/b.brief
        Global lithium carbonate prices fell 80% in 2023 [@chile].
        --- /w/sources/chile.txt
        Chile lithium output hits record

        Global lithium carbonate prices fell 80% in 2023.
        --- /w/sources/sqm.txt
        SQM profits slump

        Global lithium carbonate prices fell 75% in 2023.
      `,
      expect: ['conflicting-sources@80%'],
    },
    {
      name: 'near miss: another source\'s share of another thing is no conflict',
      fixture: `
        --- /w/b.brief
        China produced nearly 80% of the world's refined cobalt [@b].
        --- /w/sources/a.txt
        China now accounts for about 45% of global refined copper output.
        --- /w/sources/b.txt
        Refined cobalt output reached 222 kt, of which China produced nearly 80 per cent.
      `,
      expect: [],
    },
    {
      name: "a share of a thing the other names beside its figure is of one thing (`Venezuelan exports`, `Venezuela's oil exports`)",
      fixture: `
        --- /w/b.brief
        China took 68% of Venezuelan exports in 2024 [@bulletin].
        --- /w/sources/bulletin.txt
        China took 68% of Venezuelan exports in 2024, most of them through intermediaries.
        --- /w/sources/blog.txt
        In 2024 Chinese buyers took more than 80% of Venezuela's oil exports, and Beijing is not about to let go.
      `,
      expect: ['conflicting-sources@68%'],
    },
    {
      name: "near miss: another source's figure that the backing's own sentence states too is no conflict",
      fixture: `
        --- /w/b.brief
        Rio expects the mine to produce between 230,000 and 290,000 tonnes of copper in 2025 [@wire].
        --- /w/sources/wire.txt
        Rio expects Oyu Tolgoi to produce between 230,000 and 290,000 tonnes of copper in 2025, and about 500,000 tonnes a year on average from 2028 to 2036.
        --- /w/sources/explainer.txt
        At full production the mine is expected to produce about 500,000 tonnes of copper a year.
      `,
      expect: [],
    },
    {
      name: "near miss: another source's figure of another month is no conflict for a year's end (`at the end of 2025`)",
      fixture: reservesAtYearEnd('Gross international reserves rose to $11.1bn at the end of May, from $8.98bn at the end of December.'),
      expect: [],
    },
    {
      name: "another source's figure of the year's last month conflicts with its end",
      fixture: reservesAtYearEnd('Gross international reserves rose to $11.1bn at the end of December, from $8.98bn at the end of May.'),
      expect: ['conflicting-sources@$13.8 billion'],
    },
    {
      name: "near miss: another source's level is no conflict for a change",
      fixture: `
        --- /w/b.brief
        Congo's copper output rose 13% to 3.3 million tonnes in 2024 [@note].
        --- /w/sources/note.md
        | Country | Output 2024 (Mt) | Change |
        | --- | --- | --- |
        | DR Congo | 3.3 | +13% |
        --- /w/sources/wire.txt
        Roughly one in five tonnes of Congo's copper output comes from artisanal miners.
      `,
      expect: [],
    },
    {
      name: 'near miss: a holder named in an aside is not who the figure is about',
      fixture: `
        --- /w/b.brief
        On 1 March EU storage was 34% full [@wire].
        Germany, with roughly 25% of EU storage capacity, was just 30% full [@note].
        --- /w/sources/wire.txt
        EU gas storage sites were 34% full on March 1, down from 60% a year earlier.
        --- /w/sources/note.txt
        Germany, which holds about a quarter of the EU's storage capacity, was only 30% full.
      `,
      expect: [],
    },
    {
      name: 'the cited source supports it, another disagrees',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea].
        ${IEA}
        ${USGS_70}`,
      expect: ['conflicting-sources@90%'],
      messages: [{ at: 'conflicting-sources@90%', contains: ['usgs', '70%'] }],
      then: (r) => {
        const d = r.diagnostics[0];
        assert.strictEqual(d.severity, 'warning');
        assert.deepStrictEqual(
          d.related.map((x) => [x.path, x.range.start.line]),
          [['/w/sources/usgs.txt', 2]],
        );
      },
    },
    {
      name: 'two other sources disagree: one related place, the other named',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea].
        ${IEA}
        ${USGS_70}
        --- /w/sources/bgs.txt
        World mineral statistics

        China refines 60% of the world's rare earths.
      `,
      expect: ['conflicting-sources@90%'],
      then: (r) => {
        const d = r.diagnostics[0];
        assert.strictEqual(d.related.length, 1);
        const [quoted, named] = d.related[0].path.endsWith('usgs.txt') ? ['usgs', 'bgs'] : ['bgs', 'usgs'];
        assert.match(d.message, new RegExp(`but ${quoted} says .*" ${named} disagrees too\\.$`));
      },
    },
    {
      name: 'near miss: the other source agrees',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea].
        ${IEA}
        --- /w/sources/usgs.txt
        Mineral commodity summaries

        China refines 90% of the world's rare earths.
      `,
      expect: [],
    },
    {
      name: 'near miss: the other source speaks of something else',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea].
        ${IEA}
        --- /w/sources/usgs.txt
        Mineral commodity summaries

        Chile mines 70% of the lithium sold to Korea.
      `,
      expect: [],
    },
  ]);
});

describe('check: conflicting-sources, a claim of a day', () => {
  /** The claim of a week's price, its source, and another source's sentence. */
  const rice = (other: string): string => `
        --- /w/b.brief
        The average supermarket price of a bag of rice peaked at a record ¥4,285 in the week to 18 May 2025, more than double the ¥2,088 of a year earlier [@news].
        --- /w/sources/news.md
        ---
        title: Rice prices
        date: 2025-05-20
        ---
        In the week to May 18 the average price of a 5-kilogram bag at about 1,000 supermarkets nationwide reached a record 4,285 yen, more than double the 2,088 yen of a year earlier.
        --- /w/sources/wire.txt
        Stockpile release

        ${other}
  `;
  /** The wire's record of `yen`, at `when`. */
  const record = (yen: string, when = 'in the week to May 18'): string => rice(`The average supermarket price of a bag of rice hit a record ${yen} yen ${when}, more than double a year earlier.`);
  checkCases([
    {
      name: "another source's figure dated by another month is of another time",
      fixture: record('3,829', 'in the week to March 2'),
      expect: [],
    },
    {
      name: "so is one dated by another month's name alone (`at the end of December`)",
      fixture: record('3,829', 'at the end of December'),
      expect: [],
    },
    {
      name: "another source's amount twenty times the backing's is of something else",
      fixture: record('128,290'),
      expect: [],
    },
    {
      name: "so is one five times the backing's",
      fixture: record('21,500'),
      expect: [],
    },
    {
      name: "near miss: one four times the backing's still conflicts",
      fixture: record('17,000'),
      expect: ['conflicting-sources@¥4,285'],
    },
    {
      name: 'near miss: one dated by the same month still conflicts',
      fixture: record('3,829'),
      expect: ['conflicting-sources@¥4,285'],
    },
  ]);
});

describe("check: conflicting-sources, another source in nearly the claim's words", () => {
  const blog = (said: string): string => `
        --- /w/b.brief
        The average supermarket price of a 5 kg bag hit a record 4,285 yen in the week to 18 May [@wire].
        --- /w/sources/wire.txt
        Rice stockpile release

        The average supermarket price of a 5-kilogram bag hit a record 4,285 yen in the week to May 18, farm ministry data showed.
        --- /w/sources/blog.txt
        Rice madness

        ${said}
  `;
  checkCases([
    {
      name: "needs less of the backing's words",
      fixture: blog('By May the national supermarket average for a 5kg bag had hit 4,800 yen. Four thousand eight hundred yen. For rice!!'),
      expect: ['conflicting-sources@4,285 yen'],
    },
    { name: 'near miss: a price of another thing', fixture: blog('By May the price of a tin of sardines had hit 4,800 yen.'), expect: [] },
  ]);
});

describe("check: conflicting-sources, a claim of no year backed by a sentence of its paragraph's year", () => {
  const ore = (other: string): string => `
        --- /w/b.brief
        Australia supplies about 62% of China's iron ore imports [@note].
        --- /w/sources/note.txt
        Iron ore note

        Australia remains the anchor of the market in 2024. It supplied about 62% of China's iron ore imports, and its miners shipped more than ever.
        --- /w/sources/outlook.txt
        Outlook

        ${other}
  `;
  checkCases([
    { name: "another source's figure of another year is of another time", fixture: ore("Australia supplied about 70% of China's iron ore imports in 2021."), expect: [] },
    { name: 'near miss: one of no year still conflicts', fixture: ore("Australia supplied about 70% of China's iron ore imports."), expect: ['conflicting-sources@about 62%'] },
    { name: 'near miss: one of the same year still conflicts', fixture: ore("Australia supplied about 70% of China's iron ore imports in 2024."), expect: ['conflicting-sources@about 62%'] },
  ]);
});

describe('check: conflicting-sources, an aim and an outcome', () => {
  const budget = (other: string): string => `
        --- /w/b.brief
        Average inflation was 10.03% [@bb].
        --- /w/sources/bb.txt
        Monetary policy statement

        Average inflation was 10.03 percent, the central bank said.
        --- /w/sources/budget.txt
        Budget

        ${other}
  `;
  checkCases([
    {
      name: "another source's target is no conflict for an outcome",
      fixture: budget('The budget targets GDP growth of 5.5% and average inflation of 6.5%.'),
      expect: [],
    },
    {
      name: "near miss: another source's outcome still conflicts",
      fixture: budget('Average inflation was 6.5%, the statistics office said.'),
      expect: ['conflicting-sources@10.03%'],
    },
    {
      name: "a share five times apart is of something else (inflation's 10.03% against a month's 1.9%)",
      fixture: budget('Average inflation was 1.9%, the statistics office said.'),
      expect: [],
    },
  ]);
});

describe("check: conflicting-sources, another source's year from its paragraph", () => {
  const fund = (other: string): string => `
        --- /w/b.brief
        In 2024 equities returned 18.2% [@ar].
        --- /w/sources/ar.txt
        Annual report

        In 2024 the fund's equity investments returned 18.2 percent.
        --- /w/sources/wire.txt
        Fund results

        ${other}
  `;
  checkCases([
    {
      name: 'a figure whose paragraph names another year before it is of that year',
      fixture: fund('Returns were strong in the first half of 2025. Equities returned 7.7 per cent.'),
      expect: [],
    },
    {
      name: "near miss: one whose paragraph names the claim's year still conflicts",
      fixture: fund('Returns were strong in 2024. Equities returned 7.7 per cent.'),
      expect: ['conflicting-sources@18.2%'],
    },
  ]);
});

describe('check: conflicting-sources, a claim of no year', () => {
  /** The claim, its wire (whose April is of its date's year) and another source's sentence. */
  const withImf = (sentence: string): string => `
        --- /w/b.brief
        Annual inflation eased to 43.5% from 47.3% in April [@wire].
        --- /w/sources/wire.md
        ---
        title: Argentina's inflation slows
        date: 2025-06-12
        ---
        Annual inflation eased to 43.5% from 47.3% in April, the statistics agency said.
        --- /w/sources/imf.txt
        Staff report

        ${sentence}
  `;
  checkCases([
    {
      name: "is of its backing's year: another source's figure of another year contradicts nothing",
      fixture: withImf('Annual inflation peaked at 289.4 percent in April 2024.'),
      expect: [],
    },
    {
      name: "no figure of a year after its backing was published contradicts it",
      fixture: `
        --- /w/b.brief
        NNPC lifted its Lagos pump price to 488 naira a litre [@ap].
        --- /w/sources/ap.md
        ---
        title: Nigeria ends fuel subsidy
        date: 2023-06-01
        ---
        State oil company NNPC raised the pump price in Lagos to 488 naira per litre.
        --- /w/sources/pt.txt
        Petrol prices

        NNPC raised its Lagos pump price to 1,030 naira per litre in 2024.
      `,
      expect: [],
    },
    {
      name: "near miss: a table column's year is no claim's: which column a claim of no year means is in question",
      fixture: `
        --- /w/b.brief
        Remittances to Sub-Saharan Africa grew 3.4% [@wb].
        --- /w/sources/wb.md
        # Remittance flows

        | Region (% growth) | 2024 | 2025f |
        | --- | ---: | ---: |
        | Sub-Saharan Africa | 5.9 | 3.4 |
        --- /w/sources/wire.txt
        Remittances rise

        Remittances to Sub-Saharan Africa grew 5.9% in 2024, the bank said.
      `,
      expect: ['conflicting-sources@3.4%'],
    },
    {
      name: "near miss: another source's figure of the backing's year still conflicts",
      fixture: withImf('Annual inflation eased to 43.5% from 49.2% in April 2025.'),
      expect: ['conflicting-sources@47.3%'],
    },
  ]);
});

describe("check: conflicting-sources with a table's cell", () => {
  /** A table whose rows name only a country: its column says what of it. */
  const IFA = `
        --- /w/sources/ifa.md
        # Potash review

        | Origin | Exports (Mt) | Share of world exports (%) |
        | --- | ---: | ---: |
        | Belarus | 10.5 | 16 |
        | Canada | 22.4 | 35 |
  `;
  checkCases([
    {
      name: "is about what its column's header says: a share of something else contradicts nothing",
      fixture: `
        --- /w/b.brief
        About 90% of Belarusian potash left through Klaipeda [@wire].
        --- /w/sources/wire.txt
        Potash transit

        Until 2022, about 90% of Belarusian potash was exported through Klaipeda.
        ${IFA}`,
      expect: [],
    },
    {
      name: 'near miss: another source that says what its column says still conflicts',
      fixture: `
        --- /w/b.brief
        Belarus supplied 16% of world potash exports [@ifa].
        --- /w/sources/wire.txt
        Potash exports

        Belarus supplied 21% of world potash exports last year.
        ${IFA}`,
      expect: ['conflicting-sources@16%'],
    },
  ]);
});

describe("check: conflicting-sources on a bound's number", () => {
  const fixture = (other: string): string => `
        --- /w/b.brief
        PRODES maps every clearing larger than 6.25 ha from Landsat-class imagery [@wire].
        --- /w/sources/wire.txt
        Amazon deforestation falls

        Inpe's Prodes system uses Landsat-class imagery to map every clearing larger than 6.25 hectares.
        --- /w/sources/note.txt
        PRODES methodology note

        The PRODES project maps clear-cut deforestation every year using Landsat-class imagery and a minimum mapping area of ${other}.
  `;
  checkCases([
    {
      name: "another source's statement of a bound's very number is one threshold told two ways",
      fixture: fixture('6.25 ha'),
      expect: [],
    },
    {
      name: 'near miss: another number is a conflict',
      fixture: fixture('3 ha'),
      expect: ['conflicting-sources@larger than 6.25 ha'],
    },
  ]);
});

describe('check: conflicting-sources on a year', () => {
  checkCases([
    {
      name: 'near miss: a year that dates another figure of its sentence conflicts with no other source\'s year',
      fixture: `
        --- /w/b.brief
        China refined about 90% of the world's rare earths in 2023 [@outlook].
        --- /w/sources/outlook.txt
        Global Critical Minerals Outlook 2024

        China refined about 90% of the world's rare earths in 2023.
        --- /w/sources/review.txt
        The role of critical minerals

        China's share of rare earth refining was around 87% in 2019.
      `,
      expect: [],
    },
  ]);
});

describe('check: conflicting-claims', () => {
  checkCases([
    {
      name: 'two sentences disagree about the same thing',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Japan stockpiles 40% of its annual dysprosium demand.

        Officials say Japan stockpiles 60% of its annual dysprosium demand.
        ${IEA}`,
      // Each sentence is told of the other: either may be the one to correct.
      expect: ['conflicting-claims@40%', 'conflicting-claims@60%'],
      then: (r) => {
        for (const [d, other] of [[r.diagnostics[0], 2], [r.diagnostics[1], 0]] as const) {
          assert.strictEqual(d.severity, 'warning');
          assert.strictEqual(d.related.length, 1);
          assert.strictEqual(d.related[0].path, '/w/b.brief');
          assert.strictEqual(d.related[0].range.start.line, other, 'related: the other sentence');
        }
      },
    },
    {
      name: 'two sentences in nearly the same words are at odds, however little the backing source shares their words',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        - India's drug exports grew about 12% in the year to March 2025, helped by strong demand in the United States.

        India's drug exports grew 9.4% in the year to March 2025, from $27.85 billion a year earlier [@idec].
        --- /w/sources/idec.txt
        Export review

        In the financial year ended March 2025, pharmaceutical exports reached US$30.47 billion, up 9.4 per cent on the year. Exports in the previous financial year had been US$27.85 billion.`,
      expect: ['conflicting-claims@about 12%', 'conflicting-claims@9.4%'],
    },
    {
      name: 'near miss: prices per two measures are of two goods, whatever else the sentences share',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Arabica set a record above $4 a pound in February 2025.

        Robusta is down about 30% from the record $5,845 a tonne set in February 2025.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: nor are they of one good, where the sentences share every word (between two claims silence is the better mistake)',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Arabica futures set a record of $4.30 a pound in February 2025.

        Arabica futures set a record of $4.30 per kg in February 2025.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: measurements of two years, and the years that date them, contradict nothing',
      options: { severity: { 'uncited-figure': 'off' }, checkYears: true },
      fixture: `
        --- /w/b.brief
        Asian spot prices averaged $11.90/mmBtu in 2024.

        Asian spot prices could fall below $10/mmBtu by 2027.
        ${IEA}`,
      expect: [],
    },
    uncitedPair('near miss: measurements of the two years their sentences name contradict nothing', goldImports('2023-24'), []),
    uncitedPair('measurements of the one year both sentences name disagree', goldImports('2024-25'), ['conflicting-claims@about 35%', 'conflicting-claims@30%']),
    {
      name: 'near miss: measurements of two stretches of a year contradict nothing',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        TTF averaged €46/MWh in February.

        Traders expect TTF to average €42.5/MWh over the summer.
        ${IEA}`,
      expect: [],
    },
    uncitedPair('near miss: amounts five times apart are of two things, not one told twice', honeyQuota('The honey quota was only 6,000 tonnes under the original agreement.'), []),
    uncitedPair('amounts less far apart disagree', honeyQuota('The honey quota rises to 20,000 tonnes under the new agreement.'), ['conflicting-claims@35 kt', 'conflicting-claims@20,000 tonnes']),
    {
      name: 'measurements of one year disagree',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Asian spot prices averaged $11.90/mmBtu in 2024.

        Asian spot prices averaged $9.10/mmBtu in 2024.
        ${IEA}`,
      expect: ['conflicting-claims@$11.90', 'conflicting-claims@$9.10'],
    },
    {
      name: 'near miss: an amount of someone, less than the same amount of no one, may be its part',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Nearly 14 million electric cars were sold in 2023.

        Europe sold 3.2 million electric cars in 2023.
        ${IEA}`,
      expect: [],
    },
    {
      name: "near miss: a change's old level and another sentence's new one are two measurements",
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Ore royalties were raised to a flat 12% in April.

        Ore royalties are now charged on a sliding scale, up from a flat 10%.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: a difference between two things and one of them are two measures',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        - The spread between TTF and Henry Hub averaged about $10/mmBtu in 2025.

        Henry Hub averaged $3.55/mmBtu in 2025.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: a change over a month and a rate over a year are two measures',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        - Headline inflation eased to 23.2% in February 2025.

        Month on month, headline inflation rose to 1.17% in February.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: an aim and an outcome are two measures',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        - India aims to lift ethanol blending to 27%.

        India reached 20% ethanol blending in the last supply year.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: a total, and a smaller amount that is none, may be its part',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Total smelting capacity is around 16 million tonnes a year.

        Smelters added about 1 million tonnes a year of smelting capacity in 2024.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'a total and a larger amount of the same thing disagree',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Total smelting capacity is around 16 million tonnes a year.

        Smelting capacity is around 19 million tonnes a year.
        ${IEA}`,
      expect: ['conflicting-claims@around 16 million tonnes', 'conflicting-claims@around 19 million tonnes'],
    },
    {
      name: 'an amount of someone, more than the same amount of no one, is no part of it',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        About 3 million electric cars were sold in 2023.

        Europe sold 3.2 million electric cars in 2023.
        ${IEA}`,
      expect: ['conflicting-claims@About 3 million electric cars', 'conflicting-claims@3.2 million electric cars'],
    },
    {
      name: 'near miss: two sentences about different things',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        The U.S. imports 80% of its rare earths.

        The EU imports 98% of its magnets.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'near miss: the same words about two things, each the share of its own',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        China produces 98% of the world's gallium.

        China produces about 60% of the world's germanium.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'a share of the same thing, with a general word between, still conflicts',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Japan stockpiles 40% of its annual dysprosium demand.

        Officials say Japan stockpiles 60% of dysprosium demand.
        ${IEA}`,
      expect: ['conflicting-claims@40%', 'conflicting-claims@60%'],
    },
    {
      name: 'near miss: two figures of one sentence',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Japan stockpiles 40% of its dysprosium demand and 60% of its terbium demand.
        ${IEA}`,
      expect: [],
    },
    {
      name: 'a figure with a diagnostic of its own is not also told of the conflict; the other is',
      fixture: `
        --- /w/b.brief
        Japan stockpiles 40% of its annual dysprosium demand [@jogmec].

        Officials say Japan stockpiles 60% of its annual dysprosium demand.
        ${JOGMEC}`,
      expect: ['conflicting-claims@40%', 'uncited-figure@60%'],
    },
    {
      name: 'near miss: two figures a source backs are two things it says',
      fixture: `
        --- /w/b.brief
        China refines 90% of the world's rare earths [@iea].

        China mines 60% of the world's rare earths [@iea].
        --- /w/sources/iea.txt
        Critical minerals outlook

        China refines 90% of the world's rare earths. China mines 60% of the world's rare earths.`,
      expect: [],
    },
    {
      name: 'two figures each backed by its own source: not two claims at odds but two sources (conflicting-sources)',
      fixture: `
        --- /w/b.brief
        Japan stockpiles 40% of its annual dysprosium demand [@jogmec].

        Japan stockpiles 60% of its annual dysprosium demand [@meti].
        ${JOGMEC}
        --- /w/sources/meti.txt
        Rare earth reserves

        Japan stockpiles 60% of its annual dysprosium demand.`,
      expect: ['conflicting-sources@40%', 'conflicting-sources@60%'],
    },
  ]);
});

/** A programme's debt target, cited, and a summary's `bullet` on where debt stands. */
// (`keeps`, not `targets`: an aim and an outcome are two measures in any case.)
const debtTarget = (bullet: string): string => `
        --- /w/b.brief
        The programme keeps public debt below 95% of GDP by 2032 and gross financing needs averaging under 13% of GDP over 2027–32 [@imf].

        ${bullet}
        --- /w/sources/imf.txt
        Staff report

        The programme keeps public debt below 95% of GDP by 2032 and gross financing needs averaging under 13% of GDP over 2027–32.`;

describe('check: conflicting-claims, a figure restated', () => {
  // A summary restates a section's figure in words of its own, and gets it a little wrong.
  const SECTION = 'The industry expects the new fabs to create more than 68,000 direct jobs [@sia].';
  const SIA = `
    --- /w/sources/sia.txt
    Chip industry outlook

    The industry expects the new fabs to create more than 68,000 direct jobs.`;
  /** The section's figure, and a summary's bullet that restates it as `jobs`, then `more` sources. */
  const summary = (jobs: string, more = ''): string => `
        --- /w/b.brief
        ${SECTION}

        - Even if all of them are built, the ${jobs} direct jobs they bring will not close the skills gap.
        ${SIA}${more}`;
  checkCases([
    {
      name: 'a figure on no source\'s word, near another, with few of its words, restates it',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: summary('58,000'),
      expect: ['conflicting-claims@more than 68,000 direct jobs', 'conflicting-claims@58,000 direct jobs'],
    },
    {
      name: "near miss: one a source of the dataset states as written is that source's, none restated",
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: summary(
        '58,000',
        `
        --- /w/sources/union.txt
        Skills gap

        Even if all of them are built, the 58,000 direct jobs they bring will not close the skills gap, the union said.`,
      ),
      expect: [],
    },
    {
      name: 'an amount restated from memory may be off by up to double',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: summary('40,000'),
      expect: ['conflicting-claims@more than 68,000 direct jobs', 'conflicting-claims@40,000 direct jobs'],
    },
    {
      name: 'near miss: a share restated so far off is of another thing',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Canada supplies about 80% of the potash the US imports [@wire].

        - Canada sends about 46% of its potash exports to the United States.
        --- /w/sources/wire.txt
        Potash tariffs

        Canada supplies about 80% of the potash the US imports.`,
      expect: [],
    },
    {
      name: "an amount that names who it is about, and one that names them as its sentence's first word, are of one",
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        - Warsaw has ordered 120 Apache attack helicopters and a second batch of Korean tanks.

        In August 2024 Warsaw signed a $10 billion agreement for 96 Apache attack helicopters [@dn].
        --- /w/sources/dn.txt
        Poland's arms deals

        In August 2024 Warsaw signed a $10 billion agreement for 96 Apache attack helicopters.`,
      expect: ['conflicting-claims@120 Apache attack helicopters', 'conflicting-claims@96 Apache attack helicopters'],
    },
    {
      name: 'near miss: an amount and the total of it and another (`together`)',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Its deal covers about $5.8 billion of loans, and the separate deal with Exim Bank about $4.2 billion [@occ].
        Together the two deals cover about $10 billion.
        --- /w/sources/occ.txt
        Debt deals

        The deal covers about $5.8 billion of loans; the Exim Bank deal about $4.2 billion.`,
      expect: [],
    },
    {
      name: 'near miss: as far again from the other, it is another thing',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: summary('28,000'),
      expect: [],
    },
    {
      name: 'near miss: a cited figure restates nothing, though its source does not back it',
      fixture: `
        --- /w/b.brief
        ${SECTION}

        - Even if all of them are built, the 58,000 direct jobs they bring will not close the skills gap [@survey].
        ${SIA}
        --- /w/sources/survey.txt
        Skills survey

        Employers count 12 open roles for each graduate.`,
      expect: ['figure-not-in-source@58,000 direct jobs'],
    },
    {
      name: 'a figure restates one other: the most alike of those it disagrees with',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        - Analysts expect the cap on Russian crude to be cut to $50 a barrel.

        Russian crude traded at $55 a barrel at Baltic ports [@wire].

        The cap on Russian crude stands at $60 a barrel [@wire].
        --- /w/sources/wire.txt
        Oil wire

        Russian crude traded at $55 a barrel at Baltic ports.
        The cap on Russian crude stands at $60 a barrel.`,
      expect: ['conflicting-claims@$50', 'conflicting-claims@$60'],
    },
    {
      name: 'a figure among many of its sentence, each of its words weak, is still found restated',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Harbour dues collapsed 48% in 2024 to $2.1 billion, from $4.04 billion a year earlier [@port].

        - At some $1.6 billion for 2024, harbour dues are unlikely to recover before 2027.
        --- /w/sources/port.txt
        Port authority

        Harbour dues collapsed 48% in 2024 to $2.1 billion, from $4.04 billion a year earlier.`,
      expect: ['conflicting-claims@$2.1 billion', 'conflicting-claims@some $1.6 billion'],
    },
    {
      name: 'near miss: two figures each told by its own teller are two estimates, not one restated',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        The ISO forecasts Brazil's 2025/26 output at 44.7 million tonnes, raw value, up 1.6% [@rabo].

        - Datagro's first survey points to Brazilian sugar output of a record 45.9 million tonnes in 2025/26.
        --- /w/sources/rabo.txt
        Sugar outlook

        The ISO forecasts Brazil's 2025/26 output at 44.7 million tonnes, raw value, up 1.6%.`,
      expect: [],
    },
    {
      name: 'near miss: a bound the other way from the same number is a target against where things stand',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: debtTarget('- Public debt is still above 95% of GDP.'),
      expect: [],
    },
    {
      name: 'a bound the other way from another number is still one (the near miss above needs its rule)',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: debtTarget('- Public debt is still above 97% of GDP.'),
      expect: ['conflicting-claims@below 95%', 'conflicting-claims@above 97%'],
    },
    {
      name: "near miss: a restatement of a figure whose sentence states the restater's very value beside it is that one's",
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        Worldwide, first-dose coverage stayed at 83 per cent in 2023, and only 74 per cent of children got a second dose [@who].

        - With worldwide second-dose coverage at 74%, outbreaks will keep coming.
        --- /w/sources/who.txt
        Immunization

        Worldwide, first-dose coverage stayed at 83 per cent in 2023, and only 74 per cent of children got a second dose.`,
      expect: [],
    },
    {
      name: "near miss: a price on no source's word near a cited one is another day's price",
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        LME aluminium gained 1.2% to $2,470 a tonne on the day [@wire].

        - With LME aluminium near $2,600 a tonne, European smelters will restart.
        --- /w/sources/wire.txt
        Metals wire

        LME aluminium gained 1.2% to $2,470 a tonne on the day.`,
      expect: [],
    },
    {
      name: "an event's date told twice, a year off, though each sentence states other figures",
      fixture: `
        --- /w/b.brief
        Some 12.4 million people have been uprooted since the war began in April 2023 [@afp].

        - Since the war began in April 2024, the country's health system has collapsed.
        --- /w/sources/afp.txt
        Sudan wire

        Some 12.4 million people have been uprooted since the war began in April 2023.`,
      expect: ['conflicting-claims@April 2023', 'conflicting-claims@April 2024'],
    },
    {
      name: "near miss: the year of an amount its clause states before it is no event's date",
      fixture: `
        --- /w/b.brief
        - The new government ended the fuel subsidy in December 2025, after months of queues and strikes.

        The government spent $2.1 billion subsidising fuel in 2024 [@wire].
        --- /w/sources/wire.txt
        Fuel queues

        The government spent $2.1 billion subsidising fuel in 2024.`,
      options: { severity: { 'uncited-figure': 'off' } },
      expect: [],
    },
    {
      name: 'near miss: two periods measured over are no event told twice',
      options: { severity: { 'uncited-figure': 'off' } },
      fixture: `
        --- /w/b.brief
        - France supplied about 40% of India's arms imports in 2020–24.

        Russia's share of India's arms imports dropped from 58% in 2015–19 to 36% [@sipri].
        --- /w/sources/sipri.txt
        Arms transfers

        Russia's share of India's arms imports dropped from 58% in 2015–19 to 36% in 2020–24.`,
      expect: [],
    },
    {
      name: 'near miss: the years two amounts are of, and a date that names a thing, are no event told twice',
      fixture: `
        --- /w/b.brief
        Module capacity stood at 1,250 GW in 2024, twice global demand [@iea].

        - With more than 1,200 GW of module capacity, prices will not recover in 2026.

        The April 2024 halving cut the block subsidy by 50% [@iea].

        - The next halving, due in 2028, will cut the block subsidy again.
        --- /w/sources/iea.txt
        Outlook

        Module capacity stood at 1,250 GW in 2024, twice global demand.
        The April 2024 halving cut the block subsidy by 50%.`,
      options: { severity: { 'uncited-figure': 'off' } },
      expect: [],
    },
  ]);
});
