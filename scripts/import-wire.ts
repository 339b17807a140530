/**
 * `npm run import -- <file> [--tz <zone>] [--place <name>] [--date YYYY-MM-DD] [--slug <slug>]
 *  [--agency <AFP|AP|…>] [--correction "text"] [--dry-run]`
 * imports agency copy (plain text, IPTC ninjs, IPTC NewsML-G2) into the
 * articles folder (ARTICLES_DIR, else content/articles) and prints the file's
 * path, or with --dry-run the file itself. See the README's "Wire desk".
 */
import { parseArgs } from 'node:util';
import { ARTICLES_FOLDER } from '../src/loading/articles-folder.ts';
import { importWire } from '../src/wire/desk.ts';
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
  const result = importWire({
    ...options,
    file: positionals[0],
    articlesDir: ARTICLES_FOLDER,
    dryRun,
  });
  for (const note of result.notes) console.error(`note: ${note}`);
  if (dryRun && result.text !== undefined) process.stdout.write(result.text);
  else if (result.action === 'created') console.log(result.path);
  console.error(dryRun && result.text !== undefined ? `(dry run) ${result.message}; nothing written` : result.message);
} catch (error) {
  if (!(error instanceof WireError)) throw error;
  console.error(`${error.message}\nNothing was written.`);
  process.exit(1);
}
