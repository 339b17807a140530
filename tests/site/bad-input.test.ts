/**
 * Every mistake an editor can make stops `npm run build` with a message that
 * names the file, says where and what is wrong, and how to fix it. Each case
 * loads one fixture article (tests/fixtures/bad/, never content/) through
 * ARTICLES_DIR. A build stops on such a mistake in its first step, the
 * content layer (`astro sync`), so each case runs that step alone, two at a
 * time; one case builds too, to show the build prints what the sync does.
 * A quotation left uncredited is no mistake (tests/site/uncredited-quotes.test.ts).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { startSite, startSync, type BuildResult } from '../support/builds';
import { drawPicture } from '../support/lead-photo';

const fixtures = resolve(import.meta.dirname, '../fixtures/bad');
const work = mkdtempSync(join(tmpdir(), 'bad-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Photo {
  width: number;
  height: number;
}

/**
 * An articles folder of its own (`run` names it) holding one fixture (a file,
 * or a folder of files), with a photo.jpg of the given size drawn beside it.
 */
async function articlesWith(fixture: string, run: string, photo?: Photo): Promise<string> {
  const folder = join(work, run, fixture.replace(/\.md$/, ''));
  if (fixture.endsWith('.md')) cpSync(join(fixtures, fixture), join(folder, fixture));
  else cpSync(join(fixtures, fixture), folder, { recursive: true });
  if (photo) writeFileSync(join(folder, 'photo.jpg'), await drawPicture(photo.width, photo.height));
  return folder;
}

/** Runs an npm script of the project (`build`, `check`) over an articles folder. */
const runScript = (folder: string, script: string): Promise<BuildResult> =>
  startSite({
    articles: folder,
    script,
    outDir: script === 'build' ? join(folder, 'dist') : undefined,
    cacheDir: join(folder, `cache-${script}`),
  });

/** Loads an articles folder as a build's first step does, and stops there. */
const sync = (folder: string): Promise<BuildResult> => startSync({ articles: folder, cacheDir: join(folder, 'cache-sync') });

interface Case {
  fixture: string;
  /** Where the message points: file, and line when there is one. */
  location: string;
  /** What the message must say, in the editor's terms: what is wrong and what to do. */
  says: RegExp[];
  /** A photo the test draws beside the article. */
  photo?: Photo;
  /** What is printed exactly once (the message is not repeated): the first of `says` unless given. */
  once?: RegExp;
}

/** How many times `pattern` occurs in `output`. */
const occurrences = (output: string, pattern: RegExp) => output.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

const cases: Case[] = [
  {
    fixture: 'malformed-yaml.md',
    location: 'malformed-yaml.md:6:',
    says: [/the frontmatter is not valid YAML \(bad indentation of a mapping entry\)/, /indented by exactly two more spaces/],
  },
  {
    fixture: 'missing-title.md',
    location: 'missing-title.md:',
    says: [/title: add a headline, for example title:/],
  },
  {
    fixture: 'impossible-date.md',
    location: 'impossible-date.md:',
    says: [/dateline\.date: "2021-02-30" is not a real calendar date; write it as "YYYY-MM-DD"/],
  },
  {
    fixture: 'date-without-zone.md',
    location: 'date-without-zone.md:',
    says: [/dateline\.timeZone/],
    // Astro names the field twice within its one line ("dateline.timeZone**: **dateline.timeZone: Required").
    once: /the frontmatter has a field that is missing or wrong/,
  },
  {
    fixture: 'unknown-time-zone.md',
    location: 'unknown-time-zone.md:',
    says: [/dateline\.timeZone: "Europe\/Kyyv" is not an IANA time zone; use a name such as "Europe\/Kyiv"/],
  },
  {
    fixture: 'person-without-name.md',
    location: 'person-without-name.md:',
    says: [/people\.0\.name: every person needs a name/],
  },
  {
    fixture: 'duplicate-person-id.md',
    location: 'duplicate-person-id.md:',
    says: [/people\.1\.id: two people share the id "zelensky"; give each person a different id/],
  },
  {
    fixture: 'organisation-id-taken.md',
    location: 'organisation-id-taken.md:',
    says: [
      /organisations\.0\.id: the id "kremlin" is already taken by someone in people or organisations; give each a different id/,
    ],
  },
  {
    fixture: 'figure-not-in-body.md',
    location: 'figure-not-in-body.md:',
    says: [/figures\[0\]\.text \(russian-troops\): "115,000" does not appear in the article body\. Correct the figure's text/],
  },
  {
    fixture: 'unknown-quote-reference.md',
    location: 'unknown-quote-reference.md:',
    says: [/quotes\.exclude\[0\]: "putin-1" is not a quote in this article\. The quote ids are: zelensky-1/],
  },
  {
    fixture: 'raw-script.md',
    location: 'raw-script.md:14:',
    says: [/raw HTML that could run script is not allowed: "<script>/, /Remove it/],
  },
  {
    fixture: 'event-handler.md',
    location: 'event-handler.md:14:',
    says: [/raw HTML that could run script is not allowed: "<p onclick=/],
  },
  {
    fixture: 'javascript-url.md',
    location: 'javascript-url.md:12:',
    says: [/the link "javascript:alert\(1\)" uses a scheme that is not allowed\. Use an https:\/\/ address/],
  },
  {
    fixture: 'iframe.md',
    location: 'iframe.md:14:',
    says: [/raw HTML that could run script is not allowed: "<iframe/],
  },
  {
    fixture: 'empty-body.md',
    location: 'empty-body.md:',
    says: [/the article body is empty\. Write the story below the frontmatter/],
  },
  {
    fixture: 'skipped-heading-level.md',
    location: 'skipped-heading-level.md:14:',
    says: [/heading level ### skips a level \(after the title\)\. Use ## here/],
  },
  {
    fixture: 'second-title.md',
    location: 'second-title.md:14:',
    says: [
      /a second title \(# heading\) in the body; the headline comes from the frontmatter title\. Make it a crosshead with ##/,
    ],
  },
  {
    fixture: 'correction-before-publication.md',
    location: 'correction-before-publication.md:',
    says: [/corrections\.0\.date: correction dated 2021-11-30 is before the publication date 2021-12-01/],
  },
  {
    fixture: 'broken-relative-link.md',
    location: 'broken-relative-link.md:12:',
    says: [/the relative link "\.\/no-such-story\.md" points to nothing\. Link to another article by its file name/],
  },
  {
    fixture: 'photo-missing-file.md',
    location: 'photo-missing-file.md: image.src:',
    says: [/there is no file "\.\/no-such-photo\.jpg" next to the article/, /Put the photo in the same folder as the article/],
  },
  {
    fixture: 'photo-without-alt.md',
    location: 'photo-without-alt.md:',
    says: [/image\.alt: describe what the photo shows for readers who cannot see it/],
    photo: { width: 1600, height: 1000 },
  },
  {
    fixture: 'photo-without-credit.md',
    location: 'photo-without-credit.md:',
    says: [
      /image\.credit: credit the photo agency style, photographer then agency, for example credit: "Sergei SUPINSKY \/ AFP"/,
    ],
    photo: { width: 1600, height: 1000 },
  },
  {
    fixture: 'photo-too-narrow.md',
    location: 'photo-too-narrow.md: image.src:',
    says: [/"\.\/photo\.jpg" is 800 px wide; a lead photo must be at least 1,200 px wide/, /full-size version/],
    photo: { width: 800, height: 500 },
  },
  {
    fixture: 'duplicate-slug',
    location: 'first.md',
    says: [/second\.md both have the slug "same-story", so one would replace the other/, /Rename one of the files/],
  },
  {
    fixture: 'person-name-clash',
    location: 'person-name-clash/first.md',
    says: [
      /the id "zelensky" is "Volodymyr Zelensky" in \S*person-name-clash\/first\.md but "Volodymyr Zelenskyy" in \S*person-name-clash\/second\.md/,
      /write the name the same way in both, or give one of them another id/,
    ],
  },
];

/**
 * What the content layer printed, from the line it starts with on: without the time of day
 * Astro starts its log lines with, and without npm's lines (a build run by npm, a sync not).
 */
function contentLayerOutput(output: string): string {
  const lines = output
    .split('\n')
    .filter((line) => !line.startsWith('> '))
    .map((line) => line.replace(/^\d\d:\d\d:\d\d /, ''));
  return lines.slice(lines.indexOf('[content] Syncing content')).join('\n').trim();
}

describe.concurrent('an editor’s mistake stops the build with a helpful message', () => {
  it.for(cases)('$fixture', async ({ fixture, location, says, photo, once = says[0] }, { expect }) => {
    const { status, output } = await sync(await articlesWith(fixture, 'sync', photo));
    expect(status, output).not.toBe(0);
    expect(output).toContain(location);
    for (const pattern of says) expect(output).toMatch(pattern);
    expect(occurrences(output, once), `printed once:\n${output}`).toBe(1);
    expect(output, 'an editor gets a message, not a stack trace').not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  });

  it('npm run build stops with what the content layer printed, word for word', async ({ expect }) => {
    // A body mistake, found by the Markdown plugins as the loader renders the article.
    const folder = await articlesWith('raw-script.md', 'build');
    const [built, synced] = await Promise.all([runScript(folder, 'build'), sync(folder)]);
    expect(built.status, built.output).not.toBe(0);
    const printed = contentLayerOutput(synced.output);
    expect(printed).toMatch(/^\[content\] Syncing content\n/);
    expect(printed).toContain('raw-script.md:14: raw HTML that could run script is not allowed');
    expect(contentLayerOutput(built.output)).toBe(printed);
  });

  it('npm run check finds the same mistakes without building pages', async ({ expect }) => {
    const { status, output } = await runScript(await articlesWith('unknown-quote-reference.md', 'check'), 'check');
    expect(status).not.toBe(0);
    expect(occurrences(output, /unknown-quote-reference\.md: quotes\.exclude\[0\]: "putin-1" is not a quote/)).toBe(1);
  });

  it('npm run check finds a photo too narrow without building pages', async ({ expect }) => {
    const folder = await articlesWith('photo-too-narrow.md', 'check', { width: 1000, height: 600 });
    const { status, output } = await runScript(folder, 'check');
    expect(status).not.toBe(0);
    expect(output).toMatch(/photo-too-narrow\.md: image\.src: "\.\/photo\.jpg" is 1000 px wide/);
  });
});
