/**
 * `npm run quote-accuracy [-- --corpus NAME …]`: how well the quote finder
 * does on each hand-labelled corpus (tests/support/quote-corpus.ts names them:
 * house, agency tuning, agency seen, agency held-out), one section each; a
 * corpus whose folder is missing or empty is named and skipped. `--corpus`
 * (repeatable; the name, or its last word: `tuning`, `seen`, `held-out`)
 * prints only the corpora named, so a session tuning the rules can read its
 * own corpora without ever seeing the held-out misses; without it, all. A section gives the precision and
 * recall of the direct quotations found and of the sources credited, then how
 * the labelled quotations that were not credited right ended (credited to
 * someone else, reported without a source, or dropped silently: the rule is at
 * the top of tests/support/quote-scores.ts), the stories an editor would have
 * had to touch, a row per story and every miss. Prints Markdown; fails nothing
 * (tests/unit/quotes/corpus.test.ts holds the house corpus to 100%).
 * `npm run bench` includes it.
 *
 * The corpus reader is loaded through Vitest's module runner, as the tests
 * load it (Node alone cannot: it imports without file extensions, as the tests do).
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createVitest } from 'vitest/node';

type Corpus = typeof import('../tests/support/quote-corpus.ts');
type StoryResult = import('../tests/support/quote-scores.ts').StoryResult;

const ROOT = resolve(import.meta.dirname, '..');

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** One corpus's section, as Markdown lines. */
export function section(corpus: Corpus, heading: string, results: StoryResult[]): string[] {
  const total = corpus.score(results);
  const { quotes, sources } = corpus.rates(total);
  const stories = [
    row(['story', 'agency', 'labelled', 'found', 'credited right', 'wrong credit', 'uncredited', 'silent drop', 'extra']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...results.map((result) => {
      const s = corpus.score([result]);
      const extra = corpus.extras(result).length;
      return row([
        result.story,
        result.agency,
        s.labelled,
        s.found,
        s.creditedRight,
        s.wrongCredit,
        s.uncredited,
        s.silentDrops,
        extra,
      ]);
    }),
  ];
  const missed = results.flatMap((result) => corpus.misses(result).map((miss) => `- ${result.story}: ${miss}`));
  return [
    heading,
    '',
    `${total.stories} stories, ${total.labelled} labelled direct quotations.`,
    '',
    row(['', 'precision', 'recall']),
    row(['---', '---:', '---:']),
    row(['quotations found', percent(quotes.precision), percent(quotes.recall)]),
    row(['sources credited', percent(sources.precision), percent(sources.recall)]),
    '',
    row(['labelled quotations not credited right', 'count']),
    row(['---', '---:']),
    row(['wrong credit (credited to another source)', total.wrongCredit]),
    row(['left uncredited (found, no source)', total.uncredited]),
    row(['silent drop (neither credited nor reported)', total.silentDrops]),
    '',
    `Stories an editor would have had to touch: ${total.storiesTouched} of ${total.stories}.`,
    '',
    ...stories,
    '',
    missed.length === 0
      ? 'No misses: every labelled quote found, each credited to its labelled source, nothing else found.'
      : 'Misses:',
    ...missed,
    '',
  ];
}

/** Whether `wanted` (as given to `--corpus`) names the corpus called `name`: the whole name or its last word. */
const names = (name: string, wanted: string) => name === wanted || name.split(' ').at(-1) === wanted;

/**
 * The report, as Markdown: a title, then a section per corpus at heading `level`
 * (`npm run bench` gives its own title); only the corpora `only` names, when given.
 */
export async function quoteAccuracy({ title = true, level = 2, only = [] as string[] } = {}): Promise<string> {
  const vitest = await createVitest({ root: ROOT, watch: false, reporters: [] });
  try {
    const corpus = await vitest.import<Corpus>(resolve(ROOT, 'tests/support/quote-corpus.ts'));
    const unknown = only.filter((wanted) => !corpus.CORPORA.some(({ name }) => names(name, wanted)));
    if (unknown.length > 0) {
      const known = corpus.CORPORA.map(({ name }) => name.split(' ').at(-1)).join(', ');
      throw new Error(`--corpus ${unknown.join(', ')}: no such corpus (the corpora are ${known})`);
    }
    const chosen = corpus.CORPORA.filter(({ name }) => only.length === 0 || only.some((wanted) => names(name, wanted)));
    const lines = title ? ['# Quote finder on the hand-labelled corpora', ''] : [];
    for (const { name, dir } of chosen) {
      const heading = `${'#'.repeat(level)} ${name}`;
      const stories = corpus.corpusStories(dir);
      if (stories.length === 0) {
        lines.push(heading, '', `No stories: ${relative(ROOT, dir)}/ is missing or empty; skipped.`, '');
        continue;
      }
      const results = await Promise.all(stories.map((story) => corpus.readStoryIn(dir, story)));
      lines.push(...section(corpus, heading, results));
    }
    return lines.join('\n').trimEnd();
  } finally {
    await vitest.close();
  }
}

if (import.meta.main) {
  try {
    const { corpus } = parseArgs({ options: { corpus: { type: 'string', multiple: true, default: [] } } }).values;
    process.stdout.write(`${await quoteAccuracy({ only: corpus })}\n`);
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run quote-accuracy -- [--corpus house|tuning|seen|held-out] …`);
    process.exit(2);
  }
}
