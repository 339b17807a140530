/**
 * The Google News sitemap, parsed as XML: the news: namespace's required
 * elements for each story, and the two days before a fixed clock.
 */
import { describe, expect, it } from 'vitest';
import { DOMParser, type Element } from '@xmldom/xmldom';
import {
  NEWS_NS,
  newsLanguage,
  newsSitemapXml,
  newsStories,
  SITEMAP_NS,
  type NewsStory,
} from '../../../src/page-data/news-sitemap';

const story = (slug: string, date: string, extra: Partial<NewsStory['data']> = {}): NewsStory => ({
  url: `https://example.org/articles/${slug}/`,
  data: {
    title: `Story ${slug} & <more>`,
    dateline: { place: 'Kiev', date, timeZone: 'Europe/Kyiv' },
    source: { agency: 'AFP', name: 'Agence France-Presse' },
    ...extra,
  },
});

// Kyiv is UTC+2 in December: a story dated 3 December was published at 2021-12-02T22:00Z.
const now = new Date('2021-12-03T12:00:00Z');

describe('the stories it lists', () => {
  it('are those published in the two days before the build’s time, newest first', () => {
    const stories = [story('a', '2021-12-01'), story('b', '2021-12-03'), story('c', '2021-12-02'), story('d', '2021-11-30')];
    // 1 December began at 2021-11-30T22:00Z, more than 48 hours before noon on the 3rd; 2 December began inside them.
    expect(newsStories(stories, now).map((s) => s.url.split('/')[4])).toEqual(['b', 'c']);
  });

  it('leave out a story published exactly 48 hours before, and one not yet published', () => {
    const edge = new Date('2021-12-02T22:00:00Z');
    expect(newsStories([story('edge', '2021-12-01')], edge)).toEqual([]);
    expect(newsStories([story('edge', '2021-12-01')], new Date(edge.getTime() - 1))).toHaveLength(1);
    expect(newsStories([story('soon', '2021-12-04')], now)).toEqual([]);
  });

  it('leave out a story whose wire item has expired', () => {
    const expiring = story('x', '2021-12-03', {
      source: { agency: 'AFP', name: 'Agence France-Presse', expires: '2021-12-03T11:00:00Z' },
    });
    expect(newsStories([expiring], now)).toEqual([]);
    expect(newsStories([expiring], new Date('2021-12-03T10:00:00Z'))).toHaveLength(1);
  });

  it('are at most 1,000', () => {
    const many = Array.from({ length: 1005 }, (_, i) => story(`s${i}`, '2021-12-03'));
    expect(newsStories(many, now)).toHaveLength(1000);
  });
});

describe('the XML', () => {
  const xml = newsSitemapXml([story('b', '2021-12-03'), story('g', '2021-12-02', { lang: 'de-AT' })], {
    name: 'The Dispatch',
    lang: 'en',
  });
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const text = (parent: Element, name: string) => [...parent.getElementsByTagNameNS(NEWS_NS, name)].map((e) => e.textContent);

  it('is a sitemap urlset with one url per story, each with its loc', () => {
    expect(doc.documentElement?.namespaceURI).toBe(SITEMAP_NS);
    expect(doc.documentElement?.localName).toBe('urlset');
    const urls = [...doc.getElementsByTagNameNS(SITEMAP_NS, 'url')];
    expect(urls.map((url) => url.getElementsByTagNameNS(SITEMAP_NS, 'loc')[0]?.textContent)).toEqual([
      'https://example.org/articles/b/',
      'https://example.org/articles/g/',
    ]);
  });

  it('gives each story the news: elements Google requires: publication name and language, date and title', () => {
    const news = [...doc.getElementsByTagNameNS(NEWS_NS, 'news')];
    expect(news).toHaveLength(2);
    for (const entry of news) {
      const publication = entry.getElementsByTagNameNS(NEWS_NS, 'publication');
      expect(publication).toHaveLength(1);
      expect(text(publication[0], 'name')).toEqual(['The Dispatch']);
    }
    expect(news.flatMap((entry) => text(entry, 'language'))).toEqual(['en', 'de']);
    expect(news.flatMap((entry) => text(entry, 'publication_date'))).toEqual([
      '2021-12-03T00:00:00+02:00',
      '2021-12-02T00:00:00+02:00',
    ]);
    expect(news.flatMap((entry) => text(entry, 'title'))).toEqual(['Story b & <more>', 'Story g & <more>']);
  });
});

describe('the language', () => {
  it('is the ISO 639 code, Chinese as zh-cn or zh-tw', () => {
    expect(['en', 'fi-FI', 'zh-Hans', 'zh-TW', 'zh-Hant-HK'].map(newsLanguage)).toEqual(['en', 'fi', 'zh-cn', 'zh-tw', 'zh-tw']);
  });
});
