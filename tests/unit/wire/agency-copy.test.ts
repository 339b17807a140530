/**
 * A corpus story as an agency sends it (tests/support/agency-copy.ts), in
 * each format, imports with no option at all into the same article: the
 * headline, the dateline place and agency, the body word for word with the
 * dateline taken off the lede. The structured formats carry the day and the
 * zone's offset; plain text, which carries neither, takes the day it arrives.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { AGENCY_FORMATS, agencyCopy, filedAt } from '../../support/agency-copy';
import { conventionDesk } from '../../support/wire-items';
import { articleSchema } from '../../../src/article/schema';

const STORY = 'afp-herat-quake-rescue';
const markdown = readFileSync(resolve(import.meta.dirname, `../../fixtures/agency-quotes/tuning/${STORY}.md`), 'utf8');
const own = parseFrontmatter(markdown, { frontmatter: 'empty-with-spaces' });
const desk = conventionDesk();

describe('a corpus story in agency formats', () => {
  it('is filed at noon of its day in its zone, with the zone’s offset', () => {
    expect(filedAt(articleSchema.parse(own.frontmatter))).toBe('2023-10-09T12:00:00+04:30');
  });

  it.each(AGENCY_FORMATS)('imports as %s with no option, into the story as written', async (format) => {
    const copy = await agencyCopy(markdown, STORY, format);
    // An arrival later than the story's day: only plain text may take it.
    const result = desk.run(copy.content, { now: new Date('2023-10-11T08:00:00Z') }, `${STORY}-${format}.${copy.extension}`);
    const article = parseFrontmatter(result.text!, { frontmatter: 'empty-with-spaces' });
    expect(article.frontmatter).toMatchObject({
      title: own.frontmatter.title,
      dateline: { place: 'Herat', date: format === 'text' ? '2023-10-11' : '2023-10-09', timeZone: 'Asia/Kabul' },
      source: { agency: 'AFP' },
    });
    expect(article.content.trim()).toBe(own.content.trim());
  });
});
