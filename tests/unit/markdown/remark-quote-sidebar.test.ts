/**
 * remarkQuoteSidebar in the real pipeline, set up as the site sets it up
 * (tests/support/markdown.ts): the quotes sidebar, every quotation for the
 * people pages, the paragraph ids and the editor's messages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderArticle as render } from '../../support/markdown';

/** The seed article as filed, frozen in the fixtures: an editor's edits to content/ never move these lines. */
const ARTICLE = 'tests/fixtures/articles/ukraine-leader-calls-for-talks-with-russia.md';
/** The seed's six sidebar quotes, in article order (checked by hand against the wire text). */
const SEED_QUOTE_IDS = ['zelensky-1', 'zelensky-2', 'zelensky-3', 'zakharova-1', 'zakharova-2', 'putin-1'];

afterEach(() => {
  vi.restoreAllMocks();
});

const ZELENSKY = { kind: 'person', sourceId: 'zelensky', speaker: 'Volodymyr Zelensky', role: 'President of Ukraine' };
const ZAKHAROVA = {
  kind: 'person',
  sourceId: 'zakharova',
  speaker: 'Maria Zakharova',
  role: 'Spokeswoman, Russian foreign ministry',
};
const PUTIN = { kind: 'person', sourceId: 'putin', speaker: 'Vladimir Putin', role: 'President of Russia' };

describe('the seed article', () => {
  it('gives the sidebar its six quotes, in article order, with speakers and paragraph ids', async () => {
    const { sidebarQuotes } = await render(ARTICLE);
    expect(sidebarQuotes).toEqual([
      {
        id: 'zelensky-1',
        text: 'We must tell the truth that we will not be able to end the war without direct talks with Russia',
        ...ZELENSKY,
        paragraphId: 'quote-zelensky-1',
      },
      {
        id: 'zelensky-2',
        text: 'Let’s be honest, the war in Donbass has been going on for eight years',
        ...ZELENSKY,
        paragraphId: 'quote-zelensky-2',
      },
      {
        id: 'zelensky-3',
        text: 'We must talk, knowing that we have a strong and powerful army',
        ...ZELENSKY,
        paragraphId: 'quote-zelensky-3',
      },
      {
        id: 'zakharova-1',
        text: 'The Armed Forces of Ukraine are building up their military strength, massing heavy equipment and personnel',
        ...ZAKHAROVA,
        paragraphId: 'quote-zakharova-1',
      },
      {
        id: 'zakharova-2',
        text: 'According to some reports, the number of Ukrainian troops in the conflict zone has already reached 125,000 personnel',
        ...ZAKHAROVA,
        paragraphId: 'quote-zakharova-2',
      },
      {
        id: 'putin-1',
        text: 'Look, they spoke about a possible Russian military intervention in Ukraine at the beginning of the year. But as you see this did not happen',
        ...PUTIN,
        paragraphId: 'quote-putin-1',
      },
    ]);
  });

  it('is JSON-serialisable as Astro needs', async () => {
    const { sidebarQuotes } = await render(ARTICLE);
    expect(JSON.parse(JSON.stringify(sidebarQuotes))).toEqual(sidebarQuotes);
  });

  it('keeps the fragments in the text but out of the sidebar', async () => {
    const { html, sidebarQuotes } = await render(ARTICLE);
    expect(sidebarQuotes.filter((q) => /not afraid|deterrence package/.test(q.text))).toEqual([]);
    expect(html).toContain('saying he was “not afraid” to speak');
    expect(html).toContain('called for a “deterrence package” to stop Russia');
  });

  it('finds the same quotes with SmartyPants off (straight quotes)', async () => {
    const { sidebarQuotes } = await render(ARTICLE, { smartypants: false });
    expect(sidebarQuotes.map((q) => q.id)).toEqual(SEED_QUOTE_IDS);
    expect(sidebarQuotes[1].text).toBe("Let's be honest, the war in Donbass has been going on for eight years");
  });
});

describe('editing the article', () => {
  it('rebuilds the sidebar from the edited text', async () => {
    const edited = readFileSync(ARTICLE, 'utf8').replace('strong and powerful army', 'strong and capable army');
    expect(edited).not.toBe(readFileSync(ARTICLE, 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'remark-quote-sidebar-'));
    const path = join(dir, 'edited.md');
    writeFileSync(path, edited);
    const { sidebarQuotes } = await render(path).finally(() => rmSync(dir, { recursive: true }));
    expect(sidebarQuotes.find((q) => q.id === 'zelensky-3')).toMatchObject({
      text: 'We must talk, knowing that we have a strong and capable army',
    });
  });
});

describe('frontmatter quotes.feature and quotes.exclude', () => {
  it('shows only the featured quotes, in article order', async () => {
    const { sidebarQuotes, html } = await render(ARTICLE, {
      frontmatter: (fm) => ({ ...fm, quotes: { feature: ['putin-1', 'zelensky-2'] } }),
    });
    expect(sidebarQuotes.map((q) => q.id)).toEqual(['zelensky-2', 'putin-1']);
    // Anchors do not move with the selection.
    expect(html).toContain('<p id="quote-zelensky-1">');
  });

  it('leaves out the excluded quotes', async () => {
    const { sidebarQuotes } = await render(ARTICLE, {
      frontmatter: (fm) => ({ ...fm, quotes: { exclude: ['zelensky-1', 'zakharova-2'] } }),
    });
    expect(sidebarQuotes.map((q) => q.id)).toEqual(['zelensky-2', 'zelensky-3', 'zakharova-1', 'putin-1']);
  });

  it('fails on an id that matches no quote, naming the file, field, id and the ids that exist', async () => {
    const { problems } = await render(ARTICLE, {
      frontmatter: (fm) => ({ ...fm, quotes: { exclude: ['putin-1', 'putin-2'] } }),
    });
    expect(problems).toEqual([
      `${ARTICLE}: quotes.exclude[1]: "putin-2" is not a quote in this article. ` +
        'The quote ids are: zelensky-1, zelensky-2, zelensky-3, zakharova-1, zakharova-2, putin-1. ' +
        'Use one of them, or remove the entry.',
    ]);
  });
});

describe('quotations left uncredited', () => {
  it('leaves a quote whose source is not in the frontmatter out of the sidebar, with a warning and no problem', async () => {
    const { sidebarQuotes, uncredited, problems, html } = await render('tests/fixtures/unknown-speaker.md');
    expect(sidebarQuotes.map((q) => q.id)).toEqual(['zelensky-1']);
    expect(problems).toEqual([]);
    expect(uncredited).toEqual([
      'tests/fixtures/unknown-speaker.md:19: no source found for the quote ' +
        '“There is nothing to discuss while troops stand on our border”, so it is left uncredited: ' +
        'it stays in the story but not in the sidebar or on anyone’s page. ' +
        'Say who said it in the frontmatter: add the person to people (id, name, role), ' +
        'add the organisation to organisations (id, name), or, if the text describes a source it does not name, ' +
        'list the words it uses under quotes.unnamed. ' +
        'If the source is listed already, add the words the text uses for them to its aliases. ' +
        'To leave it uncredited and stop this warning, add quotes.uncredited: ["There is nothing to discuss while troops stand on our border"].',
    ]);
    // Word for word in the text, in a paragraph with no quote id.
    expect(html).toContain(
      '<p>“There is nothing to discuss while troops stand on our border,” Olena Petrenko told reporters.</p>',
    );
  });

  it('names the .md line of each quote with no source, and credits none of them', async () => {
    const { uncredited, sidebarQuotes, problems } = await render(ARTICLE, { frontmatter: (fm) => ({ ...fm, people: [] }) });
    expect(uncredited.map((warning) => /^[^:]+:(\d+): no source found/.exec(warning)?.[1])).toEqual([
      '81',
      '83',
      '85',
      '97',
      '99',
      '105',
    ]);
    expect(sidebarQuotes).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says nothing of a quotation quotes.uncredited silences, and nothing is printed', async () => {
    const printed = vi.spyOn(console, 'error');
    const { uncredited, problems } = await render('tests/fixtures/unknown-speaker.md', {
      frontmatter: (fm) => ({ ...fm, quotes: { uncredited: ['There is nothing to discuss'] } }),
    });
    expect(uncredited).toEqual([]);
    expect(problems).toEqual([]);
    expect(printed).not.toHaveBeenCalled();
  });

  it('fails on a quotes.uncredited entry that opens no uncredited quotation', async () => {
    const { problems } = await render('tests/fixtures/unknown-speaker.md', {
      frontmatter: (fm) => ({ ...fm, quotes: { uncredited: ['We must talk'] } }),
    });
    expect(problems).toEqual([
      'tests/fixtures/unknown-speaker.md: quotes.uncredited[0]: "We must talk" opens no uncredited quotation in this article. ' +
        'The uncredited quotations open: "There is nothing to discuss while troops stand on our border". ' +
        'Use one of them, or remove the entry.',
    ]);
  });

  it('credits the same quote once the speaker is in people', async () => {
    const { sidebarQuotes } = await render('tests/fixtures/unknown-speaker.md', {
      frontmatter: (fm) => ({
        ...fm,
        people: [...(fm.people as object[]), { id: 'petrenko', name: 'Olena Petrenko', role: 'Kremlin spokeswoman' }],
      }),
    });
    expect(sidebarQuotes.map((q) => [q.id, q.text])).toEqual([
      ['zelensky-1', 'We must talk, knowing that we have a strong and powerful army'],
      ['petrenko-1', 'There is nothing to discuss while troops stand on our border'],
    ]);
  });

  it('copes with raw frontmatter missing aliases, quotes and figures', async () => {
    const { sidebarQuotes, figureTraces, problems } = await render(ARTICLE, {
      frontmatter: () => ({
        people: [
          { id: 'zelensky', name: 'Volodymyr Zelensky', role: 'President of Ukraine' },
          { id: 'zakharova', name: 'Maria Zakharova', role: 'Spokeswoman, Russian foreign ministry' },
          { id: 'putin', name: 'Vladimir Putin', role: 'President of Russia' },
        ],
      }),
    });
    expect(sidebarQuotes.map((q) => q.id)).toEqual(SEED_QUOTE_IDS);
    expect(figureTraces).toEqual([]);
    expect(problems).toEqual([]);
  });
});
