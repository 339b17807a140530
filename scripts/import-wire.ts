/**
 * `npm run import -- <file> [--tz <zone>] [--place <name>] [--date YYYY-MM-DD] [--slug <slug>]
 *  [--agency <AFP|AP|…>] [--correction "text"] [--dry-run]`
 * imports agency copy (plain text, IPTC ninjs, NewsML-G2, NewsML 1.2, NITF, IPTC 7901, Ritzau RBNews)
 * into the articles folder (ARTICLES_DIR, else content/articles) and prints
 * each new article's path (a file can hold several stories), or with
 * --dry-run the articles themselves. See the README's "Wire desk". What goes
 * wrong is a message, never a stack trace: a refusal says what to do, and
 * anything else is reported as a fault of the desk.
 */
import { parseArgs } from 'node:util';
import { ARTICLES_FOLDER } from '../src/loading/articles-folder.ts';
import { importFile } from '../src/wire/desk.ts';
import { WireError } from '../src/wire/story.ts';

const USAGE =
  'Usage: npm run import -- <file> [--tz Europe/Kyiv] [--place Kiev] [--date 2021-12-01] [--slug my-story] ' +
  '[--agency AFP] [--correction "What was corrected"] [--dry-run]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      tz: { type: 'string' },
      place: { type: 'string' },
      date: { type: 'string' },
      slug: { type: 'string' },
      agency: { type: 'string' },
      correction: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(`Give one wire file to import.\n${USAGE}`);
  process.exit(2);
}

try {
  const { 'dry-run': dryRun, ...options } = values;
  const results = importFile({
    ...options,
    file: positionals[0],
    articlesDir: ARTICLES_FOLDER,
    dryRun,
  });
  for (const result of results) {
    for (const note of result.notes) console.error(`note: ${note}`);
    if (dryRun && result.text !== undefined) process.stdout.write(result.text);
    else if (result.action === 'created') console.log(result.path);
    console.error(dryRun && result.text !== undefined ? `(dry run) ${result.message}; nothing written` : result.message);
  }
} catch (error) {
  if (error instanceof WireError) {
    console.error(`${error.message}\nNothing was written.`);
  } else {
    // A fault of the desk, not of the file: said in one line, for a report, without the stack.
    const said = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(
      `The wire desk failed on ${positionals[0]} (${said}); this is a fault of the desk, please report it.\nNothing was written.`,
    );
  }
  process.exit(1);
}
