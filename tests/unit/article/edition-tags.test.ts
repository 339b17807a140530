/**
 * No page of the site's edition may take another edition's tag as its address
 * (/topics/fr/, /people/fr/): Astro's i18n routing would print it in that
 * edition's words. The schema refuses such a tag, place or id, and says what to write.
 */
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/article/schema';
import { isEditionTag } from '../../../src/article/language';

const story = {
  title: 'Paris talks',
  dateline: { place: 'Paris', date: '2021-12-01', timeZone: 'Europe/Paris' },
  source: { agency: 'AFP', name: 'Agence France-Presse' },
};
const messages = (data: object) =>
  articleSchema.safeParse({ ...story, ...data }).error?.issues.map((issue) => issue.message) ?? [];

describe('edition tags as addresses', () => {
  it('are the other editions’ tags only', () => {
    expect(isEditionTag('fr')).toBe(true);
    expect(isEditionTag('en')).toBe(false);
    expect(isEditionTag('france')).toBe(false);
  });

  it('are refused as a topic, a dateline place or a person’s id, with what to write instead', () => {
    expect(messages({ tags: ['FR'] })).toEqual(['"FR" would give the topic page an edition\'s address; write the name in full']);
    expect(messages({ dateline: { ...story.dateline, place: 'Fr' } })).toEqual([
      '"Fr" would give the place page an edition\'s address; write the name in full',
    ]);
    expect(messages({ people: [{ id: 'fr', name: 'François Roux', role: 'spokesman' }] })).toEqual([
      '"fr" is an edition\'s tag; use another id, for example the surname',
    ]);
    expect(messages({ tags: ['EN', 'France'] })).toEqual([]);
  });
});
