import { check } from './tokenize';

const PERCENT = 'constant.numeric.figure.percent.briefing';
const MONEY = 'constant.numeric.figure.money.briefing';
const COUNT = 'constant.numeric.figure.count.briefing';
const QUANTITY = 'constant.numeric.figure.quantity.briefing';
const YEAR = 'constant.numeric.figure.year.briefing';
const QUALIFIER = 'keyword.other.qualifier.briefing';
const ANY_FIGURE = 'constant.numeric.figure';
const KEY = 'entity.name.tag.citation-key.briefing';
const LOCATOR = 'constant.other.locator.briefing';

describe('grammar: figures', () => {
  const figures: [string, string, string][] = [
    ['China holds 15% of reserves.', '15%', PERCENT],
    ['a share of 60-70% in 2024', '60-70%', PERCENT],
    ['a share of 85–90% today', '85–90%', PERCENT],
    ['rose 80 percent', '80 percent', PERCENT],
    ['some 98 per cent of magnets', '98 per cent', PERCENT],
    ['between 60 and 70% of output', '60 and 70%', PERCENT],
    ['spent $600 billion on it', '$600 billion', MONEY],
    ['USD 12 billion in loans', 'USD 12 billion', MONEY],
    ['a US$1.2 trillion market', 'US$1.2 trillion', MONEY],
    ['€2.5bn and £40m', '€2.5bn', MONEY],
    ['€2.5bn and £40m', '£40m', MONEY],
    ['$5-6 billion a year', '$5-6 billion', MONEY],
    ['17 elements are rare earths', '17', COUNT],
    ['seven elements are rare earths', 'seven', COUNT],
    ['Six announcements followed', 'Six', COUNT],
    ['a 50-nation coalition', '50', COUNT],
    ['256 layers of memory', '256', COUNT],
    ['a dozen reactors', 'a dozen', COUNT],
    ['14 nanometers wide', '14 nanometers', QUANTITY],
    ['a 14-nm process', '14-nm', QUANTITY],
    ['60,000 tonnes of ore', '60,000 tonnes', QUANTITY],
    ['4.2 kt a year', '4.2 kt', QUANTITY],
    ['by 2035 at the latest', '2035', YEAR],
    ['in April 2025 the ban', 'April 2025', YEAR],
    ['from 2020-2025 on', '2020-2025', YEAR],
    ['on 5 April 2025 it', '5 April 2025', YEAR],
    ['the 2024 elections', '2024', YEAR],
    ['over 2000 ships', '2000', COUNT],
    ['1.2 billion people', '1.2 billion', COUNT],
    ['12 billion dollars', '12 billion dollars', MONEY],
  ];
  for (const [line, figure, scope] of figures) {
    it(`${figure} in "${line}"`, () => check(line, [[figure, scope]]));
  }

  it('scopes the counted noun as the unit, not as the number', () =>
    check('17 elements', [['elements', 'meta.unit.briefing'], ['elements', `!${COUNT}`], [' ', 'meta.figure.count']]));
  it('keeps a figure in one token-run: whole figure under meta.figure', () =>
    check('over $600 billion', [['over $600 billion', 'meta.figure.money.briefing']]));
});

describe('grammar: qualifiers', () => {
  const qualifiers: [string, string, string][] = [
    ['about 15% of it', 'about', PERCENT],
    ['Approximately 15% of it', 'Approximately', PERCENT],
    ['around 40 countries', 'around', COUNT],
    ['roughly $2bn', 'roughly', MONEY],
    ['an estimated 3,000 tonnes', 'an estimated', QUANTITY],
    ['~15% of it', '~', PERCENT],
    ['nearly 98 per cent', 'nearly', PERCENT],
    ['almost 20 mines', 'almost', COUNT],
    ['close to 90%', 'close to', PERCENT],
    ['over 80% of imports', 'over', PERCENT],
    ['more than 60 firms', 'more than', COUNT],
    ['above 2 GW', 'above', QUANTITY],
    ['exceeding $1 trillion', 'exceeding', MONEY],
    ['in excess of 10,000 tonnes', 'in excess of', QUANTITY],
    ['upwards of 500 ships', 'upwards of', COUNT],
    ['a share >90% of it', '>', PERCENT],
    ['at least 12 sites', 'at least', COUNT],
    ['no less than 70%', 'no less than', PERCENT],
    ['growth >= 5% a year', '>=', PERCENT],
    ['under 10% of it', 'under', PERCENT],
    ['less than $5m', 'less than', MONEY],
    ['below 3 nm', 'below', QUANTITY],
    ['a share <5% of it', '<', PERCENT],
    ['up to 4.2 kt', 'up to', QUANTITY],
    ['at most 30%', 'at most', PERCENT],
    ['no more than 3 sites', 'no more than', COUNT],
    ['a share <= 10% of it', '<=', PERCENT],
    ['between 60 and 70%', 'between', PERCENT],
  ];
  for (const [line, qualifier, figureScope] of qualifiers) {
    it(`"${qualifier}" in "${line}"`, () =>
      check(line, [
        [qualifier, QUALIFIER],
        [qualifier, `!${ANY_FIGURE}`],
        [line.slice(line.indexOf(qualifier) + qualifier.length).trim().split(' ')[0].replace(/^([^\d$€£]*)/, ''), figureScope],
      ]));
  }

  it('X+ is a qualifier inside the figure', () => check('50+ countries and 90%+', [['+', QUALIFIER], ['50', COUNT], ['90%', PERCENT]]));
  it('> at the start of a line is a block quote, not a qualifier', () =>
    check('>90% of it', [['>', 'punctuation.definition.quote'], ['>', `!${QUALIFIER}`], ['90%', PERCENT]]));
  it('a qualifier word without a figure is plain prose', () =>
    check('about the report, over there, nearly done', [['about', `!${QUALIFIER}`], ['over', `!${QUALIFIER}`], ['nearly', `!${QUALIFIER}`]]));
});

describe('grammar: what is not a figure', () => {
  it('a number not followed by a noun or unit', () => check('17 of the mines', [['17', `!${ANY_FIGURE}`]]));
  it('a number inside a word or code name', () =>
    check('COVID-19 cases, A320 jets, v1.5%', [['19', `!${ANY_FIGURE}`], ['320', `!${ANY_FIGURE}`], ['1.5%', `!${ANY_FIGURE}`]]));
  it('inline code', () =>
    check('the `15% rate` and ``a ` 2025`` here', [['15% rate', 'markup.inline.raw'], ['15%', `!${ANY_FIGURE}`], ['2025', `!${ANY_FIGURE}`]]));
  it('a heading', () => check('## Outlook 2030: 15% growth', [['2030', `!${ANY_FIGURE}`], ['15%', `!${ANY_FIGURE}`]]));
  it('a list marker', () => check('1. In 2024, 15% more.', [['1.', 'punctuation.definition.list'], ['1.', `!${ANY_FIGURE}`], ['15%', PERCENT]]));
  it('a link target and a bare URL', () =>
    check('see [the 2024 report](https://x.org/2024/15%) and https://e.com/2025/a.', [
      ['https://x.org/2024/15%', 'markup.underline.link'],
      ['2024/15%', `!${ANY_FIGURE}`],
      ['https://e.com/2025/a', 'markup.underline.link'],
      ['2025/a', `!${ANY_FIGURE}`],
    ]));
  it('an HTML comment', () => check('<!-- 15% to do -->', [['15%', 'comment.block.html'], ['15%', `!${ANY_FIGURE}`]]));
  it('a fenced code block', () =>
    check('Before 15%.\n```python\nshare = 15% of 2025 over 600 elements\n```\nAfter 12%.', [
      ['```python', 'markup.fenced_code.block'],
      ['python', 'fenced_code.block.language'],
      ['share = 15% of 2025 over 600 elements', 'markup.fenced_code.block'],
      ['share = 15% of 2025 over 600 elements', `!${ANY_FIGURE}`],
      ['15%', PERCENT, 0],
      ['12%', PERCENT],
    ]));
  it('a tilde fence closes only on tildes', () =>
    check('~~~\n12%\n```\n13%\n~~~~\n14%', [['12%', `!${ANY_FIGURE}`], ['13%', `!${ANY_FIGURE}`], ['14%', PERCENT]]));
});

describe('grammar: citations', () => {
  it('a key and a locator, told apart', () =>
    check('Output fell 15% [@iea-2024:report, para 3].', [
      ['[@iea-2024:report, para 3]', 'meta.citation.briefing'],
      ['[', 'punctuation.definition.citation.begin'],
      ['@', 'punctuation.definition.citation-key'],
      ['@', `!${KEY}`],
      ['iea-2024:report', KEY],
      ['iea-2024:report', `!${LOCATOR}`],
      ['para 3', LOCATOR],
      ['para 3', `!${KEY}`],
      [']', 'punctuation.definition.citation.end'],
      ['2024', `!${ANY_FIGURE}`],
      ['3', `!${ANY_FIGURE}`],
    ]));
  it('a group of two keys, the second with a locator', () =>
    check('[@a; @usgs_2025, para 3]', [
      ['a', KEY],
      [';', 'punctuation.separator.citation'],
      ['usgs_2025', KEY],
      ['para 3', LOCATOR],
    ]));
  it('a key does not end in punctuation', () => check('[@smith.]', [['smith', KEY], ['.', `!${KEY}`]]));
  it('any locator is kept', () => check('[@a, p. 4; @b, §2]', [['p. 4', LOCATOR], ['§2', LOCATOR], ['b', KEY]]));
  it('a citation wrapped onto the next line', () =>
    check('Exports fell [@a,\npara 3] last year.', [['para 3', LOCATOR], ['last year', '!meta.citation']]));
  it('an unclosed citation stops at the end of the paragraph', () =>
    check('Exports fell [@a, para\n\n17 elements.', [['17', COUNT], ['17', '!meta.citation']]));
  it('a bracket without @ is not a citation', () => check('[see above] 15%', [['see above', '!meta.citation'], ['15%', PERCENT]]));
});

describe('grammar: quotations, emphasis, blocks', () => {
  it('straight and curly quotations, figures inside', () =>
    check('He said "output fell 15% in 2024" and “exports of seven elements” ended.', [
      ['"output fell 15% in 2024"', 'string.quoted.double.briefing'],
      ['15%', PERCENT],
      ['“exports of seven elements”', 'string.quoted.double.briefing'],
      ['“', 'punctuation.definition.string.begin'],
      ['”', 'punctuation.definition.string.end'],
      ['seven', COUNT],
      [' ended', '!string.quoted'],
    ]));
  it('an unclosed quote stops at the end of the paragraph', () =>
    check('He said "output\n\nNext 15%.', [['Next', '!string.quoted']]));
  it('italic and bold, with figures inside', () =>
    check('*rose 15%* and **17 elements** and _a_ b__c', [
      ['rose 15%', 'markup.italic'],
      ['15%', PERCENT],
      ['17 elements', 'markup.bold'],
      ['17', COUNT],
      ['a', 'markup.italic', 2],
      ['b__c', '!markup.bold'],
    ]));
  it('headings', () =>
    check('# Rare earths\n### Outlook ###', [
      ['# Rare earths', 'markup.heading.briefing'],
      ['#', 'punctuation.definition.heading'],
      ['Rare earths', 'entity.name.section'],
      ['Outlook', 'markup.heading.briefing'],
    ]));
  it('list markers and block quotes', () =>
    check('- first 15%\n* second\n> quoted 12%\n> > deeper', [
      ['-', 'punctuation.definition.list'],
      ['*', 'punctuation.definition.list'],
      ['quoted 12%', 'markup.quote.briefing'],
      ['12%', PERCENT],
      ['>', 'punctuation.definition.quote', 0],
      ['deeper', 'markup.quote.briefing'],
    ]));
  it('a table row holds figures; its delimiter row is punctuation', () =>
    check('| metal | share |\n|---|:--:|\n| Nd | 90% |', [['90%', PERCENT], [':--:', 'punctuation.separator.table'], ['|', 'markup.table']]));
  it('a backslash escape is not emphasis', () => check('\\*not italic*', [['not italic', '!markup.italic']]));
});

describe('grammar: comments and directives', () => {
  it('a directive with codes', () =>
    check('<!-- briefing-ignore-next-line uncited-figure figure-more-specific -->', [
      ['<!--', 'comment.block.html'],
      ['briefing-ignore-next-line', 'keyword.control.directive.briefing'],
      ['briefing-ignore-next-line', 'comment.block.html'],
      ['uncited-figure', 'support.constant.diagnostic-code.briefing'],
      ['figure-more-specific', 'support.constant.diagnostic-code.briefing'],
      ['-->', 'comment.block.html'],
    ]));
  it('a file directive', () => check('<!-- briefing-ignore-file -->', [['briefing-ignore-file', 'keyword.control.directive.briefing']]));
  it('an unknown code is left as comment text', () =>
    check('<!-- briefing-ignore-next-line bogus-code -->', [['bogus-code', '!support.constant'], ['bogus-code', 'comment.block.html']]));
  it('a plain comment is no directive, and may span lines', () =>
    check('<!-- note: briefing-ignore-next-line\n15% -->\n16%', [
      ['briefing-ignore-next-line', '!keyword.control'],
      ['15%', 'comment.block.html'],
      ['16%', PERCENT],
    ]));
});

describe('grammar: front matter', () => {
  const doc = ['---', 'title: "Rare earths 2025"', 'notes: |', '  over 90% of magnets', '---', 'Over 90% of magnets [@a].'].join('\n');
  it('is embedded YAML between the first --- and the next', () =>
    check(doc, [
      ['---', 'punctuation.definition.frontmatter.begin', 0],
      ['title', 'meta.embedded.block.frontmatter'],
      ['title', 'entity.name.tag.yaml'],
      ['"Rare earths 2025"', 'string.quoted.double.yaml'],
      ['2025', `!${ANY_FIGURE}`],
      ['over 90% of magnets', 'meta.embedded.block.frontmatter'],
      ['over 90%', `!${ANY_FIGURE}`],
      ['---', 'punctuation.definition.frontmatter.end', 1],
      ['---', '!meta.embedded', 1],
      ['Over 90%', '!meta.frontmatter'],
      ['90%', PERCENT, 1],
    ]));
  it('only on the first line', () =>
    check('Intro 15%.\n---\ntitle: x\n---', [['title', '!meta.embedded'], ['---', 'meta.separator', 0]]));
});
