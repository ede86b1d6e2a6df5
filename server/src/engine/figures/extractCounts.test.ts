import { check, none } from './expectFigures';

describe('extractFigures: count', () => {
  const cases: Array<[string, string, string, number, number, string?]> = [
    ['China controls 17 elements.', '17 elements', 'element', 17, 17],
    ['it lists seven elements', 'seven elements', 'element', 7, 7],
    ['after six announcements', 'six announcements', 'announcement', 6, 6],
    ['a 50-nation coalition formed', '50-nation', 'nation', 50, 50],
    ['a seven-nation bloc', 'seven-nation', 'nation', 7, 7],
    ['a network of 256 layers', '256 layers', 'layer', 256, 256],
    ['a dozen countries signed', 'a dozen countries', 'country', 12, 12],
    ['A dozen countries signed', 'A dozen countries', 'country', 12, 12],
    ['two dozen firms bid', 'two dozen firms', 'firm', 24, 24],
    // A fraction of a number in words: once read as `a million`, `a dozen`.
    ['half a million people fled', 'half a million people', 'person', 5e5, 5e5],
    ['nearly half a million people fled', 'nearly half a million people', 'person', 5e5, 5e5, 'nearly'],
    ['a quarter of a million people', 'a quarter of a million people', 'person', 2.5e5, 2.5e5],
    ['a quarter million people', 'a quarter million people', 'person', 2.5e5, 2.5e5],
    ['half a dozen mines closed', 'half a dozen mines', 'mine', 6, 6],
    ['two third-party suppliers', 'two third-party suppliers', 'supplier', 2, 2],
    ['one and a half million homes', 'one and a half million homes', 'home', 1.5e6, 1.5e6],
    ['twenty-one companies bid', 'twenty-one companies', 'company', 21, 21],
    ['forty two companies bid', 'forty two companies', 'company', 42, 42],
    ['thirty mines closed', 'thirty mines', 'mine', 30, 30],
    ['nine Monetary Policy Committee members voted', 'nine Monetary Policy Committee members', 'member', 9, 9],
    ['15 more drugs were named', '15 more drugs', 'drug', 15, 15],
    // `or` between two rising numbers alike: a rough range.
    ['it builds one or two ships a year', 'one or two ships', 'ship', 1, 2, 'range'],
    ['two or more ships', 'two or more ships', 'ship', 2, 2, 'at-least'],
    // `over` before a span of time, but right after an amount (below), is more than.
    ['over two decades of growth', 'over two decades', 'year', 20, 20, 'more-than'],
    // Decades and centuries are counted in years.
    ['for nearly three decades', 'nearly three decades', 'year', 30, 30, 'nearly'],
    ['two centuries of trade', 'two centuries', 'year', 200, 200],
    // Months too: `a 48-month arrangement` is `a four-year programme`.
    ['a 48-month arrangement', '48-month', 'year', 4, 4],
    ['for six months', 'six months', 'year', 0.5, 0.5],
    // A tenor's words before something else: a stretch of time.
    ['a 10-year plan to cut emissions', '10-year', 'year', 10, 10],
    // And weeks in days: `three to four weeks` is `21 to 28 days`.
    ['adds three to four weeks to a voyage', 'three to four weeks', 'day', 21, 28, 'range'],
    ['a delay of two weeks', 'two weeks', 'day', 14, 14],
    ['1,200 workers left', '1,200 workers', 'worker', 1200, 1200],
    ['3 million people live there', '3 million people', 'person', 3e6, 3e6],
    ['3m people live there', '3m people', 'person', 3e6, 3e6],
    ['1.5bn people live there', '1.5bn people', 'person', 1.5e9, 1.5e9],
    ['two hundred firms bid', 'two hundred firms', 'firm', 200, 200],
    ['a thousand soldiers', 'a thousand soldiers', 'soldier', 1000, 1000],
    ['one million homes were built', 'one million homes', 'home', 1e6, 1e6],
    ['17 rare-earth elements are mined', '17 rare-earth elements', 'element', 17, 17],
    ['seven critical minerals are mined', 'seven critical minerals', 'mineral', 7, 7],
    ['17 processes run', '17 processes', 'process', 17, 17],
    ['in 40 countries', '40 countries', 'country', 40, 40],
    ['2000 workers struck', '2000 workers', 'worker', 2000, 2000],
    ['17 NGOs signed', '17 NGOs', 'NGO', 17, 17],
    ['500 staff members quit', '500 staff members', 'member', 500, 500],
    ['Lithium features in 22 of the projects, more than any', '22 of the projects', 'project', 22, 22],
    ['3 of its mines closed', '3 of its mines', 'mine', 3, 3],
    ['200 aircraft were built', '200 aircraft', 'aircraft', 200, 200],
    ['more than 17 elements', 'more than 17 elements', 'element', 17, 17, 'more-than'],
    ['fewer than 10 firms', 'fewer than 10 firms', 'firm', 10, 10, 'less-than'],
    ['100+ companies joined', '100+ companies', 'company', 100, 100, 'more-than'],
    ['100-plus companies joined', '100-plus companies', 'company', 100, 100, 'more-than'],
    ['50-odd countries joined', '50-odd countries', 'country', 50, 50, 'approximate'],
    ['17 or more countries joined', '17 or more countries', 'country', 17, 17, 'at-least'],
    ['17 countries or more joined', '17 countries or more', 'country', 17, 17, 'at-least'],
    // `and above`, `and over` too (a class of things); not `and more`, which adds.
    ['plants of 50 employees and above', '50 employees and above', 'employee', 50, 50, 'at-least'],
    ['firms with 250 employees and over', '250 employees and over', 'employee', 250, 250, 'at-least'],
    ['12 mines and more are planned', '12 mines', 'mine', 12, 12],
    ['ports of 12 berths or larger', '12 berths or larger', 'berth', 12, 12, 'at-least'],
    ['five to ten workers', 'five to ten workers', 'worker', 5, 10, 'range'],
    ['10-15 countries', '10-15 countries', 'country', 10, 15, 'range'],
    ['3-5 million people', '3-5 million people', 'person', 3e6, 5e6, 'range'],
    ['some 40 Chinese firms', 'some 40 Chinese firms', 'firm', 40, 40, 'approximate'],
    ['a 5-metal alloy', '5-metal', 'metal', 5, 5],
    ['a 30-day window', '30-day', 'day', 30, 30],
    ['1,500-2,000 workers', '1,500-2,000 workers', 'worker', 1500, 2000, 'range'],
    // Modifiers joined by `and` or `or` before the noun.
    ['it would not renew about 72,000 home and apartment policies', 'about 72,000 home and apartment policies', 'policy', 72000, 72000, 'approximate'],
    ['20 oil and gas fields', '20 oil and gas fields', 'field', 20, 20],
    // Three words that say which (`large seawater desalination`) before the noun.
    ['Algeria operates 19 large seawater desalination plants.', '19 large seawater desalination plants', 'plant', 19, 19],
    // A noun a page broke at a line's end.
    ['It covers 2,257 power com-\npanies emitting', '2,257 power com-\npanies', 'company', 2257, 2257],
    // Initials in brackets after the words they stand for.
    ['we identified 412 ship-to-ship (STS) transfers', '412 ship-to-ship (STS) transfers', 'transfer', 412, 412],
  ];
  for (const [text, figure, unit, low, high, qualifier] of cases) {
    it(text, () => check(text, [{ kind: 'count', unit, text: figure, low, high, qualifier: (qualifier ?? 'exact') as never }]));
  }

  it('gives counts the precision of the last significant digit', () => {
    check('17 elements, 600 mines, 1,200 workers, 60,000 staff members, seven firms, a dozen banks', [
      { text: '17 elements', precision: 1 },
      { text: '600 mines', precision: 100 },
      { text: '1,200 workers', precision: 100 },
      { text: '60,000 staff members', precision: 1000 },
      { text: 'seven firms', precision: 1 },
      { text: 'a dozen banks', precision: 1 },
    ]);
  });

  it('`over` right after an amount is a span of time, not more of it', () => {
    check('spend $125 billion over two decades', [{ text: '$125 billion' }, { text: 'two decades', qualifier: 'exact' }]);
  });

  it("a number a list leaves its noun to counts the list's noun (`Japan with 1.5 million`)", () => {
    check('the largest supplier with 2.9 million vehicles, ahead of Japan with 1.5 million and South Korea with 1.4 million', [
      { text: '2.9 million vehicles', unit: 'vehicle' },
      { text: '1.5 million', unit: 'vehicle', low: 1.5e6 },
      { text: '1.4 million', unit: 'vehicle', low: 1.4e6 },
    ]);
    check('Kassala has 11,000 cases, followed by Gedaref with 7,402', [{ text: '11,000 cases' }, { text: '7,402', unit: 'case', low: 7402 }]);
    // Not one with a unit or noun of its own after it.
    check('above 70 MW, to two sites, and Amsterdam caps capacity at 670 MVA until 2030', [{ text: 'above 70 MW' }, { text: 'two sites' }, { text: '2030' }]);
    // `on` and `at` too, and a quantity's unit through the whole list.
    check('Santos shipped 2.3 million tonnes, ahead of Paranaguá on 4.1 million and Rio Grande on 1.9 million', [
      { text: '2.3 million tonnes', unit: 't' },
      { text: '4.1 million', unit: 't', low: 4.1e6 },
      { text: '1.9 million', unit: 't', low: 1.9e6 },
    ]);
    // A name right before the number, after a comma or `and`, its qualifier the figure's own;
    // not a day after its month.
    check('India sent around 417,000 visitors, Russia some 202,000 and Britain 187,000', [
      { text: 'around 417,000 visitors', unit: 'visitor' },
      { text: 'some 202,000', unit: 'visitor', low: 202000, qualifier: 'approximate' },
      { text: '187,000', unit: 'visitor', low: 187000, qualifier: 'exact' },
    ]);
    check('Santos shipped 2.3 million tonnes, ahead of Paranaguá on about 4.1 million', [{ text: '2.3 million tonnes' }, { text: 'about 4.1 million', unit: 't', qualifier: 'approximate' }]);
    check('They shipped 300 tonnes, January 15 and June 30', [{ text: '300 tonnes' }]);
    check('about 37 million m³ a year, and Helium 3 added 13.1 million m³', [{ text: 'about 37 million m³' }, { text: '13.1 million m³' }]);
    // A fiscal year between, no figure of its own, is one of the list's words; a year that is
    // a figure ends the list.
    check('about 140 million entries in FY2015 and 1.36 billion in FY2024', [
      { text: 'about 140 million entries', unit: 'entry' },
      { text: '1.36 billion', unit: 'entry', low: 1.36e9 },
    ]);
    check('about 140 million entries in 2015 and 1.36 billion in 2024', [{ text: 'about 140 million entries' }, { text: '2015' }, { text: '2024' }]);
  });

  it('a noun that names a thing by its number of parts is no count (`two-wheelers`)', () => {
    check('sales of two-wheelers and a two-seater jet', []);
    check('a 50-nation coalition and 5 wheelers', [{ text: '50-nation', unit: 'nation' }, { text: '5 wheelers', unit: 'wheeler' }]);
  });

  it('a number word a page broke at a line end is one number', () => {
    check('Four-\nteen plants extracted helium', [{ text: 'Four-\nteen plants', unit: 'plant', low: 14 }]);
    check('Twenty-\nfive firms bid', [{ text: 'Twenty-\nfive firms', unit: 'firm', low: 25 }]);
  });

  it('a measure joined to its unit before the noun says what each thing is (`60-kg bags`)', () => {
    check('output of 65.1 million 60-kg bags', [{ text: '65.1 million 60-kg bags', unit: 'bag', low: 65.1e6 }]);
    check('a 60-kg bag', [{ kind: 'quantity', text: '60-kg' }]);
  });

  it('a count per so many people is a rate, and the base of a rate no count', () => {
    check('a rate of 46.9 deaths per 100,000 people', [{ text: '46.9 deaths per 100,000 people', unit: 'death per 100000', low: 46.9 }]);
    check('574 deaths per million people and 5 cars per capita', [{ text: '574 deaths per million people', unit: 'death per 1000000' }, { text: '5 cars per capita', unit: 'car per 1' }]);
    check('its rate of 46.9 per 100,000 residents', []);
  });

  it('near miss: a bound word after `and` before another number bounds that number, not the one before', () => {
    check('growth of 5% and above 3% elsewhere', [
      { text: '5%', qualifier: 'exact' },
      { text: 'above 3%', qualifier: 'more-than' },
    ]);
  });

  it('a verb after a number ends its noun phrase: an identifier, no count (`Circular 158 lets depositors`)', () => {
    check('Circular 158 lets depositors withdraw up to $400 a month', [{ text: 'up to $400' }]);
    check('Article 12 requires members to report', []);
    // Near miss: a plural noun that is no verb is the count's.
    check('12 states require members to report', [{ text: '12 states', unit: 'state' }]);
  });

  it("a year-like number before its noun's own words is a year of them (`a draft 2026 budget sets aside`)", () => {
    check('a draft 2026 budget sets aside 200 billion zlotys', [{ text: '2026', kind: 'year' }, { text: '200 billion zlotys', unit: 'PLN' }]);
    check('Its 2025 decree raises the floor', [{ text: '2025', kind: 'year' }]);
    // Near miss: a noun right after the number, or a qualifier before it, makes a count.
    check('it hired 2000 workers', [{ text: '2000 workers', kind: 'count', unit: 'worker' }]);
    check('about 2000 new jobs', [{ text: 'about 2000 new jobs', kind: 'count', unit: 'job' }]);
  });

  it('a legal instrument, capitalised, names itself by its number (`Order 2023 replaces`); lower case it is another word', () => {
    check("FERC's Order 2023 replaces first come, first served", []);
    check('Executive Order 14117 restricts data sales', []);
    check('Decree 70/2023 removed 300 rules', [{ text: '300 rules', unit: 'rule' }]);
    check('Law 27,742 cut taxes', []);
    // Near miss: the verb `order` counts what it orders.
    check('Airlines order 12 jets', [{ text: '12 jets', unit: 'jet' }]);
  });

  it('a day of a month is no count of what follows it', () => {
    check('the package of 26 February breaks down into parts', []);
    check('On 12 March Nigerian customs seized it', []);
    check('on 3 Sept firms said so', []);
    // Nor the other end of a change: `to 3 November` is a date.
    check('sales fell 6.8% over the 52 weeks to 3 November, data show', [{ text: '6.8%' }, { text: '52 weeks' }]);
  });

  it('a currency code joined by a hyphen to what it qualifies is a count\'s modifier (`412 EUR- and USD-denominated bonds`)', () => {
    check('We tracked 412 EUR- and USD-denominated benchmark green bonds', [{ text: '412 EUR- and USD-denominated benchmark green bonds', kind: 'count', unit: 'bond', low: 412 }]);
    check('30 USD-denominated loans and fees of 500 USD', [{ text: '30 USD-denominated loans', unit: 'loan' }, { text: '500 USD', kind: 'money', unit: 'USD' }]);
  });

  it('initials with full stops before the noun are a name\'s words (`24 U.S. LNG cargoes`)', () => {
    check('Only 2 of the 24 U.S. LNG cargoes went through Panama', [{ text: '2', unit: 'cargo' }, { text: '24 U.S. LNG cargoes', unit: 'cargo' }]);
    check('It has 3 U.K. bases; output was 5 U.S.', [{ text: '3 U.K. bases', unit: 'base' }]);
  });

  it("a section's number first on its line numbers the paragraph, no count (`2.1 Government stockpile holdings`)", () => {
    check('Review\n1.4  Container ships were the segment most affected\n2.1 Government stockpile holdings stood at 910,000 tonnes', [{ text: '910,000 tonnes' }]);
    // Near miss: a figure first on its line with a scale, or within a line.
    check('2.1 Million people lost jobs, and 1.4 Container ships sank', [{ text: '2.1 Million people', unit: 'person' }, { text: '1.4 Container ships', unit: 'ship' }]);
  });

  it("nouns an institution capitalises are counted (`five Member States`); other capitalised words are names", () => {
    check('aid to farmers in five Member States and 196 Parties', [{ text: 'five Member States', unit: 'state' }, { text: '196 Parties', unit: 'party' }]);
    check('the 3 Gorges dam and 2 Sisters Food Group', []);
    // A people's name in the plural is a count of people.
    check('roughly 15 million Argentines and 1,200 Israelis', [{ text: 'roughly 15 million Argentines', unit: 'person' }, { text: '1,200 Israelis', unit: 'person' }]);
    check('5 Philippines-flagged vessels and 3 Lewis guns', [{ text: '5 Philippines-flagged vessels', unit: 'vessel' }, { text: '3 Lewis guns', unit: 'gun' }]);
  });

  it("a number at a change's other end takes the count's noun or the quantity's unit as written", () => {
    check('output is forecast to rise 0.7 million tons to 44.7 million', [{ text: '0.7 million tons' }, { text: '44.7 million', kind: 'quantity', unit: 't', low: 44.7e6 }]);
    check('capacity grew from 200 kt to 250', [{ text: '200 kt' }, { text: '250', kind: 'quantity', unit: 't', low: 250e3 }]);
    check('staff fell by 18,000 jobs to 285,000', [{ text: '18,000 jobs' }, { text: '285,000', unit: 'job', low: 285e3 }]);
    check('the tally fell to 240 seats, from 303 in 2019', [{ text: '240 seats', end: 'to' }, { text: '303', unit: 'seat', low: 303, end: 'from' }, { kind: 'year', text: '2019' }]);
    // `up from`, after the first end's year too.
    check('it counted 2.16 million workers in 2023, up from 1.96 million a year earlier', [
      { text: '2.16 million workers' },
      { kind: 'year', text: '2023' },
      { text: '1.96 million', unit: 'worker', low: 1.96e6, end: 'from' },
    ]);
    // Near miss: a year that is no first end's (`by 2023`) ends the change.
    check('it counted 2.16 million workers by 2023, up from 1.96 million', [{ text: '2.16 million workers' }, { kind: 'year', text: '2023' }]);
  });

  it("a number with no noun after it counts what its sentence's `number of` names (`The number of accredited laboratories has since risen to 26`)", () => {
    check('The number of accredited laboratories has since risen to 26, the ministry said.', [{ text: '26', unit: 'laboratory', low: 26 }]);
    check('The number of migrants rose to about 1.2 million in 2024.', [{ text: 'about 1.2 million', unit: 'migrant', qualifier: 'approximate' }, { kind: 'year', text: '2024' }]);
    // Near miss: a number with its own unit, or one no verb or `at` ties to the words.
    check('The number of mines was 14 tonnes short', [{ text: '14 tonnes', kind: 'quantity' }]);
    check('A number of people came on 12 May.', []);
  });

  it('a function word in capitals is an acronym (`14 IT parks`, `230,000 IT-BPM workers`)', () => {
    check('Cebu has 14 IT parks', [{ text: '14 IT parks', unit: 'park' }]);
    check('Cebu hosts 230,000 IT-BPM workers', [{ text: '230,000 IT-BPM workers', unit: 'worker' }]);
    // Near miss: in lower case it ends the number's noun phrase.
    check('of the 14 it has', []);
  });

  it("a change's end past a level's word (`to a flat 12%`, `from a record low 2%`); not past any word", () => {
    check('royalties were raised to a flat 12%', [{ text: '12%', end: 'to' }]);
    check('up from a record low 2%', [{ text: '2%', end: 'from' }]);
    check('it rose to some 3%', [{ text: 'some 3%' }]);
    check('a trip to a remote 12 villages', [{ text: '12 villages', end: undefined }]);
  });

  it('near miss: no list after a count, a clause between, a year, a unit or share after the number', () => {
    check('The port handled 5 million containers and 2024 was a record.', [{ text: '5 million containers' }, { kind: 'year', text: '2024' }]);
    check('Exports rose 5% and 40 of them went to China.', [{ text: '5%' }]);
    check('It hired 300 people. With 20 more, it would be full.', [{ text: '300 people' }]);
    check('It hired 300 people and 20% of them were women.', [{ text: '300 people' }, { text: '20%' }]);
  });

  it('`over` before a stretch of time after other words is a span too, unless they make it a length', () => {
    check('sets aside $170 billion for border enforcement over four years', [{ text: '$170 billion' }, { text: 'four years', qualifier: 'exact' }]);
    check('The programme runs over five years.', [{ text: 'five years', qualifier: 'exact' }]);
    check('the lowest level in over 20 years', [{ text: 'over 20 years', qualifier: 'more-than' }]);
    check('a conflict lasting over three years', [{ text: 'over three years', qualifier: 'more-than' }]);
    check('a plan drawn up over four years ago', [{ text: 'over four years', qualifier: 'more-than' }]);
  });

  describe('is no count', () => {
    const negatives = [
      'The deal was signed in 17.',
      'See page 4 shows the data.',
      'one of the largest',
      'the one that matters',
      'no one knows',
      'only one country',
      'a country',
      'the first firm and the 2nd firm',
      'at 10:30 today',
      'version v1.2 ships',
      'call 555-123-4567 now',
      'call (202) 555-0100 now',
      'COVID-19 cases rose',
      'F-35 jets flew',
      'A380 aircraft flew',
      'G7 countries met',
      'the G20 leaders met',
      '§2 lists rules',
      '§ 2 lists rules',
      'para 3 notes things',
      'p. 4 lists things',
      'Table 2 lists things',
      'the 1990s saw changes',
      'a 5G network',
      'a 3D printer',
      'three times the size',
      'a 14-year-old girl',
      'the 4th largest',
      'ratio 3:1 holds',
      '24/7 operations',
      'ISBN 978-3-16-148410-0 books',
      'thousands of workers',
      'hundreds of firms',
      'dozens of firms',
      '17 of the 20',
      'one of the largest mines',
      'a 10-fold rise',
      'the number 1.2.3 things',
      'x_17 items',
      'a 2-dimensional array',
      'a 3-sided shape',
      'a 5,000-strong force',
      '%26%239786%3B',
      'a=5 items',
      // A design's or a project's number; a book's volume.
      'the Project 22220 nuclear icebreakers',
      'see Volume 3 of the series',
      'the Type 26 frigates',
      // A bond's tenor.
      'the 10-year JGB yield rose',
      'the 30-year yield rose',
      'demand for 20-year government bonds',
    ];
    for (const text of negatives) it(text, () => none(text));
  });

  it("reads a part after `of which` as a count of the noun after its verb, its number alone", () => {
    check('We sold 418 lithography systems, of which 44 were EUV systems.', [{ text: '418 lithography systems' }, { kind: 'count', text: '44', unit: 'system', low: 44 }]);
    check('The plant employs 3,000 people, of whom 1,200 are women.', [{ text: '3,000 people' }, { kind: 'count', text: '1,200', low: 1200 }]);
    // No noun after the verb: no count.
    check('Of 30 applications, of which 12 were approved, most came from China.', [{ text: '30 applications' }]);
  });

  it("reads an annual report's year before in brackets as the amount's, of that year", () => {
    check('We sold 418 lithography systems in 2024 (2023: 449).', [
      { text: '418 lithography systems' },
      { kind: 'year', text: '2024' },
      { kind: 'year', text: '2023' },
      { kind: 'count', text: '449', unit: 'system', low: 449 },
    ]);
    check('Output was 3.1 million tonnes (2023: 2.9).', [{ text: '3.1 million tonnes' }, { kind: 'year', text: '2023' }, { kind: 'quantity', text: '2.9', low: 2.9e6 }]);
    check('The firm employed 3.2 million people in 2024 (2023: 3.0).', [{ text: '3.2 million people' }, { kind: 'year', text: '2024' }, { kind: 'year', text: '2023' }, { kind: 'count', text: '3.0', low: 3e6 }]);
    // A bracket that is no year before: nothing.
    check('Output was 3.1 million tonnes (page 2: 2.9).', [{ text: '3.1 million tonnes' }]);
  });

  it('reads a part of a counted whole as a count of its own, its number alone', () => {
    // Read as no figure, a wrong part (`25 of the 32 members`) passed unseen.
    check('17 of the 20 members agreed', [{ kind: 'count', text: '17', unit: 'member', low: 17 }, { kind: 'count', text: '20 members', unit: 'member' }]);
    check("Twenty-three of NATO's 32 members", [{ text: 'Twenty-three', unit: 'member', low: 23 }, { text: '32 members' }]);
    check("Only 23 of the alliance's 32 members", [{ text: '23', unit: 'member', low: 23 }, { text: '32 members' }]);
    check('two of the bloc’s 27 members', [{ text: 'two', unit: 'member', low: 2 }, { text: '27 members' }]);
    check('three of the five mines closed', [{ text: 'three', unit: 'mine', low: 3 }, { text: 'five mines' }]);
    check('more than 20 of 27 member states', [{ text: 'more than 20', unit: 'state', qualifier: 'more-than' }, { text: '27 member states' }]);
    check('one of the 10 largest mines', [{ text: '10 largest mines' }]);
    check("22 of China's mines", [{ text: "22 of China's mines", unit: 'mine', low: 22 }]);
    // A number in words too, but for `one` (`one of the largest`).
    check('two of the projects', [{ text: 'two of the projects', unit: 'project', low: 2 }]);
    check('ship grain from three of its ports', [{ text: 'three of its ports', unit: 'port', low: 3 }]);
    check('one of the largest ports', []);
  });

  it('takes a small number in words after `the` for a pointer back at things named, not a count', () => {
    check('imports of the two metals were worth more', []);
    check('these three firms and the twelve members', [{ text: 'twelve members', low: 12 }]);
    check('the 27 member states', [{ text: '27 member states', low: 27 }]);
    check('3 of the five mines', [{ text: '3', unit: 'mine' }, { text: 'five mines' }]);
    check('the G20 countries and 19 members', [{ text: '19 members' }]);
  });
});
