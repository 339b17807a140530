/**
 * Quotes from every kind of source, in built pages: the quote corpus
 * (tests/fixtures/quotes/, fifteen wire stories) built as a site. Its first
 * story holds the two paragraphs issue 13 found failing the build, an
 * organisation's and an unnamed diplomat's quote, and a quotation over two
 * paragraphs. Expected values are read off the stories by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSite, type BuildResult } from '../support/builds';
import { normaliseTypography, page } from '../support/html';
import { CORPUS } from '../support/quote-corpus';

const work = mkdtempSync(join(tmpdir(), 'quote-sources-'));
const outDir = join(work, 'dist');
let build: BuildResult;
beforeAll(() => {
  build = runSite({ articles: CORPUS, outDir });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const text = (el: Element | null | undefined) => normaliseTypography(el?.textContent ?? '');
const story = (slug: string) => page(outDir, `articles/${slug}/index.html`);
const sidebar = (doc: Document) =>
  [...doc.querySelectorAll('aside.quotes-sidebar figure')].map((figure) => ({
    quote: text(figure.querySelector('blockquote')),
    caption: text(figure.querySelector('figcaption'))
      .replace(/In context.*$/, '')
      .trim(),
    href: figure.querySelector('a.pull-quote__source')?.getAttribute('href'),
  }));
const jsonLd = (doc: Document) => JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);

describe('the paragraphs that failed the build in issue 13', () => {
  it('build', () => {
    expect(build.status, build.output).toBe(0);
  });

  const doc = () => story('afp-kremlin-no-threat');

  it('credit the Kremlin’s quote to the Kremlin, an organisation, in the sidebar and the JSON-LD', () => {
    expect(sidebar(doc())[0]).toEqual({
      quote: 'Russia poses no threat to anyone',
      caption: 'The Kremlin, Russian presidency',
      href: '#quote-kremlin-1',
    });
    expect(jsonLd(doc()).hasPart[0]).toEqual({
      '@type': 'Quotation',
      text: 'Russia poses no threat to anyone',
      creator: { '@type': 'Organization', name: 'The Kremlin' },
    });
  });

  it('recognise the diplomat’s quote as unnamed: in the text, not in the sidebar, never a person', () => {
    const paragraph = doc().getElementById('quote-unnamed-1');
    expect(text(paragraph)).toBe(
      '"The situation is very dangerous," a senior Western diplomat told AFP on condition of anonymity.',
    );
    const shown = JSON.stringify(sidebar(doc()));
    expect(shown).not.toContain('dangerous');
    expect(shown).not.toContain('diplomat');
    expect([...doc().querySelectorAll('.whos-who dt')].map((dt) => text(dt))).toEqual(['Dmitry Peskov', 'Jens Stoltenberg']);
    expect(JSON.stringify(jsonLd(doc()))).not.toContain('diplomat');
  });

  it('make the two-paragraph quote one quotation, credited to Peskov, shortened, linking to its first paragraph', () => {
    const entries = sidebar(doc()).filter((entry) => entry.caption.startsWith('Dmitry Peskov'));
    expect(entries).toEqual([
      {
        quote:
          'We have said many times that Russia is not going to attack anyone. Troop movements on our own territory are our business alone. …',
        caption: 'Dmitry Peskov, Kremlin spokesman',
        href: '#quote-peskov-1',
      },
    ]);
    const first = doc().getElementById('quote-peskov-1')!;
    expect(text(first)).toMatch(/^"We have said many times/);
    expect(first.nextElementSibling?.hasAttribute('id')).toBe(false);
    expect(text(first.nextElementSibling)).toMatch(
      /^"It is NATO that is coming closer to our borders, .*," Peskov told reporters\.$/,
    );
  });
});

describe('organisations and unnamed sources elsewhere in the corpus', () => {
  it('shows an unnamed source’s quote when the article features it, credited to the words the text uses', () => {
    const doc = story('reuters-opec-output');
    expect(sidebar(doc).map(({ quote, caption }) => [quote.slice(0, 30), caption])).toEqual([
      ['Current oil market volatility ', 'OPEC+, OPEC and allied producers including Russia'],
      ['Politics is not on the table. ', 'Two OPEC+ sources'],
      ['We are not in the business of ', 'Suhail al-Mazrouei, UAE Energy Minister'],
    ]);
    expect(jsonLd(doc).hasPart[1]).toEqual({
      '@type': 'Quotation',
      text: 'Politics is not on the table. This is about balancing the market',
      creditText: 'Two OPEC+ sources',
    });
  });

  it('lets a figure be claimed by an organisation', () => {
    const fact = story('reuters-opec-output').querySelector('aside.key-facts .key-fact');
    expect(text(fact?.querySelector('.key-fact__claimant'))).toBe('Source: OPEC+ · In the text: 432,000');
  });
});
