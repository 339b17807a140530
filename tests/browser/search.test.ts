/**
 * Search in Chromium, as a reader uses it: /search/?q=… opened directly runs
 * the query through Pagefind and lists the stories found, newest first. Only
 * headlines, standfirsts and bodies are indexed, so a word from one story's
 * body finds that story and a word only a sidebar caption has finds nothing.
 * The masthead's plain form leads there from every page. Each edition's page
 * speaks its own language: /fr/search/ says what it found in French.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTICLE_SLUG, SITE_BUILDS } from '../support/builds';
import { EDITIONS } from '../../src/editions/edition';
import { openPage, useBrowserAndSites } from './harness';

const { browser, site } = useBrowserAndSites();

const SEED_HEADLINE = 'Ukraine leader calls for talks with Russia amid invasion fears';

/** What the status line says while a search runs, in every edition ("Searching…", « Recherche en cours… »). */
const SEARCHING = Object.values(EDITIONS).map((strings) => strings.search.status.searching);

/** The headlines listed once the search has finished, and what the status line says. */
async function results(page: Page): Promise<{ headlines: string[]; status: string }> {
  await page.waitForFunction((searching) => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && !searching.includes(status);
  }, SEARCHING);
  return {
    headlines: await page.locator('#search-results h2 a').allTextContents(),
    status: (await page.locator('#search-status').textContent()) ?? '',
  };
}

describe.each(SITE_BUILDS.map((build, index) => ({ name: build.name, index })))('$name build', ({ index }) => {
  const url = (path: string) => site(index).server.url + path;

  it('/search/?q=talks opened directly lists the stories with “talks”, newest first, linked under the base', async () => {
    const { page, context, requests } = await openPage(browser(), url('search/?q=talks'), { width: 1280 });
    const { headlines, status } = await results(page);
    expect(headlines[0]).toBe(SEED_HEADLINE);
    expect(status).toMatch(/stor(y|ies) with “talks”, newest first/);
    const dates = await page
      .locator('#search-results time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.locator('#search-q').inputValue()).toBe('talks');
    const href = await page.locator('#search-results h2 a').first().getAttribute('href');
    expect(href).toBe(`${SITE_BUILDS[index].base}articles/${ARTICLE_SLUG}/`);
    // Its script and the WebAssembly come from the site itself.
    const host = site(index).server.host;
    expect(requests.filter((r) => new URL(r.url()).host !== host).map((r) => r.url())).toEqual([]);
    expect(requests.some((r) => /\/pagefind\/\d{4}\/wasm\.[^/]*\.pagefind$/.test(r.url()))).toBe(true);
    await context.close();
  });

  it('finds the one story whose body has a word, and nothing for a word only a sidebar caption has', async () => {
    const { page, context } = await openPage(browser(), url('search/?q=Stockholm'), { width: 1280 });
    expect((await results(page)).headlines).toEqual([SEED_HEADLINE]);
    // "Chief of Staff" is only in Andriy Yermak's caption and who's-who entry.
    await page.goto(url('search/?q=staff'));
    expect(await results(page)).toEqual({ headlines: [], status: 'No stories with “staff”.' });
    await context.close();
  });

  it('searches each edition’s own stories: /fr/search/ finds the French story, /search/ never lists it', async () => {
    const french = 'Kiev affirme que rien ne peut être décidé sur l’Ukraine sans elle';
    // « conseillers » is in the French story's body; Kiev is in every story of both editions.
    const { page, context } = await openPage(browser(), url('fr/search/?q=conseillers'), { width: 1280 });
    expect((await results(page)).headlines).toEqual([french]);
    expect(await page.locator('#search-results h2 a').first().getAttribute('href')).toBe(
      `${SITE_BUILDS[index].base}fr/articles/kiev-rien-sur-l-ukraine-sans-l-ukraine/`,
    );
    await page.goto(url('fr/search/?q=Kiev'));
    expect((await results(page)).headlines).toEqual([french]);
    await page.goto(url('fr/search/?person=Dmytro+Kouleba'));
    expect((await results(page)).headlines).toEqual([french]);
    await page.goto(url('search/?q=Kiev'));
    const { headlines } = await results(page);
    expect(headlines).toHaveLength(3);
    expect(headlines).not.toContain(french);
    await context.close();
  });

  it('says what it found in the edition’s language: French on /fr/search/, English on /search/', async () => {
    const { page, context } = await openPage(browser(), url('fr/search/?q=conseillers'), { width: 1280 });
    expect((await results(page)).status).toBe('1 article trouvé pour «\u202Fconseillers\u202F», du plus récent au plus ancien.');
    await page.goto(url('fr/search/?person=Dmytro+Kouleba'));
    expect((await results(page)).status).toBe('1 article trouvé, du plus récent au plus ancien.');
    await page.goto(url('fr/search/?q=staff'));
    expect((await results(page)).status).toBe('Aucun article ne correspond à «\u202Fstaff\u202F».');
    await page.goto(url('fr/search/'));
    expect((await results(page)).status).toBe('Saisissez un mot à chercher, ou choisissez une personne, un lieu ou un thème.');
    await page.goto(url('search/?q=Kiev'));
    expect((await results(page)).status).toBe('3 stories with “Kiev”, newest first.');
    await page.goto(url('search/?person=Andriy+Yermak'));
    expect((await results(page)).status).toBe('1 story, newest first.');
    await page.goto(url('search/'));
    expect((await results(page)).status).toBe('Type a word to find, or choose a person, place or topic.');
    await context.close();
  });

  it('filters by person, place and topic, alone or with words', async () => {
    const { page, context } = await openPage(browser(), url('search/?person=Andriy+Yermak'), { width: 1280 });
    expect((await results(page)).headlines).toEqual(['Kiev says nothing about Ukraine can be decided without it']);
    await page.goto(url('search/?q=Zelensky&topic=Diplomacy&place=Kyiv'));
    expect((await results(page)).headlines).toEqual([
      SEED_HEADLINE,
      'Zelensky says Ukraine ready for any escalation on its border',
    ]);
    expect(await page.locator('#search-topic').inputValue()).toBe('Diplomacy');
    await context.close();
  });

  it('is reached from the masthead’s form on an article page', async () => {
    const { page, context } = await openPage(browser(), url(`articles/${ARTICLE_SLUG}/`), { width: 375 });
    await page.fill('#masthead-search', 'Riga');
    await page.press('#masthead-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=Riga$/);
    expect((await results(page)).headlines).toEqual(['Zelensky says Ukraine ready for any escalation on its border']);
    await context.close();
  });

  it('without JavaScript says search needs it and links to the topics and people indexes', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('search/?q=talks'));
    const notice = page.locator('.search__notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/Search needs JavaScript/);
    const links = await notice.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual([`${SITE_BUILDS[index].base}topics/`, `${SITE_BUILDS[index].base}people/`]);
    await context.close();
  });
});
