/**
 * `npm run new -- "Headline" [--slug <slug>] [--place Kiev] [--zone Europe/Kyiv] [--date 2021-12-01]
 *  [--agency AFP] [--agency-name "Agence France-Presse"]`
 * writes <slug>.md into the articles folder (ARTICLES_DIR, else content/articles) with frontmatter
 * the schema accepts, ready to fill in: a draft, which `npm run dev` shows and `npm run build` leaves
 * out. The file is written by the wire desk's writer, so both ways of starting a story give one shape.
 * A slug or zone the site could not use stops it before anything is written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isValidTimeZone, parseLocalDate } from '../src/article/dates.ts';
import { isSlug, slugify } from '../src/article/slug.ts';
import { ARTICLES_FOLDER } from '../src/loading/articles-folder.ts';
import { displayPath } from '../src/loading/editor-messages.ts';
import { dayIn } from '../src/wire/entry.ts';
import { newDraft } from '../src/wire/writer.ts';

const USAGE =
  'Usage: npm run new -- "Ukraine leader calls for talks with Russia" [--slug ukraine-talks] [--place Kiev] ' +
  '[--zone Europe/Kyiv] [--date 2021-12-01] [--agency AFP] [--agency-name "Agence France-Presse"]';

/** Says what is wrong and what to give instead, and stops with nothing written. */
function refuse(message: string): never {
  console.error(`${message}\nNothing was written.`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      place: { type: 'string', default: 'London' },
      zone: { type: 'string', default: 'Europe/London' },
      date: { type: 'string' },
      agency: { type: 'string', default: 'AFP' },
      'agency-name': { type: 'string', default: 'Agence France-Presse' },
    },
  });
} catch (error) {
  refuse(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;

const title = positionals.join(' ').trim();
if (title === '') refuse(`Give the headline.\n${USAGE}`);
const slug = values.slug ?? slugify(title);
if (!isSlug(slug)) {
  refuse(
    values.slug === undefined
      ? `the headline "${title}" gives no address (it has no Latin letter or digit); give one with --slug, for example --slug kyiv-talks`
      : `--slug "${slug}" cannot be an article's address; use lower-case letters, digits and hyphens, for example --slug kyiv-talks`,
  );
}
if (!isValidTimeZone(values.zone)) {
  refuse(`--zone "${values.zone}" is not an IANA time zone; use a name such as Europe/Kyiv or America/New_York`);
}
if (values.date !== undefined && !parseLocalDate(values.date)) {
  refuse(`--date "${values.date}" is not a real day; write it as YYYY-MM-DD, for example 2021-12-01`);
}
const file = join(ARTICLES_FOLDER, `${slug}.md`);
if (existsSync(file)) {
  refuse(`${displayPath(file)} already exists. Choose a different headline (or --slug), or edit that file.`);
}
// Today in the article's own zone, as the newsroom dates it.
const today = values.date ?? dayIn(new Date(), values.zone);

writeFileSync(
  file,
  newDraft(
    {
      title,
      dateline: { place: values.place, date: today, timeZone: values.zone },
      source: { agency: values.agency, name: values['agency-name'] },
      people: [],
      body: 'Write the lede here: the first paragraph, without the dateline (it comes from the frontmatter).\n',
    },
    {
      above: {
        draft: ' A draft: npm run dev shows it, npm run build leaves it out. Delete this line to publish.',
        people: ' Everyone quoted directly must be listed here (id, name, role; aliases for other ways the text names them).',
        figures: ' Each figure\'s text must appear in the body exactly as written there, e.g. text: "115,000".',
      },
    },
  ),
);
console.log(
  `Created ${displayPath(file)}, a draft. Write the story below the frontmatter and see it with npm run dev; delete draft: true to publish.`,
);
