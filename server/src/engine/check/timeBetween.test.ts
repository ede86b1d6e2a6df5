import { checkCases } from '../testing/cases';

// A stretch of time between two dates (`two years earlier`), which no source states: backed
// where the dates lie that far apart (`timeBetween.ts`).

const IFA = `
        --- /w/sources/ifa.txt
        Potash review

        The two countries supplied 40% of world exports in 2024, compared with 34% in 2022.
`;

const RESERVES = `
        --- /w/sources/cbsl.txt
        Reserves

        Gross official reserves rose to 6.5 billion US dollars by the end of March 2025, up from 6.1 billion US dollars at the end of December 2024.
`;

const DANGOTE = `
        --- /w/sources/ap.txt
        Refinery opens

        President Buhari commissioned the refinery in May 2023.
        It was first planned to open in 2016, at a cost of about $9 billion.
`;

describe('check: a stretch of time between two dates', () => {
  checkCases([
    {
      name: "between the sentence's year and the year the source gives the other figure",
      fixture: `
        --- /w/b.brief
        Russia and Belarus supplied 40% of world exports in 2024, against 34% two years earlier [@ifa].
        ${IFA}`,
      expect: [],
    },
    {
      name: 'near miss: a stretch the dates do not span is still not in the source',
      fixture: `
        --- /w/b.brief
        Russia and Belarus supplied 40% of world exports in 2024, against 34% three years earlier [@ifa].
        ${IFA}`,
      expect: ['figure-not-in-source@three years'],
    },
    {
      name: 'in months, where both dates name a month',
      fixture: `
        --- /w/b.brief
        Gross official reserves reached $6.5 billion at end-March 2025, up from $6.1 billion three months earlier [@cbsl].
        ${RESERVES}`,
      expect: [],
    },
    {
      name: 'near miss: months the dates do not span',
      fixture: `
        --- /w/b.brief
        Gross official reserves reached $6.5 billion at end-March 2025, up from $6.1 billion six months earlier [@cbsl].
        ${RESERVES}`,
      expect: ['figure-not-in-source@six months'],
    },
    {
      name: 'between two dates of its own sentence, one of them backed',
      fixture: `
        --- /w/b.brief
        Buhari commissioned the refinery in May 2023, seven years after its original 2016 target date [@ap].
        ${DANGOTE}`,
      expect: [],
    },
    {
      name: 'near miss: a stretch with no word of before or after is no stretch between dates',
      fixture: `
        --- /w/b.brief
        Buhari commissioned the refinery in May 2023, after seven years of delays since its original 2016 target date [@ap].
        ${DANGOTE}`,
      expect: ['figure-not-in-source@seven years'],
    },
  ]);
});
