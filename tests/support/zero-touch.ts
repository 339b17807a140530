/**
 * Zero-touch import, measured: each labelled story of a corpus folder is
 * sent through the wire desk as an agency would send it (agency-copy.ts:
 * plain text, ninjs 2.x or 3.x, a NewsML-G2 newsMessage), imported with
 * `importWire` and no option at all, and the quote finder is run on the
 * article the desk wrote, with the people and organisations it proposed as
 * they come. Nobody touches the draft in between. What the desk read of the
 * dateline and credit is compared with the story's own frontmatter.
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
import { importWire } from '../../src/wire/desk';
import { agencyCopy, type AgencyFormat } from './agency-copy';
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
  /** The article file the desk wrote (or, in a dry run, would write), as a path for messages. */
  path: string;
  /** What the desk read of the dateline (place, day, zone) and credit otherwise than the story's own frontmatter has it. */
  misread: { what: 'place' | 'day' | 'zone' | 'agency'; read: string; own: string }[];
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

/** One story of `dir` through the desk: as `format`, with no option, into `articlesDir` (a dry run into a temporary folder unless given). */
export async function zeroTouchStory(
  dir: string,
  story: string,
  format: AgencyFormat = 'text',
  articlesDir?: string,
): Promise<ZeroTouchResult> {
  const markdown = readFileSync(join(dir, `${story}.md`), 'utf8');
  const hand = articleSchema.parse(parseFrontmatter(markdown, { frontmatter: 'empty-with-spaces' }).frontmatter);
  const work = mkdtempSync(join(tmpdir(), 'zero-touch-'));
  try {
    const copy = await agencyCopy(markdown, story, format);
    const file = join(work, `${story}.${copy.extension}`);
    writeFileSync(file, copy.content);
    // What the agency sent, and nothing else: no --date, --tz, --place, --agency or --slug. Plain text
    // carries no date, so the desk takes the day it arrives: the story's own day, as a desk reading it live would.
    const result = importWire({
      file,
      articlesDir: articlesDir ?? work,
      dryRun: articlesDir === undefined,
      now: new Date(`${hand.dateline.date}T12:00:00Z`),
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
      path: result.path,
      misread: (
        [
          ['place', article.dateline.place, hand.dateline.place],
          ['day', article.dateline.date, hand.dateline.date],
          ['zone', article.dateline.timeZone, hand.dateline.timeZone],
          ['agency', article.source.agency, hand.source.agency],
        ] as const
      ).flatMap(([what, read, own]) => (read === own ? [] : [{ what, read, own }])),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
