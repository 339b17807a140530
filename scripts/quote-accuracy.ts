/**
 * `npm run quote-accuracy`: how well the quote finder does on the
 * hand-labelled corpus (tests/fixtures/quotes/): precision and recall of the
 * direct quotations found and of the sources credited, per story and over the
 * whole corpus, then every miss. Prints Markdown; fails nothing (the corpus
 * test in tests/unit/quotes/corpus.test.ts does). `npm run bench` includes it.
 *
 * The corpus reader (tests/support/quote-corpus.ts) is loaded through
 * Vitest's module runner, as the tests load it (Node alone cannot: it imports
 * without file extensions, as the tests do).
 */
import { resolve } from 'node:path';
import { createVitest } from 'vitest/node';

type Corpus = typeof import('../tests/support/quote-corpus.ts');

const ROOT = resolve(import.meta.dirname, '..');

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The report, as Markdown. */
export async function quoteAccuracy(): Promise<string> {
  const vitest = await createVitest({ root: ROOT, watch: false, reporters: [] });
  try {
    const corpus = await vitest.import<Corpus>(resolve(ROOT, 'tests/support/quote-corpus.ts'));
    const results = await Promise.all(corpus.corpusStories().map(corpus.readStory));
    const lines = [
      row(['story', 'agency', 'quotes labelled', 'found', 'credited', 'credited right']),
      row(['---', '---', '---:', '---:', '---:', '---:']),
    ];
    for (const result of results) {
      const s = corpus.score([result]);
      lines.push(row([result.story, result.agency, s.labelled, s.found, s.credited, s.creditedRight]));
    }
    const total = corpus.score(results);
    const { quotes, sources } = corpus.rates(total);
    const missed = results.flatMap((result) => corpus.misses(result).map((miss) => `- ${result.story}: ${miss}`));
    return [
      `Quote finder on the hand-labelled corpus: ${results.length} stories, ${total.labelled} direct quotations.`,
      '',
      row(['', 'precision', 'recall']),
      row(['---', '---:', '---:']),
      row(['quotes found', percent(quotes.precision), percent(quotes.recall)]),
      row(['sources credited', percent(sources.precision), percent(sources.recall)]),
      '',
      ...lines,
      '',
      missed.length === 0
        ? 'No misses: every labelled quote found, each credited to its labelled source, nothing else found.'
        : 'Misses:',
      ...missed,
    ].join('\n');
  } finally {
    await vitest.close();
  }
}

if (import.meta.main) process.stdout.write(`${await quoteAccuracy()}\n`);
