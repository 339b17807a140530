import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/article/slug';

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
