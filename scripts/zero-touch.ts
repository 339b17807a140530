/**
 * `npm run zero-touch [-- --corpus tuning|seen|held-out|<folder>] [--verbose]`:
 * how many of a labelled corpus's quotations come out credited right when
 * each story is imported by the wire desk as agency plain text and nobody
 * touches the draft (tests/support/zero-touch.ts states the method and how a
 * proposal is matched to a label). The agency tuning half by default. Prints
 * Markdown in the shape of `npm run quote-accuracy`, then, with --verbose,
 * what the desk proposed for each story. Fails nothing.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createVitest } from 'vitest/node';
import { section } from './quote-accuracy.ts';

type Corpus = typeof import('../tests/support/quote-corpus.ts');
type ZeroTouch = typeof import('../tests/support/zero-touch.ts');

const ROOT = resolve(import.meta.dirname, '..');
const NAMED: Record<string, string> = {
  tuning: 'tests/fixtures/agency-quotes/tuning',
  seen: 'tests/fixtures/agency-quotes/seen',
  'held-out': 'tests/fixtures/agency-quotes/held-out',
};

const { values } = parseArgs({
  options: { corpus: { type: 'string', default: 'tuning' }, verbose: { type: 'boolean', default: false } },
});
const chosen = NAMED[values.corpus] ?? values.corpus;
const dir = isAbsolute(chosen) ? chosen : resolve(ROOT, chosen);

const vitest = await createVitest({ root: ROOT, watch: false, reporters: [] });
try {
  const corpus = await vitest.import<Corpus>(resolve(ROOT, 'tests/support/quote-corpus.ts'));
  const zeroTouch = await vitest.import<ZeroTouch>(resolve(ROOT, 'tests/support/zero-touch.ts'));
  const stories = corpus.corpusStories(dir);
  const lines = [`# Zero-touch import: ${relative(ROOT, dir)}/`, ''];
  if (stories.length === 0) lines.push(`No stories in ${relative(ROOT, dir)}/.`);
  else {
    const results = [];
    for (const story of stories) results.push(await zeroTouch.zeroTouchStory(dir, story));
    lines.push(...section(corpus, '## The finder on the drafts as the desk wrote them', results));
    const given = results.filter((r) => r.agencyGiven).map((r) => r.story);
    if (given.length > 0) lines.push(`Imported with --agency AFP (the desk knows no such agency): ${given.join(', ')}.`, '');
    if (values.verbose) {
      lines.push('## What the desk proposed', '');
      for (const r of results) {
        lines.push(`- ${r.story}`);
        lines.push(`  - people: ${r.proposed.people.join('; ') || 'none'}`);
        lines.push(`  - organisations: ${r.proposed.organisations.join('; ') || 'none'}`);
        if (r.proposed.unnamed.length > 0) lines.push(`  - quotes.unnamed: ${r.proposed.unnamed.join('; ')}`);
        for (const note of r.notes) lines.push(`  - note: ${note}`);
      }
    }
  }
  process.stdout.write(`${lines.join('\n').trimEnd()}\n`);
} finally {
  await vitest.close();
}
