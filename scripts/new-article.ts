/**
 * `npm run new -- "Headline" [--place Kiev] [--zone Europe/Kyiv] [--date 2021-12-01]`
 * writes content/articles/<slug>.md (or into ARTICLES_DIR) with frontmatter the schema
 * accepts, ready to fill in: a draft, which `npm run dev` shows and `npm run build` leaves out.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { slugify } from '../src/article/slug.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    place: { type: 'string', default: 'London' },
    zone: { type: 'string', default: 'Europe/London' },
    date: { type: 'string' },
    agency: { type: 'string', default: 'AFP' },
    'agency-name': { type: 'string', default: 'Agence France-Presse' },
  },
});

const title = positionals.join(' ').trim();
if (title === '') {
  console.error('Give the headline: npm run new -- "Ukraine leader calls for talks with Russia"');
  process.exit(1);
}
const slug = slugify(title);
// ARTICLES_DIR points at another articles folder, as it does for the build.
const file = join(process.env.ARTICLES_DIR ?? join('content', 'articles'), `${slug}.md`);
if (existsSync(file)) {
  console.error(`${file} already exists. Choose a different headline, or edit that file.`);
  process.exit(1);
}
// Today in the article's own zone, as the newsroom dates it.
const today = values.date ?? new Intl.DateTimeFormat('en-CA', { timeZone: values.zone }).format(new Date());

writeFileSync(
  file,
  `---
title: ${JSON.stringify(title)}
# A draft: npm run dev shows it, npm run build leaves it out. Delete this line to publish.
draft: true
dateline:
  place: ${JSON.stringify(values.place)}
  date: "${today}"
  timeZone: ${values.zone}
source:
  agency: ${JSON.stringify(values.agency)}
  name: ${JSON.stringify(values['agency-name'])}
section: World
tags: []
# Everyone quoted directly must be listed here (id, name, role; aliases for other ways the text names them).
people: []
# Each figure's text must appear in the body exactly as written there, e.g. text: "115,000".
figures: []
---

Write the lede here: the first paragraph, without the dateline (it comes from the frontmatter).
`,
);
console.log(
  `Created ${file}, a draft. Write the story below the frontmatter and see it with npm run dev; delete draft: true to publish.`,
);
