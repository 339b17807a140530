/**
 * remarkArticle in the real pipeline, set up as the site sets it up:
 * createMarkdownProcessor with remark-gfm and SmartyPants before the plugin,
 * behind the strict renderer, and the body handed over as Astro's content
 * layer hands it (frontmatter cut off, rest trimmed, raw YAML as
 * `frontmatter`, the file's URL).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strictRenderer } from '../../../src/loading/editor-messages';
import { remarkArticle, type FigureTrace, type SidebarQuote } from '../../../src/markdown/remark-article';

/** The seed article as filed, frozen in the fixtures: an editor's edits to content/ never move these lines. */
const ARTICLE = 'tests/fixtures/articles/ukraine-leader-calls-for-talks-with-russia.md';

interface RenderOptions {
  /** Replaces the frontmatter Astro would pass. */
  frontmatter?: (raw: Record<string, unknown>) => Record<string, unknown>;
  smartypants?: boolean;
  plugin?: boolean;
}

/** Renders a .md file the way the glob loader does, returning the HTML and what the plugin wrote back. */
async function render(path: string, options: RenderOptions = {}) {
  const parsed = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
  const processor = strictRenderer(
    await createMarkdownProcessor({
      gfm: false,
      smartypants: options.smartypants ?? true,
      remarkPlugins: options.plugin === false ? [remarkGfm] : [remarkGfm, remarkArticle],
    }),
  );
  const frontmatter = options.frontmatter ? options.frontmatter(structuredClone(parsed.frontmatter)) : parsed.frontmatter;
  const result = await processor.render(parsed.content.trim(), { frontmatter, fileURL: pathToFileURL(path) });
  return {
    html: result.code,
    sidebarQuotes: result.metadata.frontmatter.sidebarQuotes as SidebarQuote[],
    figureTraces: result.metadata.frontmatter.figureTraces as FigureTrace[],
  };
}

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
  it('gives the sidebar its six quotes, in article order, with speakers, paragraph ids and file lines', async () => {
    const { sidebarQuotes } = await render(ARTICLE);
    expect(sidebarQuotes).toEqual([
      {
        id: 'zelensky-1',
        text: 'We must tell the truth that we will not be able to end the war without direct talks with Russia',
        ...ZELENSKY,
        paragraphId: 'quote-zelensky-1',
        line: 81,
      },
      {
        id: 'zelensky-2',
        text: 'Let’s be honest, the war in Donbass has been going on for eight years',
        ...ZELENSKY,
        paragraphId: 'quote-zelensky-2',
        line: 83,
      },
      {
        id: 'zelensky-3',
        text: 'We must talk, knowing that we have a strong and powerful army',
        ...ZELENSKY,
        paragraphId: 'quote-zelensky-3',
        line: 85,
      },
      {
        id: 'zakharova-1',
        text: 'The Armed Forces of Ukraine are building up their military strength, massing heavy equipment and personnel',
        ...ZAKHAROVA,
        paragraphId: 'quote-zakharova-1',
        line: 97,
      },
      {
        id: 'zakharova-2',
        text: 'According to some reports, the number of Ukrainian troops in the conflict zone has already reached 125,000 personnel',
        ...ZAKHAROVA,
        paragraphId: 'quote-zakharova-2',
        line: 99,
      },
      {
        id: 'putin-1',
        text: 'Look, they spoke about a possible Russian military intervention in Ukraine at the beginning of the year. But as you see this did not happen',
        ...PUTIN,
        paragraphId: 'quote-putin-1',
        line: 105,
      },
    ]);
  });

  it('is JSON-serialisable as Astro needs', async () => {
    const { sidebarQuotes, figureTraces } = await render(ARTICLE);
    expect(JSON.parse(JSON.stringify({ sidebarQuotes, figureTraces }))).toEqual({ sidebarQuotes, figureTraces });
  });

  it('keeps the fragments in the text but out of the sidebar', async () => {
    const { html, sidebarQuotes } = await render(ARTICLE);
    expect(sidebarQuotes.filter((q) => /not afraid|deterrence package/.test(q.text))).toEqual([]);
    expect(html).toContain('saying he was “not afraid” to speak');
    expect(html).toContain('called for a “deterrence package” to stop Russia');
  });

  it('adds ids to paragraphs and changes nothing else in the HTML', async () => {
    const withPlugin = (await render(ARTICLE)).html;
    const without = (await render(ARTICLE, { plugin: false })).html;
    expect(withPlugin.match(/<p id="[^"]+">/g)).toEqual([
      '<p id="quote-zelensky-1">',
      '<p id="quote-zelensky-2">',
      '<p id="quote-zelensky-3">',
      '<p id="fact-spring-buildup">',
      '<p id="quote-zakharova-1">',
      '<p id="quote-zakharova-2">',
      '<p id="fact-russian-troops">',
      '<p id="quote-putin-1">',
      '<p id="fact-lives-lost">',
    ]);
    expect(withPlugin.replace(/<p id="[^"]+">/g, '<p>')).toBe(without);
  });

  it('traces every figure to its sentence, reusing a quote paragraph’s id', async () => {
    const { figureTraces } = await render(ARTICLE);
    expect(figureTraces).toEqual([
      {
        id: 'russian-troops',
        paragraphId: 'fact-russian-troops',
        line: 101,
        excerpt:
          'Those comments followed the Ukrainian foreign ministry saying Tuesday that Russia has massed 115,000 troops around Ukraine, on the Crimean peninsula — which Moscow annexed in 2014 — and in two eastern regions occupied by the breakaway fighters.',
      },
      {
        id: 'ukrainian-troops',
        paragraphId: 'quote-zakharova-2',
        line: 99,
        excerpt:
          '“According to some reports, the number of Ukrainian troops in the conflict zone has already reached 125,000 personnel,” she claimed, saying this represented half of Kiev’s troops.',
      },
      {
        id: 'spring-buildup',
        paragraphId: 'fact-spring-buildup',
        line: 89,
        excerpt:
          'The alleged surge follows a similar buildup in the spring, when Russia gathered around 100,000 troops on Ukraine’s borders but later announced a drawdown.',
      },
      {
        id: 'lives-lost',
        paragraphId: 'fact-lives-lost',
        line: 119,
        excerpt: 'The conflict has claimed more than 13,000 lives since 2014.',
      },
      {
        id: 'years-of-war',
        paragraphId: 'quote-zelensky-2',
        line: 83,
        excerpt:
          '“Let’s be honest, the war in Donbass has been going on for eight years,” Zelensky said, referring to eastern Ukraine.',
      },
    ]);
  });

  it('finds the same quotes with SmartyPants off (straight quotes)', async () => {
    const { sidebarQuotes } = await render(ARTICLE, { smartypants: false });
    expect(sidebarQuotes.map((q) => q.id)).toEqual([
      'zelensky-1',
      'zelensky-2',
      'zelensky-3',
      'zakharova-1',
      'zakharova-2',
      'putin-1',
    ]);
    expect(sidebarQuotes[1].text).toBe("Let's be honest, the war in Donbass has been going on for eight years");
  });
});

describe('editing the article', () => {
  it('rebuilds the sidebar from the edited text', async () => {
    const edited = readFileSync(ARTICLE, 'utf8').replace('strong and powerful army', 'strong and capable army');
    expect(edited).not.toBe(readFileSync(ARTICLE, 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'remark-article-'));
    const path = join(dir, 'edited.md');
    writeFileSync(path, edited);
    const { sidebarQuotes } = await render(path).finally(() => rmSync(dir, { recursive: true }));
    expect(sidebarQuotes.find((q) => q.id === 'zelensky-3')).toMatchObject({
      text: 'We must talk, knowing that we have a strong and capable army',
      line: 85,
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
    await expect(
      render(ARTICLE, { frontmatter: (fm) => ({ ...fm, quotes: { exclude: ['putin-1', 'putin-2'] } }) }),
    ).rejects.toThrow(
      `${ARTICLE}: quotes.exclude[1]: "putin-2" is not a quote in this article. ` +
        'The quote ids are: zelensky-1, zelensky-2, zelensky-3, zakharova-1, zakharova-2, putin-1. ' +
        'Use one of them, or remove the entry.',
    );
  });
});

describe('failing the build', () => {
  it('fails on a quote whose source is not in the frontmatter, with file, line, quote and the ways out', async () => {
    await expect(render('tests/fixtures/unknown-speaker.md')).rejects.toThrow(
      'tests/fixtures/unknown-speaker.md:19: no source found for the quote ' +
        '“There is nothing to discuss while troops stand on our border”. ' +
        'Say who said it in the frontmatter: add the person to people (id, name, role), ' +
        'add the organisation to organisations (id, name), or, if the text describes a source it does not name, ' +
        'list the words it uses under quotes.unnamed. ' +
        'If the source is listed already, add the words the text uses for them to its aliases.',
    );
  });

  it('fails without printing the error itself: the build reports it, once', async () => {
    const printed = vi.spyOn(console, 'error');
    await expect(render('tests/fixtures/unknown-speaker.md')).rejects.toThrow('no source found');
    expect(printed).not.toHaveBeenCalled();
  });

  it('accepts the same quote once an alias names the speaker', async () => {
    const { sidebarQuotes } = await render('tests/fixtures/unknown-speaker.md', {
      frontmatter: (fm) => ({
        ...fm,
        people: [
          ...(fm.people as object[]),
          { id: 'peskov', name: 'Dmitry Peskov', role: 'Kremlin spokesman', aliases: ["the Kremlin's chief spokesman"] },
        ],
      }),
    });
    expect(sidebarQuotes.map((q) => [q.id, q.text])).toEqual([
      ['zelensky-1', 'We must talk, knowing that we have a strong and powerful army'],
      ['peskov-1', 'There is nothing to discuss while troops stand on our border'],
    ]);
  });

  it('fails on a figure the body does not state, naming the file, field, id and number', async () => {
    const render15 = render(ARTICLE, {
      frontmatter: (fm) => {
        (fm.figures as { text: string }[])[0].text = '15,000';
        return fm;
      },
    });
    await expect(render15).rejects.toThrow(
      `${ARTICLE}: figures[0].text (russian-troops): "15,000" does not appear in the article body. ` +
        "Correct the figure's text to match the body, or remove the figure.",
    );
  });

  it('reports every problem at once, one per line', async () => {
    const error = await render(ARTICLE, {
      frontmatter: (fm) => {
        (fm.figures as { text: string }[])[4].text = 'nine years';
        return { ...fm, people: (fm.people as { id: string }[]).filter((p) => p.id !== 'putin'), quotes: { feature: ['x-1'] } };
      },
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.split('\n')).toEqual([
      `${ARTICLE}:105: no source found for the quote “Look, they spoke about a possible Russian military…”. ` +
        'Say who said it in the frontmatter: add the person to people (id, name, role), ' +
        'add the organisation to organisations (id, name), or, if the text describes a source it does not name, ' +
        'list the words it uses under quotes.unnamed. ' +
        'If the source is listed already, add the words the text uses for them to its aliases.',
      `${ARTICLE}: quotes.feature[0]: "x-1" is not a quote in this article. ` +
        'The quote ids are: zelensky-1, zelensky-2, zelensky-3, zakharova-1, zakharova-2. Use one of them, or remove the entry.',
      `${ARTICLE}: figures[4].text (years-of-war): "nine years" does not appear in the article body. ` +
        "Correct the figure's text to match the body, or remove the figure.",
    ]);
  });

  it('copes with raw frontmatter missing aliases, quotes and figures', async () => {
    const { sidebarQuotes, figureTraces } = await render(ARTICLE, {
      frontmatter: () => ({
        people: [
          { id: 'zelensky', name: 'Volodymyr Zelensky', role: 'President of Ukraine' },
          { id: 'zakharova', name: 'Maria Zakharova', role: 'Spokeswoman, Russian foreign ministry' },
          { id: 'putin', name: 'Vladimir Putin', role: 'President of Russia' },
        ],
      }),
    });
    expect(sidebarQuotes.map((q) => q.id)).toEqual([
      'zelensky-1',
      'zelensky-2',
      'zelensky-3',
      'zakharova-1',
      'zakharova-2',
      'putin-1',
    ]);
    expect(figureTraces).toEqual([]);
  });
});
