/**
 * The feed items every feed shares: a story's full text as its page renders
 * it, its guid that no update or correction changes, and the two formats.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { feedItem } from '../../../src/page-data/feed-items';
import { FEED_LENGTH, jsonFeed, listChannel, rssFeed, siteChannel } from '../../../src/page-data/feeds';
import { story } from '../../support/stories';

const at = { site: new URL('https://example.org'), base: '/news' };
const ARTICLE_URL = 'https://example.org/news/articles/talks/';

/** The RSS as a DOM, failing on anything that is not well-formed XML. */
function parseRss(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(xml, 'text/xml') as unknown as Document;
}

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';

describe('the full text of a story', () => {
  const { contentHtml } = feedItem(
    story('talks', {
      lede: 'Zelensky on <em>Wednesday</em> called for talks.',
      html:
        '<h2>Moscow accusations</h2>\n<p id="quote-zakharova-1">“We are ready,” she said, <a href="../other-story/">as reported</a>.</p>\n' +
        '<p><a href="https://afp.com/" onclick="steal()">AFP</a> <a href="javascript:alert(1)">x</a></p>',
      corrections: [
        { date: '2021-12-03', text: 'An earlier version misstated the day.', prominent: false },
        { date: '2021-12-02', text: 'A name was misspelled.', prominent: true },
      ],
      standfirst: 'Zelensky wants talks.',
    }),
    at,
  );

  it('is the standfirst and the body word for word, the dateline leading the lede, a prominent correction above it, the rest below', () => {
    expect(contentHtml).toBe(
      '<p>Zelensky wants talks.</p>' +
        '<h2>Correction</h2><ul><li><strong>Thursday 2 December 2021</strong>: A name was misspelled.</li></ul>' +
        '<p><strong>KIEV (AFP) –</strong> Zelensky on <em>Wednesday</em> called for talks.</p>' +
        '<h2>Moscow accusations</h2>\n<p>“We are ready,” she said, <a href="https://example.org/news/articles/other-story/">as reported</a>.</p>\n' +
        '<p><a href="https://afp.com/">AFP</a> <a>x</a></p>' +
        '<h2>Correction</h2><ul><li><strong>Friday 3 December 2021</strong>: An earlier version misstated the day.</li></ul>',
    );
  });
});

describe('a story’s guid', () => {
  const first = story('talks', { lede: 'First version.' });
  const corrected = story('talks', {
    lede: 'Second version, corrected.',
    corrections: [{ date: '2021-12-02', text: 'An earlier version misstated the day.', prominent: false }],
  });
  corrected.data.updated = '2021-12-02';
  corrected.data.source.version = 2;

  it('is the article’s permanent address, the same in every version, while its text and date follow the correction', () => {
    const [one, two] = [feedItem(first, at), feedItem(corrected, at)];
    expect([one.id, two.id]).toEqual([ARTICLE_URL, ARTICLE_URL]);
    expect(two.contentHtml).toContain('Second version, corrected.');
    expect([one.modified, two.modified]).toEqual(['2021-12-01T00:00:00+02:00', '2021-12-02T00:00:00+02:00']);
  });

  it('is a permalink guid in RSS and the id in JSON Feed, in both versions', async () => {
    for (const version of [first, corrected]) {
      const guid = parseRss(await rssFeed(siteChannel(), [version], at)).getElementsByTagName('guid')[0];
      expect([guid.textContent, guid.getAttribute('isPermaLink')]).toEqual([ARTICLE_URL, 'true']);
      expect((jsonFeed([version], at).items as { id: string }[])[0].id).toBe(ARTICLE_URL);
    }
  });
});

describe('the RSS of a topic', () => {
  const stories = Array.from({ length: FEED_LENGTH + 2 }, (_, n) => story(`story-${n}`, { date: '2021-12-01' }));

  it('is well-formed RSS 2.0 whose channel and self link are the topic page and its feed under the base', async () => {
    const doc = parseRss(await rssFeed(listChannel('Topic', 'NATO & allies', 'topics/nato/'), stories, at));
    const channel = doc.getElementsByTagName('channel')[0];
    expect(channel.getElementsByTagName('title')[0].textContent).toBe('The Dispatch: NATO & allies');
    expect(channel.getElementsByTagName('link')[0].textContent).toBe('https://example.org/news/topics/nato/');
    expect(channel.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0].getAttribute('href')).toBe(
      'https://example.org/news/topics/nato/rss.xml',
    );
  });

  it('holds the newest FEED_LENGTH stories, each in full in content:encoded', async () => {
    const items = [...parseRss(await rssFeed(siteChannel(), stories, at)).getElementsByTagName('item')];
    expect(items).toHaveLength(FEED_LENGTH);
    expect(items[0].getElementsByTagName('link')[0].textContent).toBe('https://example.org/news/articles/story-0/');
    expect(items[0].getElementsByTagNameNS(CONTENT_NS, 'encoded')[0].textContent).toBe(
      '<p><strong>KIEV (AFP) –</strong> The lede of story-0.</p><p>The body of story-0.</p>',
    );
  });
});

describe('the JSON Feed', () => {
  const feed = jsonFeed([story('talks')], at);

  it('has what JSON Feed 1.1 requires, and each item its full text, dates and writers', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Dispatch',
      home_page_url: 'https://example.org/news/',
      feed_url: 'https://example.org/news/feed.json',
    });
    expect(feed.items).toEqual([
      {
        id: ARTICLE_URL,
        url: ARTICLE_URL,
        title: 'Headline talks',
        content_html: '<p><strong>KIEV (AFP) –</strong> The lede of talks.</p><p>The body of talks.</p>',
        summary: 'Summary of talks.',
        date_published: '2021-12-01T00:00:00+02:00',
        date_modified: '2021-12-01T00:00:00+02:00',
        authors: [{ name: 'Agence France-Presse' }],
        tags: ['World'],
      },
    ]);
  });
});
