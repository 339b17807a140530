/**
 * The item's language is kept (`lang`, BCP 47, canonical form), and the
 * page marks the story with it only where it differs from the site's.
 */
import { describe, expect, it } from 'vitest';
import { canonicalLanguage, storyLang } from '../../../../src/article/language';
import { articleSchema } from '../../../../src/article/schema';
import { conventionDesk, g2Item, ninjsItem } from '../../../support/wire-items';

const desk = conventionDesk();
const BODY = '<p>Berlin (dpa) - Die Minister trafen sich am Dienstag.</p>';

describe('the language of an item', () => {
  it('is the NewsML-G2 language tag, else its xml:lang', () => {
    expect(desk.run(g2Item({ body: BODY, contentMeta: '<language tag="de-DE"/>', lang: 'en' })).text).toContain('lang: "de-DE"');
    expect(desk.run(g2Item({ body: BODY, lang: 'swe' })).text).toContain('lang: "sv"');
  });

  it('is the ninjs language', () => {
    const item = ninjsItem({
      language: 'nb-NO',
      bodies: [{ role: 'text', value: 'Oslo (NTB): Regjeringen la fram planen tirsdag.' }],
    });
    expect(desk.run(item).text).toContain('lang: "nb-NO"');
  });

  it('is left out when the item gives none', () => {
    expect(desk.run(g2Item({ body: BODY })).text).not.toContain('lang:');
  });
});

describe('lang in the article', () => {
  it('is checked as a language tag', () => {
    expect(canonicalLanguage('fi_FI')).toBe('fi-FI');
    expect(canonicalLanguage('english')).toBeUndefined();
    const result = articleSchema.shape.lang.safeParse('not a tag');
    expect(result.error?.issues[0].message).toMatch(/is not a language tag/);
  });

  it('marks the story only when it is not the site’s language', () => {
    expect(storyLang('de', 'en')).toBe('de');
    expect(storyLang('en-US', 'en')).toBeUndefined();
    expect(storyLang(undefined, 'en')).toBeUndefined();
  });
});
