/** Place and topic pages: stories grouped by dateline place and by tag, declared spellings sharing a page. */
import { describe, expect, it } from 'vitest';
import { placesAndTopics } from '../../../src/newsroom/place-pages';
import { parsePlaces, placesFileFor } from '../../../src/loading/places-file';
import { storiesNewestFirst } from '../../../src/newsroom/stories';
import { story } from '../../support/stories';

const kiev = story('kiev-2021', { date: '2021-12-01', place: 'Kiev', tags: ['Ukraine', 'NATO'] });
const kyiv = story('kyiv-2022', { date: '2022-04-01', place: 'Kyiv', tags: ['Ukraine', 'Nato'] });
const moscow = story('moscow', { date: '2021-12-02', place: 'Moscow', tags: ['Russia'] });
const stories = storiesNewestFirst([kiev, moscow, kyiv]);

describe('place pages', () => {
  it('give each spelling its own page when nothing is declared', () => {
    const { places } = placesAndTopics(stories);
    expect(places.map((p) => [p.label.slug, p.label.name, p.stories.map((s) => s.slug)])).toEqual([
      ['kiev', 'Kiev', ['kiev-2021']],
      ['kyiv', 'Kyiv', ['kyiv-2022']],
      ['moscow', 'Moscow', ['moscow']],
    ]);
  });

  it('put declared spellings on one page under the declared name, newest first', () => {
    const { places, labels } = placesAndTopics(stories, [{ name: 'Kyiv', spellings: ['Kiev'] }]);
    expect(places.map((p) => [p.label.slug, p.stories.map((s) => s.slug)])).toEqual([
      ['kyiv', ['kyiv-2022', 'kiev-2021']],
      ['moscow', ['moscow']],
    ]);
    expect(labels.place(kiev)).toEqual({ slug: 'kyiv', name: 'Kyiv' });
  });

  it('give a place in another script its page under its own name, and a declared spelling the declared page', () => {
    const doha = story('doha', { date: '2021-12-03', place: 'الدوحة', tags: ['الطاقة'] });
    const kyivInArabic = story('kyiv-ar', { date: '2021-12-04', place: 'كييف', tags: ['ΕΛΛΑΔΑ', 'Ελλαδα'] });
    const all = storiesNewestFirst([doha, kyivInArabic, kiev]);
    const { places, topics } = placesAndTopics(all, [{ name: 'Kyiv', spellings: ['Kiev', 'كييف'] }]);
    expect(places.map((p) => [p.label.slug, p.stories.map((s) => s.slug)])).toEqual([
      ['kyiv', ['kyiv-ar', 'kiev-2021']],
      ['الدوحة', ['doha']],
    ]);
    // Greek without its accents, in capitals or not, is one topic, as "NATO" and "Nato" are.
    expect(topics.map((t) => [t.label.slug, t.stories.length])).toEqual([
      ['nato', 1],
      ['ukraine', 1],
      ['ελλαδα', 1],
      ['الطاقة', 1],
    ]);
  });
});

describe('topic pages', () => {
  it('gather the stories of a tag, spellings that share an address together, named as the newest story writes it', () => {
    const { topics, labels } = placesAndTopics(stories);
    expect(topics.map((t) => [t.label.slug, t.label.name, t.stories.length])).toEqual([
      ['nato', 'Nato', 2],
      ['russia', 'Russia', 1],
      ['ukraine', 'Ukraine', 2],
    ]);
    expect(labels.topics(kiev).map((t) => t.slug)).toEqual(['ukraine', 'nato']);
  });
});

describe('the places file', () => {
  it('sits beside the articles folder', () => {
    expect(placesFileFor('content/articles')).toBe('content/places.yaml');
    expect(placesFileFor('/tmp/x/articles/')).toBe('/tmp/x/places.yaml');
  });

  it('reads each place with its other spellings', () => {
    expect(parsePlaces('- name: Kyiv\n  spellings: [Kiev]\n', 'places.yaml')).toEqual([{ name: 'Kyiv', spellings: ['Kiev'] }]);
    expect(parsePlaces('', 'places.yaml')).toEqual([]);
  });

  it('says which file and line is not YAML, and which entry is incomplete', () => {
    expect(() => parsePlaces('- name: Kyiv\n  spellings: [Kiev\n', 'places.yaml')).toThrow(
      /places\.yaml:\d+: the places file is not valid YAML/,
    );
    expect(() => parsePlaces('- name: Kyiv\n', 'places.yaml')).toThrow(
      /places\.yaml: each place needs a name and a list of other spellings at 0\.spellings/,
    );
  });

  it('refuses a spelling declared for two places', () => {
    expect(() => parsePlaces('- name: Kyiv\n  spellings: [Kiev]\n- name: Kiyv\n  spellings: [Kiev]\n', 'places.yaml')).toThrow(
      '"Kiev" is declared for both Kyiv and Kiyv',
    );
    expect(() => parsePlaces('- name: Kyiv\n  spellings: [كييف]\n- name: Kiev\n  spellings: [ﻛﻴﻴﻒ]\n', 'places.yaml')).toThrow(
      '"ﻛﻴﻴﻒ" is declared for both Kyiv and Kiev',
    );
  });

  it('refuses a name with no letter or digit in any script', () => {
    expect(() => parsePlaces('- name: Kyiv\n  spellings: ["—"]\n', 'places.yaml')).toThrow('"—" gives no address for a page.');
  });
});
