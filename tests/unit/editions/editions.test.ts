/**
 * The editions' words: every language has every string (the type check is the
 * main guard; this walks the files as they load), a French page reads French
 * words set in French typography, and its dates come from date-fns's French locale.
 */
import { describe, expect, it } from 'vitest';
import { EDITIONS, stringsFor } from '../../../src/editions/edition';
import { en } from '../../../src/editions/en';
import { fr } from '../../../src/editions/fr';
import { longDate } from '../../../src/editions/dates';
import { counted, countedInProse, listed, plural } from '../../../src/editions/wording';
import { shareTargets } from '../../../src/page-data/share';

/** Every leaf of an edition, by its path: a string, or a function called with sample values. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') {
    // A day for the date, else a name and then figures, as text: every argument is written into the string as it is.
    const args = (value as (...a: unknown[]) => unknown).length;
    const sample = path.endsWith('longDate')
      ? [new Date(2021, 11, 1)]
      : Array.from({ length: args }, (_, i) => (i === 0 ? 'Kiev' : '3'));
    return [[path, (value as (...a: unknown[]) => unknown)(...sample)]];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

const shape = (value: unknown, path = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => shape(child, path ? `${path}.${key}` : key))
    : [`${path}: ${typeof value}`];

describe('every edition', () => {
  it('has every string the English edition has, of the same kind, and no other', () => {
    for (const [lang, strings] of Object.entries(EDITIONS)) {
      expect(shape(strings), lang).toEqual(shape(en));
    }
  });

  it('says something in each: no string, and no string a function gives, is empty', () => {
    for (const [lang, strings] of Object.entries(EDITIONS)) {
      for (const [path, text] of leaves(strings)) {
        expect(typeof text, `${lang} ${path}`).toBe('string');
        expect((text as string).trim(), `${lang} ${path}`).not.toBe('');
      }
    }
  });

  it('writes the search script’s status lines with the slots it fills, and no other', () => {
    for (const [lang, { search }] of Object.entries(EDITIONS)) {
      const { found, foundWith, more, noneWith, ...plain } = search.status;
      const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      for (const text of Object.values(plain)) expect(slots(text), `${lang} ${text}`).toEqual([]);
      for (const text of Object.values(found)) expect(slots(text), `${lang} ${text}`).toEqual(['count', 'more']);
      for (const text of Object.values(foundWith)) expect(slots(text), `${lang} ${text}`).toEqual(['count', 'more', 'term']);
      expect(slots(noneWith), lang).toEqual(['term']);
      expect(slots(more), lang).toEqual(['shown']);
    }
  });

  it('is found by a page’s language tag, and a language without an edition reads English', () => {
    expect(stringsFor('fr')).toBe(fr);
    expect(stringsFor('fr-CA')).toBe(fr);
    expect(stringsFor('FR')).toBe(fr);
    expect(stringsFor('en-US')).toBe(en);
    expect(stringsFor('de')).toBe(en);
  });
});

describe('the French edition', () => {
  it('words every label in French, not in English', () => {
    const english = new Map(leaves(en));
    const same = leaves(fr).filter(([path, text]) => /\p{L}{2}/u.test(String(text)) && english.get(path) === text);
    // The locale tags differ too, so only a label left in English would be listed here.
    expect(same).toEqual([]);
  });

  it('gives a French story its chrome in French', () => {
    const t = stringsFor('fr');
    expect(t.article.updated).toBe('Mis à jour le');
    expect(t.quotes.heading).toBe('Ils ont dit');
    expect(t.keyFacts.heading).toBe('Repères');
    expect(t.pagination.where(2, 5)).toBe('Page 2 sur 5');
    expect(shareTargets('https://example.org/a/', 'Titre', t).map((s) => `${s.lead} ${s.service}`)).toContain(
      'Partager sur Bluesky',
    );
  });

  it('dates a day in French, the first of the month as « 1er », the day the article’s own', () => {
    expect(longDate(fr, '2021-12-01', 'Europe/Kyiv')).toBe('mercredi 1er décembre 2021');
    expect(longDate(fr, '2021-12-03', 'Europe/Kyiv')).toBe('vendredi 3 décembre 2021');
    expect(longDate(fr, '2021-08-15', 'Pacific/Kiritimati')).toBe('dimanche 15 août 2021');
    // The English edition's cache of the same day is its own.
    expect(longDate(en, '2021-12-01', 'Europe/Kyiv')).toBe('Wednesday 1 December 2021');
  });

  it('sets a non-breaking space before a colon, a thin one before ; ! ? and inside guillemets', () => {
    expect(fr.labelled('Source', 'AFP')).toBe('Source\u00A0: AFP');
    expect(fr.quoted('Nous voulons la paix')).toBe('«\u202FNous voulons la paix\u202F»');
    expect(fr.article.credit('Agence France-Presse', 'AFP', '2021')).toContain('l’agence\u202F; typographie');
    for (const [path, text] of leaves(fr)) {
      expect(String(text), path).not.toMatch(/ [:;!?»]|« /);
      // The apostrophe is the typographic one.
      expect(String(text), path).not.toContain("'");
    }
  });

  it('counts as French does: 0 and 1 in the singular, figures grouped with a thin space', () => {
    expect([0, 1, 2].map((n) => plural(fr, n, 'story'))).toEqual(['article', 'article', 'articles']);
    expect(counted(fr, 1200, 'quotation')).toBe('1\u202F200 citations');
    expect(countedInProse(fr, 1, 'quotation')).toBe('une citation');
    expect(countedInProse(fr, 1, 'story')).toBe('un article');
    expect(listed(fr, ['Ann', 'Bo', 'Cy'])).toBe('Ann, Bo et Cy');
  });

  it('elides "de" before a vowel in a place’s feed, and keeps it before a consonant', () => {
    expect(fr.feeds.place('La Dépêche', 'Ankara')).toContain('datés d’Ankara,');
    expect(fr.feeds.place('La Dépêche', 'Kiev')).toContain('datés de Kiev,');
  });
});
