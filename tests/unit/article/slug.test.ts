import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isLabelSlug, isSlug, labelSlug, slugify } from '../../../src/article/slug';
import { articleSchema } from '../../../src/article/schema';
import { stripAccents } from '../../../src/text/patterns';

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
  it('spells Latin letters that have no accent to take off as a name’s address does, and leaves other scripts out', () => {
    expect(slugify('Odense lukker svømmehaller på grund af legionella')).toBe(
      'odense-lukker-svommehaller-pa-grund-af-legionella',
    );
    expect(slugify('Straße in Łódź gesperrt')).toBe('strasse-in-lodz-gesperrt');
    expect(slugify('Talks in Москва resume')).toBe('talks-in-resume');
  });
  it('accepts as an article address only lower-case ASCII letters and digits joined by single hyphens', () => {
    expect(isSlug('ukraine-talks-2021')).toBe(true);
    for (const bad of ['', 'Ukraine', 'ukraine--talks', '-ukraine', 'ukraine-', 'kyiv talks', 'élysée', 'كييف'])
      expect(isSlug(bad), bad).toBe(false);
  });
});

describe('the address of a place, topic or person in any script', () => {
  it('keeps Latin names as they always were: accents off, lower case, words joined by hyphens', () => {
    expect(labelSlug('Kiev')).toBe('kiev');
    expect(labelSlug('São Paulo')).toBe('sao-paulo');
    expect(labelSlug('Côte d’Ivoire')).toBe('cote-divoire');
    expect(labelSlug('Hà Nội')).toBe('ha-noi');
    expect(labelSlug('İzmir')).toBe('izmir');
    expect(labelSlug('Donbas region of eastern Ukraine and its people')).toBe('donbas-region-of-eastern-ukraine-and-its-people');
  });

  it('writes the Latin letters that carry no accent as English copy does, where the address lost them before', () => {
    expect(labelSlug('København')).toBe('kobenhavn');
    expect(labelSlug('Łódź')).toBe('lodz');
    expect(labelSlug('Straße')).toBe('strasse');
  });

  it('keeps every other script in its own letters, with its accents, lower case where it has case', () => {
    expect(labelSlug('كييف')).toBe('كييف');
    expect(labelSlug('الدار البيضاء')).toBe('الدار-البيضاء');
    expect(labelSlug('Москва')).toBe('москва');
    expect(labelSlug('Йошкар-Ола')).toBe('йошкар-ола');
    expect(labelSlug('Αθήνα')).toBe('αθήνα');
    expect(labelSlug('ΑΘΗΝΑΣ')).toBe('αθηνας');
    expect(labelSlug('תל אביב')).toBe('תל-אביב');
    expect(labelSlug('北京')).toBe('北京');
    expect(labelSlug('東京・大阪')).toBe('東京-大阪');
    expect(labelSlug('서울')).toBe('서울');
    expect(labelSlug('नई दिल्ली')).toBe('नई-दिल्ली');
    expect(labelSlug('กรุงเทพมหานคร')).toBe('กรุงเทพมหานคร');
  });

  it('gives one address to every way of typing one name (NFC, Arabic presentation forms, the tatweel)', () => {
    const composed = 'Αθήνα'.normalize('NFC');
    expect(labelSlug(composed.normalize('NFD'))).toBe(labelSlug(composed));
    expect(labelSlug(composed).normalize('NFC')).toBe(labelSlug(composed));
    expect(labelSlug('ﻛﻴﻴﻒ')).toBe('كييف');
    expect(labelSlug('قــال')).toBe('قال');
  });

  it('keeps the joiner inside a Persian word and Arabic-Indic digits, and drops punctuation', () => {
    expect(labelSlug('می‌خواهم')).toBe('می\u200cخواهم');
    expect(labelSlug('قمة ٢٠٢١')).toBe('قمة-٢٠٢١');
    expect(labelSlug('«الطاقة»، اليوم!')).toBe('الطاقة-اليوم');
    expect(labelSlug('!!! — ???')).toBe('');
  });

  it('is what an id must already be, in any script', () => {
    for (const id of ['zelensky', 'putin-2', 'الكعبي', 'москва-2']) expect(isLabelSlug(id), id).toBe(true);
    for (const id of ['', 'Zelensky', 'élysée', 'a--b', '-a', 'Москва', 'a_b']) expect(isLabelSlug(id), id).toBe(false);
  });
});

describe('the fixtures’ places and tags', () => {
  /** An article file's frontmatter, or nothing when it has none that is YAML (the bad-input fixtures). */
  const frontmatter = (file: string): { dateline?: { place?: unknown }; tags?: unknown } => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    try {
      return parse(front) ?? {};
    } catch {
      return {};
    }
  };
  /** Every dateline place and tag in the articles under a folder. */
  const names = (folder: string): string[] =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .flatMap((file) => {
        const { dateline, tags } = frontmatter(join(folder, file));
        return [dateline?.place, ...(Array.isArray(tags) ? tags : [])].filter((name): name is string => typeof name === 'string');
      });
  const root = resolve(import.meta.dirname, '../../..');
  const latin = [...new Set([...names(join(root, 'tests/fixtures')), ...names(join(root, 'content'))])].filter((name) =>
    /^[\p{Script=Latin}\p{M}\d\s\p{P}]+$/u.test(name.normalize('NFD')),
  );

  it('are over a hundred Latin names, each at the address the ASCII rule has always given it', () => {
    expect(latin.length).toBeGreaterThan(100);
    // The rule before any script had an address: accents off, ASCII letters and digits, the rest separates.
    const ascii = (name: string) =>
      stripAccents(name)
        .toLowerCase()
        .replace(/['’]/g, '')
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .join('-');
    const moved = latin.filter((name) => labelSlug(name) !== ascii(name));
    expect(moved).toEqual([]);
  });
});

describe('a person in another script', () => {
  it('may have an id in that script, which is their page’s address', () => {
    const base = {
      title: 'Gulf energy talks resume',
      dateline: { place: 'الدوحة', date: '2021-12-02', timeZone: 'Asia/Qatar' },
      source: { agency: 'TW', name: 'Test Wire' },
      tags: ['الطاقة'],
    };
    const person = { id: 'الكعبي', name: 'سعد الكعبي' };
    expect(articleSchema.parse({ ...base, people: [person] }).people[0].id).toBe('الكعبي');
    expect(articleSchema.safeParse({ ...base, people: [{ ...person, id: 'Al Kaabi' }] }).success).toBe(false);
  });
});
