/**
 * Zero-touch import, measured: each labelled story of a corpus folder is
 * sent through the wire desk as agency plain text (the headline on a line of
 * its own, a blank line, `Place (AGENCY) - ` and the lede, the paragraphs),
 * imported with `importWire` (a dry run into an empty folder, the story's
 * own date and zone given), and the quote finder is run on the article the
 * desk wrote, with the people and organisations it proposed as they come.
 * Nobody touches the draft in between.
 *
 * The desk's ids are its own (`giraud`, not the labels' `laurent-giraud`),
 * so a credit is judged by whom it names: a proposed person is the labelled
 * person whose name has the same last word and holds every other word of the
 * shorter name; a proposed organisation is the labelled one that shares a
 * name or alias with it (case and a leading "the" aside). A credit to a
 * proposal that names nobody the labels name, or to a person where the label
 * is an organisation (or the reverse), is a wrong credit. Unnamed sources
 * are judged as quote-scores.ts judges them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSchema, type Article } from '../../src/article/schema';
import { stripAccents } from '../../src/text/patterns';
import { findAgency } from '../../src/wire/agencies';
import { importWire } from '../../src/wire/desk';
import { findQuotesInFile, readLabels } from './quote-corpus';
import type { StoryResult } from './quote-scores';

/** Whom a source id names in an article: a person or an organisation, by its names. */
interface Who {
  kind: 'person' | 'organisation';
  names: string[];
}

/** One story through the desk: its score input, and what the desk proposed and noted. */
export interface ZeroTouchResult extends StoryResult {
  proposed: { people: string[]; organisations: string[]; unnamed: string[] };
  notes: string[];
  /** The agency had to be given, as the desk does not know the story's own. */
  agencyGiven?: string;
}

type Sources = Pick<Article, 'people' | 'organisations'>;

function whoIn(article: Sources, id: string): Who | undefined {
  const person = article.people.find((p) => p.id === id);
  if (person) return { kind: 'person', names: [person.name] };
  const org = article.organisations.find((o) => o.id === id);
  return org && { kind: 'organisation', names: [org.name, ...org.aliases] };
}

const words = (name: string) =>
  stripAccents(name)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether a proposed source is the labelled one, by the rule above. */
export function sameWho(proposed: Who, labelled: Who): boolean {
  if (proposed.kind !== labelled.kind) return false;
  if (proposed.kind === 'organisation') {
    const folded = new Set(labelled.names.map((n) => words(n).join(' ')));
    return proposed.names.some((n) => folded.has(words(n).join(' ')));
  }
  const [a, b] = [words(proposed.names[0]), words(labelled.names[0])];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return a.at(-1) === b.at(-1) && short.every((w) => long.includes(w));
}

/** The story in `dir` as agency plain text, its lede opened by the dateline. */
export function agencyPlainText(markdown: string): string {
  const parsed = parseFrontmatter(markdown, { frontmatter: 'empty-with-spaces' });
  const article = articleSchema.parse(parsed.frontmatter);
  const blocks = parsed.content
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.trim().replace(/^#+\s+/, ''));
  const [lede, ...rest] = blocks;
  const dateline = `${article.dateline.place} (${article.source.agency}) - `;
  return [article.title, `${dateline}${lede}`, ...rest].join('\n\n') + '\n';
}

/** One story of `dir`, imported by the desk untouched, then read by the finder. */
export async function zeroTouchStory(dir: string, story: string): Promise<ZeroTouchResult> {
  const path = join(dir, `${story}.md`);
  const markdown = readFileSync(path, 'utf8');
  const hand = articleSchema.parse(parseFrontmatter(markdown, { frontmatter: 'empty-with-spaces' }).frontmatter);
  const work = mkdtempSync(join(tmpdir(), 'zero-touch-'));
  try {
    const file = join(work, `${story}.txt`);
    writeFileSync(file, agencyPlainText(markdown));
    // The desk takes copy only from the agencies it knows (src/wire/agencies.ts); for another, an editor gives --agency.
    const agencyGiven = findAgency(hand.source.agency) ? undefined : 'AFP';
    const result = importWire({
      file,
      articlesDir: work,
      dryRun: true,
      date: hand.dateline.date,
      tz: hand.dateline.timeZone,
      slug: story,
      ...(agencyGiven ? { agency: agencyGiven } : {}),
    });
    const { article, quotes, unattributed } = await findQuotesInFile(result.text!, join(work, `${story}.md`));
    const credited = quotes.map((quote) => {
      if (quote.sourceId === undefined) return quote;
      const proposed = whoIn(article, quote.sourceId)!;
      const match = [...hand.people.map((p) => p.id), ...hand.organisations.map((o) => o.id)].find((id) =>
        sameWho(proposed, whoIn(hand, id)!),
      );
      return { ...quote, sourceId: match ?? `desk's ${proposed.kind} "${proposed.names[0]}"` };
    });
    return {
      story,
      agency: hand.source.agency,
      labels: readLabels(dir, story),
      quotes: credited,
      unattributed,
      proposed: {
        people: article.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)),
        organisations: article.organisations.map((o) => [o.name, ...o.aliases].join(' / ')),
        unnamed: article.quotes.unnamed,
      },
      notes: result.notes,
      ...(agencyGiven ? { agencyGiven } : {}),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
