/** How the pages word a count, a list of names, and how a link names the quotation it goes to. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/editions/en';
import { capitalised, counted, countedInProse, listed, plural, quoteOpening } from '../../../src/editions/wording';

describe('a count', () => {
  it('takes the singular for one only, none included in the plural', () => {
    expect([0, 1, 2].map((n) => plural(en, n, 'story'))).toEqual(['stories', 'story', 'stories']);
    expect(plural(en, 1, 'correction')).toBe('correction');
  });

  it('is in figures beside a link, with a thousands separator in a large one', () => {
    expect(counted(en, 1, 'story')).toBe('1 story');
    expect(counted(en, 12, 'story')).toBe('12 stories');
    expect(counted(en, 3, 'figure')).toBe('3 figures');
    expect(counted(en, 1200, 'quotation')).toBe('1,200 quotations');
  });

  it('spells one out in a sentence, and only one', () => {
    expect(countedInProse(en, 1, 'quotation')).toBe('one quotation');
    expect(countedInProse(en, 2, 'quotation')).toBe('2 quotations');
    expect(capitalised(countedInProse(en, 1, 'story'))).toBe('One story');
    expect(capitalised(countedInProse(en, 20, 'story'))).toBe('20 stories');
    expect(capitalised(plural(en, 2, 'correction'))).toBe('Corrections');
  });
});

describe('a list of names', () => {
  it('joins the last with "and", without a serial comma', () => {
    expect(listed(en, [])).toBe('');
    expect(listed(en, ['Ann Writer'])).toBe('Ann Writer');
    expect(listed(en, ['Ann Writer', 'Bo Second'])).toBe('Ann Writer and Bo Second');
    expect(listed(en, ['Ann', 'Bo', 'Cy'])).toBe('Ann, Bo and Cy');
  });
});

describe('a link to a quotation', () => {
  it('names it by its first 40 characters, cut there, with an ellipsis', () => {
    const text = 'We must tell the truth that we will not be able to end the war';
    expect(quoteOpening(text)).toBe('We must tell the truth that we will not …');
    expect(quoteOpening('We will not give up our land')).toBe('We will not give up our land…');
  });
});
