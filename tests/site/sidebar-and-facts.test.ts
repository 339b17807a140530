/**
 * The quotes sidebar and the key-facts box in the built article: derived from
 * the body, attributed, and linked back to the paragraphs they come from.
 * Expected values were read off the wire text by hand, not copied from output.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, ROOT_BUILD, runSite, seedArticle } from '../support/builds';
import { normaliseTypography, page } from '../support/html';

const doc = page(ROOT_BUILD.outDir, `articles/${ARTICLE_SLUG}/index.html`);
const text = (el: Element | null | undefined) => normaliseTypography(el?.textContent ?? '');

describe('the quotes sidebar', () => {
  const items = [...doc.querySelectorAll('aside.quotes-sidebar figure')];

  it('holds the six direct quotations, in article order, with their speakers', () => {
    expect(
      items.map((figure) => [text(figure.querySelector('blockquote')), text(figure.querySelector('.pull-quote__speaker'))]),
    ).toEqual([
      ['We must tell the truth that we will not be able to end the war without direct talks with Russia', 'Volodymyr Zelensky'],
      ["Let's be honest, the war in Donbass has been going on for eight years", 'Volodymyr Zelensky'],
      ['We must talk, knowing that we have a strong and powerful army', 'Volodymyr Zelensky'],
      [
        'The Armed Forces of Ukraine are building up their military strength, massing heavy equipment and personnel',
        'Maria Zakharova',
      ],
      [
        'According to some reports, the number of Ukrainian troops in the conflict zone has already reached 125,000 personnel',
        'Maria Zakharova',
      ],
      [
        'Look, they spoke about a possible Russian military intervention in Ukraine at the beginning of the year. But as you see this did not happen',
        'Vladimir Putin',
      ],
    ]);
  });

  it('gives each speaker’s role', () => {
    expect(text(items[0].querySelector('figcaption'))).toContain('President of Ukraine');
    expect(text(items[3].querySelector('figcaption'))).toContain('Spokeswoman, Russian foreign ministry');
    expect(text(items[5].querySelector('figcaption'))).toContain('President of Russia');
  });

  it('links each quote to the paragraph that contains it', () => {
    for (const figure of items) {
      const href = figure.querySelector('a.pull-quote__source')?.getAttribute('href') ?? '';
      expect(href).toMatch(/^#quote-/);
      const paragraph = doc.getElementById(href.slice(1));
      expect(paragraph?.closest('.story-text'), href).not.toBeNull();
      const quote = text(figure.querySelector('blockquote'));
      expect(text(paragraph)).toContain(quote);
    }
  });

  it('leaves scare-quote fragments in the text, out of the sidebar', () => {
    const sidebar = text(doc.querySelector('aside.quotes-sidebar'));
    expect(sidebar).not.toContain('not afraid');
    expect(sidebar).not.toContain('deterrence package');
    expect(text(doc.querySelector('.story-text'))).toContain('saying he was "not afraid" to speak');
  });
});

describe('the key-facts box', () => {
  const facts = [...doc.querySelectorAll('aside.key-facts .key-fact')];

  it('has every figure with who claims it', () => {
    expect(
      facts.map((fact) => [text(fact.querySelector('.key-fact__number')), text(fact.querySelector('.key-fact__claimant'))]),
    ).toEqual([
      ['115,000 troops', 'Source: Ukrainian foreign ministry · In the text: 115,000'],
      ['125,000 troops', 'Source: Russian foreign ministry · In the text: 125,000'],
      ['around 100,000 troops', 'Source: AFP report · In the text: 100,000'],
      ['more than 13,000 lives', 'Source: AFP report · In the text: 13,000'],
      ['eight years', 'Source: Volodymyr Zelensky · In the text: eight years'],
    ]);
  });

  it('links each figure to the paragraph that states it', () => {
    for (const fact of facts) {
      const href = fact.querySelector('a')!.getAttribute('href')!;
      const figure = text(fact.querySelector('a .visually-hidden')).replace(/^: /, '');
      expect(text(doc.getElementById(href.slice(1))), href).toContain(figure);
    }
  });

  it('charts the three troop numbers as a table with bars drawn to scale', () => {
    const chart = doc.querySelector('aside.key-facts table.figure-chart');
    expect(text(chart?.querySelector('caption'))).toBe('Claimed troops, compared');
    const rows = [...chart!.querySelectorAll('tbody tr')].map((row) => [
      text(row.querySelector('.figure-chart__value')),
      row.querySelector('.figure-chart__fill')?.getAttribute('width'),
    ]);
    expect(rows).toEqual([
      ['125,000', '100.00'],
      ['115,000', '92.00'],
      ['around 100,000', '80.00'],
    ]);
    expect(chart!.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('has a who’s who of the people in the story', () => {
    const names = [...doc.querySelectorAll('.whos-who dt')].map((dt) => text(dt));
    expect(names).toEqual([
      'Volodymyr Zelensky',
      'Maria Zakharova',
      'Vladimir Putin',
      'Antony Blinken',
      'Sergei Lavrov',
      'Dmytro Kuleba',
    ]);
  });
});

describe('an editor changes the body', () => {
  const work = mkdtempSync(join(tmpdir(), 'edit-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const seed = seedArticle();

  function build(name: string, body: string) {
    const articles = join(work, name);
    mkdirSync(articles);
    writeFileSync(join(articles, `${ARTICLE_SLUG}.md`), body);
    const outDir = join(work, `${name}-dist`);
    return { ...runSite({ articles, outDir }), outDir };
  }

  it('sees a changed word in a quote in the sidebar on the next build', () => {
    expect(seed).toContain('a strong and powerful army');
    const { status, output, outDir } = build('capable', seed.replace('strong and powerful army', 'strong and capable army'));
    expect(status, output).toBe(0);
    const edited = page(outDir, `articles/${ARTICLE_SLUG}/index.html`);
    const third = edited.querySelectorAll('aside.quotes-sidebar blockquote')[2];
    expect(text(third)).toBe('We must talk, knowing that we have a strong and capable army');
  }, 120_000);

  it('fails the build, naming the file and the figure, when "115,000" leaves the body', () => {
    const body = seed.replace('Russia has massed 115,000 troops', 'Russia has massed troops');
    expect(body).not.toBe(seed);
    const { status, output } = build('no-115000', body);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${ARTICLE_SLUG}.md: figures[0].text (russian-troops): "115,000" does not appear in the article body`,
    );
  }, 120_000);
});
