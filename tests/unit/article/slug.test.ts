import { describe, expect, it } from 'vitest';
import { isSlug, labelSlug, slugify } from '../../../src/article/slug';

describe('slugify', () => {
  it('makes a readable slug from a headline', () => {
    expect(slugify('Ukraine leader calls for talks with Russia amid invasion fears')).toBe(
      'ukraine-leader-calls-for-talks-with-russia-amid',
    );
    expect(slugify('Ukraine leader calls for talks with Russia', 20)).toBe('ukraine-leader-calls-for-talks-with-russia');
  });
  it('drops apostrophes, accents and punctuation', () => {
    expect(slugify('Zelensky’s call: “not afraid”')).toBe('zelenskys-call-not-afraid');
    expect(slugify('Élysée backs Kyiv — again')).toBe('elysee-backs-kyiv-again');
  });
});

describe('isSlug and labelSlug', () => {
  it('accepts only lower-case letters and digits joined by single hyphens', () => {
    expect(isSlug('ukraine-talks-2021')).toBe(true);
    for (const bad of ['', 'Ukraine', 'ukraine--talks', '-ukraine', 'ukraine-', 'kyiv talks', 'élysée'])
      expect(isSlug(bad), bad).toBe(false);
  });
  it('gives a place or tag its address, and none to a name without Latin letters or digits', () => {
    expect(labelSlug('Kiev')).toBe('kiev');
    expect(labelSlug('Donbas region of eastern Ukraine and its people')).toBe('donbas-region-of-eastern-ukraine-and-its-people');
    expect(labelSlug('كييف')).toBe('');
  });
});
