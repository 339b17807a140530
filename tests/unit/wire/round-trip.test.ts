/**
 * The round trip: the seed story imported from each format it can arrive in
 * (AFP's plain text, and the ninjs 2.x and NewsML-G2 fixtures) gives the body
 * of the seed article as filed, word for word, the same six sidebar quotes
 * with the same speakers through the real remark pipeline, and frontmatter
 * the schema accepts with no hand edit once `draft` is removed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/article/schema';
import { FIXTURE_ARTICLES, runSite } from '../../support/builds';
import { renderArticle } from '../../support/markdown';
import { runImport, SEED_SLUG, tempDesk, WIRE } from '../../support/wire';

/** The frozen seed fixture: the article as filed (never content/, which editors change). */
const SEED = join(FIXTURE_ARTICLES, `${SEED_SLUG}.md`);
// One folder per format: the ninjs and NewsML-G2 fixtures are one item (one id), so in one
// folder the second import would rightly find the first and change nothing.
const desks = [tempDesk(), tempDesk(), tempDesk()];
afterAll(() => desks.forEach((desk) => rmSync(desk.work, { recursive: true, force: true })));

const formats = [
  { name: 'agency plain text', file: WIRE.plainText, args: ['--date', '2021-12-01'] },
  { name: 'IPTC ninjs 2.x', file: WIRE.ninjs2, args: [] },
  { name: 'IPTC NewsML-G2', file: WIRE.newsml, args: [] },
];

/** What the reader sees of a sidebar quote: which quote, its words and who said it (not its line in the file). */
const asRead = (q: { id: string; text: string; sourceId?: string | undefined; speaker: string; paragraphId: string }) => ({
  id: q.id,
  text: q.text,
  sourceId: q.sourceId,
  speaker: q.speaker,
  paragraphId: q.paragraphId,
});

describe.each(formats.map((format, i) => ({ ...format, desk: desks[i] })))(
  'importing the seed story as $name',
  ({ file, args, desk }) => {
    const run = runImport(desk.articles, [file, '--slug', SEED_SLUG, ...args]);
    const written = join(desk.articles, `${SEED_SLUG}.md`);

    it('writes the article and prints its path', () => {
      expect(run.stderr).not.toMatch(/Nothing was written/);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toBe(written);
    });

    it('gives the body of the seed article as filed, word for word', async () => {
      const [imported, seed] = await Promise.all([renderArticle(written), renderArticle(SEED)]);
      expect(imported.body).toBe(seed.body);
      expect(imported.html.replace(/ id="[^"]+"/g, '')).toBe(seed.html.replace(/ id="[^"]+"/g, ''));
    });

    it('gives the sidebar the same six quotes, with the same speakers', async () => {
      const [imported, seed] = await Promise.all([renderArticle(written), renderArticle(SEED)]);
      expect(seed.sidebarQuotes).toHaveLength(6);
      expect(imported.sidebarQuotes.map(asRead)).toEqual(seed.sidebarQuotes.map(asRead));
    });

    it('is a draft that the schema accepts as it is, and once draft is removed', async () => {
      const { frontmatter } = await renderArticle(written);
      expect(frontmatter.draft).toBe(true);
      expect(articleSchema.safeParse(frontmatter).error).toBeUndefined();
      const { draft, ...published } = frontmatter;
      const parsed = articleSchema.parse(published);
      expect(parsed.draft).toBe(false);
      expect(parsed.dateline).toEqual({ place: 'Kiev', date: '2021-12-01', timeZone: 'Europe/Kyiv' });
      expect(parsed.source).toMatchObject({ agency: 'AFP', name: 'Agence France-Presse' });
      expect(parsed.figures).toEqual([]);
    });

    it('lists the numbers of the body for the editor, and adds no figure', () => {
      const text = readFileSync(written, 'utf8');
      expect(text).toMatch(/^# None is added for you\. Numbers in the body: .*115,000 troops.*13,000 lives/m);
      expect(text).toMatch(/^figures: \[\]$/m);
    });
  },
);

it('proposes people from the attributions when the format names none (plain text)', async () => {
  const { frontmatter } = await renderArticle(join(desks[0].articles, `${SEED_SLUG}.md`));
  expect(frontmatter.people).toEqual([
    { id: 'zelensky', name: 'Volodymyr Zelensky', role: 'Ukrainian President' },
    { id: 'putin', name: 'Vladimir Putin', role: 'Russian President' },
    { id: 'zakharova', name: 'Maria Zakharova', role: 'Russian foreign ministry spokeswoman' },
  ]);
});

it('takes people from the item’s person entities, with their roles from the text (NewsML-G2)', async () => {
  const { frontmatter } = await renderArticle(join(desks[2].articles, `${SEED_SLUG}.md`));
  expect((frontmatter.people as { name: string; role: string }[]).map((p) => `${p.name}: ${p.role}`)).toEqual([
    'Volodymyr Zelensky: Ukrainian President',
    'Antony Blinken: US diplomatic chief',
    'Sergei Lavrov: Russian counterpart',
    'Vladimir Putin: Russian President',
    'Maria Zakharova: Russian foreign ministry spokeswoman',
    'Dmytro Kuleba: Ukrainian Foreign Minister',
  ]);
});

it('passes npm run check, all three imports together, once draft is removed and nothing else', () => {
  const imported = desks.map((desk) => readFileSync(join(desk.articles, `${SEED_SLUG}.md`), 'utf8'));
  const together = tempDesk();
  desks.push(together);
  imported.forEach((text, i) => {
    expect(text).toMatch(/^draft: true\n/m);
    writeFileSync(join(together.articles, `format-${i}.md`), text.replace(/^draft: true\n/m, ''));
  });
  const { status, output } = runSite({ articles: together.articles, script: 'check', cacheDir: join(together.work, 'cache') });
  expect(output).not.toMatch(/error/i);
  expect(status).toBe(0);
}, 120_000);
