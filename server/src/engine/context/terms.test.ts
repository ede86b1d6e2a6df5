import * as assert from 'node:assert';
import { countModifiers } from '../figures/countNoun';
import { extractFigures } from '../figures/extractFigures';
import type { Span } from '../types';
import { contextOf, figureSpans, mutualSimilarity, ofOtherThings, sharedTerms, similarity, stem, tokenize, type TermStatistics, type TermVector } from './terms';

const flat: TermStatistics = { idf: () => 1 };

function terms(text: string, excluded: Span[] = []): string[] {
  return tokenize(text, 0, text.length, excluded).tokens.map((t) => t.term);
}

/** The context of the figure written `figure` in `text`, the other figures given likewise. */
function context(text: string, figure: string, others: string[] = []): TermVector {
  const span = (s: string): Span => {
    const at = text.indexOf(s);
    assert.ok(at >= 0, `'${s}' not in text`);
    return { start: at, end: at + s.length };
  };
  return contextOf(tokenize(text, 0, text.length), span(figure), others.map(span), undefined, undefined, text);
}

describe('context/terms', () => {
  describe('stem', () => {
    const cases: Array<[string, string]> = [
      ['earths', 'earth'],
      ["china's", 'china'],
      ['refining', 'refin'],
      ['refinery', 'refin'],
      ['refined', 'refin'],
      ['batteries', 'batte'],
      ['glass', 'glass'],
      ['bus', 'bus'],
      ['magnets', 'magne'],
      // A ton and a tonne are one word of a price or an amount.
      ['tonnes', 'ton'],
      ['tonne', 'ton'],
      ['tons', 'ton'],
    ];
    for (const [word, expected] of cases) it(`${word} → ${expected}`, () => assert.strictEqual(stem(word), expected));
  });

  describe('tokenize', () => {
    const cases: Array<[name: string, text: string, expected: string[]]> = [
      ['stopwords, numbers and qualifiers are dropped', 'The U.S. imports over 80% of its rare earths.', ['us', 'impor', 'rar', 'earth']],
      ['U.S. and United States are one term', 'the United States imports', ['us', 'impor']],
      ['USA, America and Washington too', 'USA America Washington', ['us', 'us', 'us']],
      ['EU and European Union', 'the EU and the European Union', ['eu', 'eu']],
      ['China, Chinese, Beijing, PRC', 'China Chinese Beijing PRC', ['china', 'china', 'china', 'china']],
      ["People's Republic of China", "the People's Republic of China exports", ['china', 'expor']],
      ['the full stop of the sentence is not part of the word', 'refines magnets.', ['refin', 'magne']],
      ['a possessive', "the world's refiners", ['world', 'refin']],
      ['GDP and gross domestic product are one measure', 'GDP, gross domestic product', ['gdp', 'gdp']],
      ['output and production are one measure', 'output, production, outputs', ['produ', 'produ', 'produ']],
      ["a trade report's shipments are its exports", 'shipments, exports, shipment', ['expor', 'expor', 'expor']],
      ['EBITDA written out is EBITDA', 'EBITDA, earnings before interest, taxes, depreciation and amortisation', ['ebitd', 'ebitd']],
      ['EBIT written out is EBIT', 'EBIT, earnings before interest and tax', ['ebit', 'ebit']],
      ["an actor's possessive is the actor", "Russia's arms, Beijing's curbs, Europe’s plants", ['russia', 'arm', 'china', 'curb', 'eu', 'plant']],
      ['case does not matter', 'RARE Earths', ['rar', 'earth']],
      ['clause words are no terms', 'while whereas but although', []],
      ['empty text', '', []],
    ];
    for (const [name, text, expected] of cases) it(name, () => assert.deepStrictEqual(terms(text), expected));

    it("marks a run of capitalised words with its initials, on the run's last word, when asked", () => {
      const initials = (text: string): string[] => tokenize(text, 0, text.length, [], true).tokens.flatMap((t) => t.initials ?? []);
      assert.deepStrictEqual(initials('Copper traded on the London Metal Exchange on Tuesday.'), ['lme']);
      assert.deepStrictEqual(initials('The International Energy Agency said'), ['iea']);
      // Initials written with stops begin the run, across a wrapped line too (`USDA`).
      assert.deepStrictEqual(initials('the U.S.\nDepartment of Agriculture expects'), ['usda', 'usdoa']);
      assert.deepStrictEqual(initials('the U.S. said on Monday'), []);
      assert.deepStrictEqual(initials('the Bank of England and the Organization of the Petroleum Exporting Countries'), ['be', 'boe', 'opec', 'oopec']);
      // A word hyphened to the one before is one word to some, two to others (`IDB`, `IADB`).
      assert.deepStrictEqual(initials('the Inter-American Development Bank announced'), ['iadb', 'idb']);
      assert.deepStrictEqual(initials('Asia-Pacific Economic Cooperation members'), ['apec', 'aec']);
      // Near misses: one capitalised word, a comma between, a month, capitals that are initials already.
      assert.deepStrictEqual(initials('Copper prices, London, Metal prices in March Trading LME WTI'), []);
      assert.deepStrictEqual(initials('a Rolls-Royce engine, a state-owned Sinopec unit'), ['rr']);
      assert.deepStrictEqual(
        tokenize('the London Metal Exchange', 0, 25).tokens.filter((t) => t.initials),
        [],
        'not unless asked',
      );
    });

    it('skips excluded spans (citations, code)', () => {
      const text = 'China refines magnets [@iea-lithium] `cobalt` well';
      const a = text.indexOf('[');
      const b = text.indexOf(']') + 1;
      const c = text.indexOf('`');
      const d = text.lastIndexOf('`') + 1;
      assert.deepStrictEqual(terms(text, [{ start: a, end: b }, { start: c, end: d }]), ['china', 'refin', 'magne', 'well']);
    });

    it("drops a writer's words of how big a figure seems", () => {
      assert.deepStrictEqual(terms('Belaruskali shipped a whopping 12.8 million tonnes with barely 40 ships, a measly 1.6%'), ['belar', 'ship', 'ton', 'ship']);
    });

    it('drops the words that place a time from now (`last year`): what they date is no subject', () => {
      assert.deepStrictEqual(terms('imports fell to 6.7 tonnes last year, from the previous quarter and past month, before next week'), ['impor', 'fell', 'ton', 'quart', 'month', 'week']);
    });

    it('keeps offsets of the words', () => {
      const text = 'The U.S. imports';
      const t = tokenize(text, 0, text.length);
      assert.deepStrictEqual(
        t.tokens.map((x) => text.slice(x.start, x.end)),
        ['U.S.', 'imports'],
      );
    });

    it('tokenizes a part of a text', () => {
      const text = 'ignored words. China refines magnets. ignored too';
      const from = text.indexOf('China');
      const to = text.indexOf('.', from) + 1;
      assert.deepStrictEqual(tokenize(text, from, to).tokens.map((x) => x.term), ['china', 'refin', 'magne']);
    });

    it('is fast on long runs of spaces and digits', () => {
      const text = ' '.repeat(100_000) + '9'.repeat(100_000) + 'a.'.repeat(50_000);
      const started = Date.now();
      tokenize(text, 0, text.length);
      assert.ok(Date.now() - started < 1000);
    });
  });

  it("a place's adjective is a name at a sentence's start too, as it is inside one", () => {
    const names = (text: string) => tokenize(text, 0, text.length).tokens.filter((t) => t.name).map((t) => t.term);
    assert.deepStrictEqual(names('Brazilian coffee exports rose'), ['brazi']);
    assert.deepStrictEqual(names('Exports of Brazilian coffee rose'), ['brazi']);
    assert.deepStrictEqual(names('Coffee exports rose'), []);
  });

  it('a table cell starts with a capital as a sentence does: no name by its capital alone', () => {
    const names = (text: string) => tokenize(text, 0, text.length).tokens.filter((t) => t.name).map((t) => t.term);
    assert.deepStrictEqual(names('| Country | Share of mined lithium, 2024 |'), []);
    assert.deepStrictEqual(names('| Chile | about 20% |'), ['chil']);
    assert.deepStrictEqual(names('Output rose, and Share prices fell'), ['shar']);
  });

  describe('contextOf', () => {
    it("a name's initials in brackets after it part no clause; other brackets do", () => {
      const weight = (text: string): number => context(text, '18-20 per cent').get('addit') ?? 0;
      const initials = weight('Domestic value addition (DVA) in smartphone making is estimated at 18-20 per cent.');
      const aside = weight('Domestic value addition (Dva) in smartphone making is estimated at 18-20 per cent.');
      assert.ok(initials > aside, `${initials} > ${aside}`);
    });

    it("a word of another figure's own (`DUV` of `44 DUV systems`) is past that figure, after or before", () => {
      const text = 'ASML shipped 374 EUV systems and 44 DUV systems that year.';
      const found = extractFigures(text, 0, text.length);
      const [first, second] = found.map((f) => contextOf(tokenize(text, 0, text.length), f.span, found.map((o) => o.span), undefined, countModifiers(f), text));
      assert.ok((first.get('duv') ?? 0) < 0.5 * (first.get('euv') ?? 0), `374: duv ${first.get('duv')} against euv ${first.get('euv')}`);
      assert.ok((second.get('euv') ?? 0) < 0.6 * (second.get('duv') ?? 0), `44: euv ${second.get('euv')} against duv ${second.get('duv')}`);
    });

    it("a date's month is as near as it stands: a date is when, no other figure's words", () => {
      const text = 'By the end of June 2025 it had fallen to Rs1.614 trillion, a decline of Rs779 billion.';
      const found = extractFigures(text, 0, text.length);
      const decline = found.find((f) => f.text.includes('779'))!;
      const asDates = contextOf(tokenize(text, 0, text.length), decline.span, figureSpans(found), undefined, undefined, text);
      const asAmounts = contextOf(tokenize(text, 0, text.length), decline.span, found.map((f) => f.span), undefined, undefined, text);
      assert.ok((asDates.get('jun') ?? 0) > (asAmounts.get('jun') ?? 0), `${asDates.get('jun')} > ${asAmounts.get('jun')}`);
    });

    it("a change's old level, and its date, are no other figures between the new level and what changed", () => {
      const text = 'Usable reserves dropped from $18.6 billion at the end of 2020 to $7.9 billion at the end of 2022.';
      const found = extractFigures(text, 0, text.length);
      const read = (f: (typeof found)[number]) => contextOf(tokenize(text, 0, text.length), f.span, figureSpans(found), f.change, undefined, text);
      const [oldLevel, newLevel] = found.filter((f) => f.kind === 'money').map(read);
      assert.ok(newLevel.get('reser')! >= 0.4 && newLevel.get('reser')! <= oldLevel.get('reser')!, JSON.stringify([...newLevel]));
      // Near miss: two amounts of no change are two figures, the first between the second and its words.
      const plain = 'Usable reserves were $18.6 billion at the end of 2020 and $7.9 billion at the end of 2022.';
      const two = extractFigures(plain, 0, plain.length);
      const second = contextOf(tokenize(plain, 0, plain.length), two[2].span, figureSpans(two), undefined, undefined, plain);
      assert.ok(second.get('reser')! < 0.2, JSON.stringify([...second]));
    });

    it('an amount and the same in another unit, in brackets or after `or`, is no other figure between the first and its words', () => {
      // Read with the sentence's text (which finds the conversion) and without it.
      const both = (text: string, figure: string, other: string, term: string): [number, number] => {
        const span = (s: string): Span => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
        const spans = [span(figure), span(other)].sort((a, b) => a.start - b.start);
        const read = (t?: string) => contextOf(tokenize(text, 0, text.length), span(figure), spans, undefined, undefined, t).get(term) ?? 0;
        return [read(text), read()];
      };
      for (const [text, figure, other, term] of [
        ['Oil revenue fell to 756 billion riyals ($202 billion) in 2024.', '$202 billion', '756 billion riyals', 'reven'],
        ['Oil revenue was €5bn, or $5.4bn, in 2024.', '$5.4bn', '€5bn', 'reven'],
        ['Revenue fell to 756 billion riyals ($202 billion), ministry data show.', '756 billion riyals', '$202 billion', 'minis'],
      ]) {
        const [converted, crossed] = both(text, figure, other, term);
        assert.ok(converted > crossed, `${text} ${figure}: ${converted} > ${crossed}`);
      }
      // Near miss: an amount of its own after a comma is another figure.
      const [own, plain] = both('Oil revenue fell to 756 billion riyals, $202 billion of it from Aramco.', '$202 billion', '756 billion riyals', 'reven');
      assert.strictEqual(own, plain);
    });

    it("the brackets around an amount in a currency are no clause: the amount's words are as near as the first's", () => {
      const text = 'The approval enables an immediate disbursement of SDR 760 million (about US$1 billion) to Pakistan.';
      const dollars = context(text, 'about US$1 billion');
      assert.ok(dollars.get('disbu')! >= 0.9 && dollars.get('pakis')! >= 0.5, JSON.stringify([...dollars]));
      // Near miss: brackets around words are a clause's.
      const words = context('The approval enables an immediate disbursement of SDR 760 million (a first tranche of about US$1 billion).', 'about US$1 billion');
      assert.ok(words.get('disbu')! < 0.4, JSON.stringify([...words]));
    });

    it("a timeline entry's date and colon open its line: the entry's words are the date's", () => {
      const entry = context('Timeline\n- February 2025: President Donald Trump announces the concessions will be reversed.', 'February 2025');
      assert.ok(entry.get('trump')! >= 0.5 && entry.get('conce')! >= 0.3, JSON.stringify([...entry]));
      // Near miss: a colon after a date within a sentence parts a clause.
      const within = context('Timeline\nThe deal was signed in February 2025: President Donald Trump announces the concessions will be reversed.', 'February 2025');
      assert.ok(within.get('trump')! < 0.3, JSON.stringify([...within]));
    });

    it('what one figure is of, named beside the other, is one thing; not as a name', () => {
      const venezuelan = context('China took 68% of Venezuelan exports in 2024.', '68%', ['2024']);
      const oil = context("In 2024 Chinese buyers took more than 80% of Venezuela's oil exports.", 'more than 80%', ['2024']);
      assert.strictEqual(ofOtherThings(venezuelan, oil), false, JSON.stringify([venezuelan.object, oil.object]));
      // Near miss: `Germany` is cut to `germanium`'s term, and is a name.
      const graphite = context('Germany accounts for 5% of world graphite exports.', '5%');
      const germanium = context('Australia accounts for 86% of world germanium exports.', '86%');
      assert.strictEqual(ofOtherThings(graphite, germanium), true, JSON.stringify([graphite.object, germanium.object]));
    });

    const HARD = 'The U.S. imports over 80% of its rare earths, while the EU relies on China for 98% of its magnets.';

    it("another figure's unit in capitals (`GW`) is no name of who a figure is about", () => {
      const text = 'US capacity rose from about 15 GW in 2023 to more than 50 GW by mid-2025.';
      assert.strictEqual(context(text, 'more than 50 GW', ['about 15 GW', '2023', 'mid-2025']).subject, 'us');
    });

    it('a name in an aside between commas is not who the figure after it is about', () => {
      const text = "Germany, which holds about a quarter of the EU's storage capacity, was only 30% full.";
      assert.strictEqual(context(text, '30%', ['about a quarter']).subject, 'germa');
      assert.strictEqual(context('Germany, with roughly 25% of EU storage capacity, was just 30% full.', '30%', ['25%']).subject, 'germa');
      // Inside the aside, or in one that runs on to the figure, the nearest name still is.
      assert.strictEqual(context('Exports rose 5%, with China taking 40%.', '40%', ['5%']).subject, 'china');
      assert.strictEqual(context('In Europe, where Germany holds 25%, prices rose.', '25%').subject, 'germa');
      // A comma with no relative word after it opens no aside.
      assert.strictEqual(context('Germany, the EU said, was 30% full.', '30%').subject, 'eu');
    });

    it("a currency's letters and a stop word a page broke at a line's end are no words", () => {
      const terms = (text: string) => tokenize(text, 0, text.length).tokens.map((t) => t.term);
      assert.deepStrictEqual(terms('the plan received US$112 million'), ['plan', 'recei']);
      assert.deepStrictEqual(terms('it costs HK$5 and A$3'), ['cost']);
      assert.deepStrictEqual(terms('prices put the ticket be-\ntween 57.5 and 59.1, about 5.7 mil-\nlion officials'), ['pric', 'put', 'ticke', 'offic']);
      // Other words keep their halves: a wire breaks `rare-earth` at its hyphen too.
      assert.deepStrictEqual(terms('rare-\nearth magnets'), terms('rare-earth magnets'));
    });

    it('the commas around an adverb aside are no boundary', () => {
      const aside = context('Cell capacity, however, remains limited at around 3 GW, leaving assemblers short.', 'around 3 GW');
      const plain = context('Cell capacity remains limited at around 3 GW, leaving assemblers short.', 'around 3 GW');
      assert.ok(aside.get('cell')! >= 0.4, JSON.stringify([...aside]));
      assert.ok(aside.get('cell')! >= plain.get('cell')! - 0.15);
      // Other asides still are (`, in contrast to modules,`).
      const other = context('Cell capacity, in contrast to modules, remains limited at around 3 GW.', 'around 3 GW');
      assert.ok(other.get('cell')! < aside.get('cell')!);
    });

    it('the words before an aside between commas are as near the figure after it as without the aside', () => {
      const aside = context('Core inflation, which strips out regulated and seasonal prices, was 2.2% in May.', '2.2%');
      const plain = context('Core inflation was 2.2% in May.', '2.2%');
      assert.deepStrictEqual([aside.get('infla'), aside.get('cor')], [plain.get('infla'), plain.get('cor')]);
      // The aside's own words weigh as before, nearer than the subject's.
      assert.ok(aside.get('seaso')! < aside.get('infla')!, JSON.stringify([...aside]));
      // Near miss: an aside a clause word closes is none between commas (`, which …, while`).
      const clause = context('Core inflation, which strips out regulated prices while food rose, was 2.2%.', '2.2%');
      assert.ok(clause.get('infla')! < plain.get('infla')!, JSON.stringify([...clause]));
      // An aside of where it comes from, or of what it is mostly, opened by a clause word too.
      const losses = 'The damage to physical structures came to US$6.8 billion and economic losses, from foregone output and higher operating costs, to US$7.2 billion.';
      const from = context(losses, 'US$7.2 billion', ['US$6.8 billion']);
      assert.ok(from.get('loss')! >= 0.9 && from.get('struc')! < 0.4, JSON.stringify([...from]));
      // A place in such an aside is not who the figure after it is about.
      const mostly = context('India will export 2 million tonnes of broken rice, mostly to West Africa and China for feed, and total shipments of about 23 million tonnes.', 'about 23 million tonnes', ['2 million tonnes']);
      assert.strictEqual(mostly.subject, 'india');
    });

    it("the next item of a list is the next figure's: its words weigh as past that figure", () => {
      const korea = context("South Korea's share fell to 16.5% and Japan's to 5.0%.", '16.5%', ['5.0%']);
      assert.ok(korea.get('japan')! < korea.get('korea')! / 1.5, JSON.stringify([...korea]));
      const hybrids = context('With hybrids at almost 35% of the market and BEVs at 15.6% in the first half.', 'almost 35%', ['15.6%']);
      assert.ok(hybrids.get('bev')! < 0.4 && hybrids.get('marke')! >= 0.9, JSON.stringify([...hybrids]));
      // After `its`, or a noun and the word that leads to the figure (`and imports by`).
      const gdp = context("It would reduce Mexico's exports to the United States by 8-12% and its GDP by between 1% and 2%.", '8-12%', ['between 1% and 2%']);
      assert.ok(gdp.get('gdp')! < 0.4 && gdp.get('expor')! >= 0.7, JSON.stringify([...gdp]));
      const imports = context('Exports rose by 10% and imports by 4% last year.', '10%', ['4%']);
      assert.ok(imports.get('impor')! < 0.4, JSON.stringify([...imports]));
      // Near miss: nouns joined by `and` within one figure's words (`of copper and cobalt output`).
      const mines = context('Congo mines 40% of copper and cobalt output, and Chile 10%.', '40%', ['10%']);
      assert.ok(mines.get('cobal')! >= 0.4, JSON.stringify([...mines]));
    });

    it("in a list whose places follow their figures, the place before a figure is the previous figure's", () => {
      const text = 'Capex absorbs 23% of revenue at Microsoft and 24% at Meta, against 15% at Alphabet and 13% at Amazon.';
      const amazon = context(text, '13%', ['23%', '24%', '15%']);
      assert.ok(amazon.get('amazo')! > amazon.get('alpha')! * 2 && amazon.get('meta')! < 0.4, JSON.stringify([...amazon]));
      assert.notStrictEqual(amazon.subject, 'alpha');
      const meta = context(text, '24%', ['23%', '15%', '13%']);
      assert.ok(meta.get('meta')! > meta.get('micro')! * 2, JSON.stringify([...meta]));
      // Near miss: a place before its figure is that figure's (`in Chile and Peru 24%`).
      const peru = context('Output rose 5% in Chile and Peru 24%.', '24%', ['5%']);
      assert.strictEqual(peru.subject, 'peru');
    });

    it('a name that a share is of is no later figure\'s subject: who holds the share is', () => {
      const text = 'The United States supplied 57% of EU LNG imports in 2025, up from 45% in 2024.';
      assert.strictEqual(context(text, '45%', ['57%']).subject, 'us');
      assert.strictEqual(context("Russia's share of EU LNG imports rose to 18.5% in 2024.", '18.5%').subject, 'russia');
      // Near miss: exports of a nation are that nation's.
      assert.strictEqual(context('Exports of Chile rose 5% in 2024.', '5%').subject, 'chil');
    });

    it("a currency in capitals is no name; a table row's brackets are no boundary", () => {
      const names = (text: string) => tokenize(text, 0, text.length).tokens.filter((t) => t.name).map((t) => t.term);
      assert.deepStrictEqual(names('new housing worth RMB 18.2 trillion, or USD 2.5 trillion'), []);
      // Nor is a measure or a good written in capitals: who a figure is about comes before it.
      assert.deepStrictEqual(names("China's LNG imports fell, as GDP grew"), ['china']);
      assert.strictEqual(context("China's LNG imports fell 12% to 64.8 million tonnes.", '64.8 million tonnes', ['12%']).subject, 'china');
      // By its amount a currency's code, and a scale of India's (`crore`, `lakh`), is no word at
      // all: the amount's unit, not what it is about.
      const words = (text: string) => tokenize(text, 0, text.length).tokens.map((t) => t.term);
      assert.deepStrictEqual(words('value rose NOK 4 trillion to 7,527 billion NOK (billions NOK), Rs 2.00 lakh crore'), ['valu', 'ros']);
      // Near miss: a currency's code with no amount by it is a word (`the NOK weakened`).
      assert.deepStrictEqual(words('the NOK weakened'), ['nok', 'weake']);
      const row = '| Floor area sold (million sq m) | 1,794.3 |';
      const at = row.indexOf('1,794.3');
      const inRow = contextOf(tokenize(row, 0, row.length, [], false, true), { start: at, end: at + 7 }, []);
      const inProse = contextOf(tokenize(row, 0, row.length), { start: at, end: at + 7 }, []);
      assert.ok(inRow.get('floor')! > inProse.get('floor')!, JSON.stringify([...inRow]));
    });

    it('an ordinal is one word with its digits: two packages of other numbers share no word', () => {
      const terms = (text: string) => tokenize(text, 0, text.length).tokens.map((t) => t.term);
      assert.deepStrictEqual(terms('its 17th sanctions package'), ['17th', 'sanct', 'packa']);
      assert.deepStrictEqual(terms('the 2nd round'), ['2nd', 'round']);
      assert.ok(!terms('The 15th package added 52 vessels').includes('th'));
    });

    it("the subject's whole name weighs as much as its last word", () => {
      const v = context('Among the cities, Mumbai Metropolitan Region (MMR) recorded the highest sales at 1,55,335 units.', '1,55,335 units');
      assert.strictEqual(v.subject, 'mmr');
      assert.strictEqual(v.get('mumba'), v.get('mmr'), JSON.stringify([...v]));
      assert.strictEqual(v.get('regio'), v.get('mmr'));
      // A name further back, past other words, is no part of it.
      const w = context('India said the Bank of England cut rates by 25 basis points.', '25 basis points');
      assert.strictEqual(w.get('engla'), w.get('bank'));
      assert.ok(w.get('india')! < w.get('bank')!, JSON.stringify([...w]));
    });

    it('the nearest words weigh most', () => {
      const v = context('China refines 90% of the rare earths in the world', '90%');
      assert.ok(v.get('refin')! > v.get('world')!, JSON.stringify([...v]));
      assert.ok(v.get('rar')! > v.get('world')!);
    });

    it('two figures of one sentence get two contexts, split at the clause', () => {
      const us = context(HARD, '80%', ['98%']);
      const eu = context(HARD, '98%', ['80%']);
      assert.ok((us.get('us') ?? 0) > (us.get('eu') ?? 0), JSON.stringify([...us]));
      assert.ok((us.get('earth') ?? 0) > (us.get('magne') ?? 0), JSON.stringify([...us]));
      assert.ok((eu.get('eu') ?? 0) > (eu.get('us') ?? 0), JSON.stringify([...eu]));
      assert.ok((eu.get('magne') ?? 0) > (eu.get('earth') ?? 0), JSON.stringify([...eu]));
    });

    it('each clause matches its own statement in a source, not the other', () => {
      const us = context(HARD, '80%', ['98%']);
      const eu = context(HARD, '98%', ['80%']);
      const usSource = context('The United States imports more than 80% of its rare earths.', '80%');
      const euSource = context('The European Union relies on China for 98% of its magnets.', '98%');
      assert.ok(similarity(us, usSource, flat) > similarity(us, euSource, flat), 'U.S. clause');
      assert.ok(similarity(eu, euSource, flat) > similarity(eu, usSource, flat), 'EU clause');
      assert.ok(similarity(us, usSource, flat) >= 0.5, `U.S. clause vs its source: ${similarity(us, usSource, flat)}`);
      assert.ok(similarity(eu, euSource, flat) >= 0.5, `EU clause vs its source: ${similarity(eu, euSource, flat)}`);
    });

    it('the day of the week is no word of what a figure is; a month as a dateline writes it is the month', () => {
      const v = context('Futures hit a record $12,931 a tonne on Wednesday', '$12,931');
      assert.ok(![...v.keys()].some((t) => t.startsWith('wedne')));
      assert.deepStrictEqual(['Dec', 'Sept', 'Oct', 'Jan'].map((w) => stem(w.toLowerCase())), ['december', 'september', 'october', 'january'].map(stem));
      // Near miss: `Mar` is left as it is (`marred`, `Mars` are cut to it too).
      assert.notStrictEqual(stem('mar'), stem('march'));
    });

    it('a semicolon weakens the words across it', () => {
      const near = context('China refines 90% of magnets', '90%');
      const far = context('China refines 90%; magnets are scarce', '90%');
      assert.ok(far.get('magne')! < near.get('magne')!);
    });

    describe('what a figure is of: the word after `of`, past general ones', () => {
      const cases: Array<[text: string, figure: string, others: string[], object: string | undefined]> = [
        ["China produces 98 percent of the world's gallium and about 60% of its germanium", '98 percent', ['about 60%'], 'galli'],
        ["China produces 98 percent of the world's gallium and about 60% of its germanium", 'about 60%', ['98 percent'], 'germa'],
        ['Peru accounts for 15% of global scandium processing', '15%', [], 'scand'],
        ['Poland produced 86,250 tonnes of platinum for processing', '86,250 tonnes', [], 'plati'],
        ['The U.S. imports over 80% of its rare earths', 'over 80%', [], 'rar'],
        // No `of` right after the figure, or a clause or another figure between.
        ['China refines 90%, of which most goes to Japan', '90%', [], undefined],
        ['China refines 90% in 2024 of the rare earths', '90%', ['2024'], undefined],
        ['Prices rose 5% to the end of the year', '5%', [], undefined],
        ['A 60% share of the market', '60%', [], undefined],
        // Whose it is says which, not what: the noun after it.
        ['An estimated 150,000 tonnes of Ghanaian beans were smuggled', 'An estimated 150,000 tonnes', [], 'bean'],
        ["Tariffs hit 40% of China's exports", '40%', [], 'expor'],
        // Near miss: a name alone is what the figure is of.
        ['Exports fell 5% of Chile and 3% of Peru', '5%', ['3%'], 'chil'],
      ];
      for (const [text, figure, others, object] of cases) {
        it(`${text} → ${figure}: ${object ?? 'none'}`, () => assert.strictEqual(context(text, figure, others).object, object));
      }
    });

    it('a figure with no words around it has an empty context', () => {
      assert.deepStrictEqual([...context('90%', '90%')], []);
    });
  });

  describe('similarity', () => {
    const a: TermVector = new Map([
      ['china', 1],
      ['refin', 1],
    ]);
    it('identical contexts: 1', () => assert.strictEqual(similarity(a, a, flat), 1));
    it('disjoint contexts: 0', () => assert.strictEqual(similarity(a, new Map([['lithi', 1]]), flat), 0));
    it('an empty claim: 0', () => assert.strictEqual(similarity(new Map(), a, flat), 0));
    it('half covered: 0.5', () => assert.strictEqual(similarity(a, new Map([['china', 1]]), flat), 0.5));
    it('extra terms in the other context do not lower it', () => {
      assert.strictEqual(similarity(a, new Map([...a, ['world', 1]]), flat), 1);
    });
    it('is asymmetric: how much of the claim the other covers', () => {
      const b: TermVector = new Map([['china', 1]]);
      assert.strictEqual(similarity(b, a, flat), 1);
      assert.strictEqual(similarity(a, b, flat), 0.5);
    });
    it('a weaker match covers less', () => {
      const weak = similarity(a, new Map([['china', 0.5], ['refin', 0.5]]), flat);
      assert.ok(weak > 0 && weak < 1);
    });
    it('rare terms weigh more', () => {
      const stats: TermStatistics = { idf: (t) => (t === 'china' ? 0.1 : 2) };
      assert.ok(similarity(a, new Map([['refin', 1]]), stats) > similarity(a, new Map([['china', 1]]), stats));
    });
    it('mutualSimilarity: the lesser of the two directions', () => {
      const b: TermVector = new Map([['china', 1]]);
      assert.strictEqual(mutualSimilarity(a, b, flat), 0.5);
      assert.strictEqual(mutualSimilarity(b, a, flat), 0.5);
    });
    it('a figure of another thing that the sentence names beside the claim\'s thing halves it', () => {
      const source = "China produces 98 percent of the world's gallium and about 60% of its germanium";
      const gallium = context(source, '98 percent', ['about 60%']);
      const germanium = context(source, 'about 60%', ['98 percent']);
      const claim = context("China produces 80% of the world's germanium", '80%');
      assert.ok(similarity(claim, germanium, flat) > similarity(claim, gallium, flat), `${similarity(claim, germanium, flat)} ${similarity(claim, gallium, flat)}`);
      const plain = context("China produces 98 percent of the world's gallium", '98 percent');
      assert.ok(similarity(claim, gallium, flat) < similarity(claim, plain, flat) / 1.5, 'halved where the sentence names germanium too');
    });
    it('near miss: another word for the same thing, never named by the other side, does not clash', () => {
      const claim = context('Chile mines 24% of the output', '24%');
      const source = context('Chile mines 24% of the production', '24%');
      assert.ok(similarity(claim, source, flat) >= 0.5, String(similarity(claim, source, flat)));
    });
    it('across ways, words of change stand for each other, whichever their way', () => {
      const claim = contextOf(tokenize('Imports fell 2.3%', 0, 17), { start: 13, end: 17 }, [], { word: 'fell', direction: 'down' });
      const source = contextOf(tokenize('Imports rose 2.3%', 0, 17), { start: 13, end: 17 }, [], { word: 'rose', direction: 'up' });
      const same = contextOf(tokenize('Imports dropped 2.3%', 0, 20), { start: 16, end: 20 }, [], { word: 'dropped', direction: 'down' });
      assert.strictEqual(similarity(claim, source, flat, true), 1);
      assert.ok(similarity(claim, source, flat) < 1, 'not unless asked');
      assert.strictEqual(similarity(claim, same, flat, true), 1, 'the same way in other words too');
      assert.ok(similarity(claim, same, flat) < 1, 'not unless asked');
      // Alone, two words of change make nothing alike: nothing else of the sentence is shared.
      const dollar = contextOf(tokenize('The dollar index dropped 2.3%', 0, 29), { start: 25, end: 29 }, [], { word: 'dropped', direction: 'down' });
      assert.strictEqual(similarity(claim, dollar, flat, true), 0);
      // `down` is a stop word, in no context: it still stands next to its figure.
      const down = contextOf(tokenize('Imports down 2.3%', 0, 17), { start: 13, end: 17 }, [], { word: 'down', direction: 'down' });
      const rose = contextOf(tokenize('Imports rose 2.3%', 0, 17), { start: 13, end: 17 }, [], { word: 'rose', direction: 'up' });
      assert.strictEqual(similarity(rose, down, flat, true), 1);
    });
    it('aliases meet through tokenize', () => {
      const x = context('The U.S. imports 80% of its rare earths', '80%');
      const y = context('The United States imports 80% of its rare earths', '80%');
      assert.strictEqual(similarity(x, y, flat), 1);
    });
  });

  it('sharedTerms lists the common terms, strongest first', () => {
    const x: TermVector = new Map([
      ['china', 1],
      ['refin', 0.5],
      ['world', 0.2],
    ]);
    const y: TermVector = new Map([
      ['world', 0.2],
      ['china', 0.9],
      ['refin', 0.4],
      ['lithi', 1],
    ]);
    assert.deepStrictEqual(sharedTerms(x, y), ['china', 'refin', 'world']);
  });
});
