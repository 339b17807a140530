/** How the pages word a count, and how a link names the quotation it goes to. */
import { describe, expect, it } from 'vitest';
import { capitalised, counted, countedInProse, plural, quoteOpening } from '../../../src/page-data/wording';

describe('a count', () => {
  it('takes the singular for one only, none included in the plural', () => {
    expect([0, 1, 2].map((n) => plural(n, 'story'))).toEqual(['stories', 'story', 'stories']);
    expect(plural(1, 'correction')).toBe('correction');
  });

  it('is in figures beside a link', () => {
    expect(counted(1, 'story')).toBe('1 story');
    expect(counted(12, 'story')).toBe('12 stories');
    expect(counted(3, 'figure')).toBe('3 figures');
  });

  it('spells one out in a sentence, and only one', () => {
    expect(countedInProse(1, 'quotation')).toBe('one quotation');
    expect(countedInProse(2, 'quotation')).toBe('2 quotations');
    expect(capitalised(countedInProse(1, 'story'))).toBe('One story');
    expect(capitalised(countedInProse(20, 'story'))).toBe('20 stories');
    expect(capitalised(plural(2, 'correction'))).toBe('Corrections');
  });
});

describe('a link to a quotation', () => {
  it('names it by its first 40 characters, cut there, with an ellipsis', () => {
    const text = 'We must tell the truth that we will not be able to end the war';
    expect(quoteOpening(text)).toBe('We must tell the truth that we will not …');
    expect(quoteOpening('We will not give up our land')).toBe('We will not give up our land…');
  });
});
