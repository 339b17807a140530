/**
 * The shape of an article's frontmatter: the only definition of it.
 * `src/content.config.ts` hands it to Astro; the remark plugins and the unit
 * tests import the inferred types from here, so nothing else restates the shape.
 * Every message says what to write instead, because editors read them.
 */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
// The .ts extension lets `npm run import` (plain Node) load this schema too.
import { isValidTimeZone, parseLocalDate } from './dates.ts';
import { slugify } from './slug.ts';

const localDate = z
  .string({ error: 'write the date in quotes as "YYYY-MM-DD", for example "2021-12-01"' })
  .refine((value) => parseLocalDate(value) !== null, {
    error: (issue) => `"${String(issue.input)}" is not a real calendar date; write it as "YYYY-MM-DD", for example "2021-12-01"`,
  });

/** A name that also names a page (a dateline place, a tag): it must give an address. */
const pageName = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .refine((name) => slugify(name, 100) !== '', {
      error: (issue) =>
        `"${String(issue.input)}" gives the ${what} page no address; write it in Latin letters, for example "Kyiv"`,
    });

/** The id the quotes of unnamed sources are numbered under: `unnamed-1`, `unnamed-2`, … */
export const UNNAMED_ID = 'unnamed';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'use lower-case letters, digits and hyphens only, for example "zelensky"',
});

export const personSchema = z.object({
  id,
  name: z.string({ error: 'every person needs a name, for example name: "Volodymyr Zelensky"' }).trim().min(1, {
    error: 'every person needs a name, for example name: "Volodymyr Zelensky"',
  }),
  role: z.string().trim().min(1),
  affiliation: z.string().trim().min(1).optional(),
  /** Other ways the text names this person: "the Russian leader", "Zelensky's". */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Pages that identify this person beyond doubt (Wikidata, an official site); they go into JSON-LD. */
  sameAs: z
    .array(z.url({ error: 'write each sameAs entry as a full URL, for example "https://www.wikidata.org/wiki/Q3874799"' }), {
      error: 'write sameAs as a list of URLs, for example sameAs: ["https://www.wikidata.org/wiki/Q3874799"]',
    })
    .optional(),
  /** The pronoun the text uses for them, when the quote finder cannot tell which person "he" or "she" is. */
  pronoun: z.enum(['he', 'she', 'they'], { error: 'write he, she or they' }).optional(),
});

/** An organisation the text quotes or credits with a claim: the Kremlin, the Pentagon, NATO. */
export const organisationSchema = z.object({
  id,
  name: z.string({ error: 'every organisation needs a name, for example name: "the Kremlin"' }).trim().min(1, {
    error: 'every organisation needs a name, for example name: "the Kremlin"',
  }),
  /** What it is, when the name does not say: "Russian presidency". Shown after the name. */
  description: z.string().trim().min(1).optional(),
  /** Other ways the text names it: "the ministry", "the alliance". */
  aliases: z.array(z.string().trim().min(1)).default([]),
});

export const figureSchema = z.object({
  id,
  /** The number itself, for sorting and charting. */
  value: z.number().nonnegative(),
  /** The number exactly as the body writes it: "115,000", "eight years". Traced to the body at build time. */
  text: z.string().trim().min(1),
  /** What is counted, plural: "troops", "lives", "years". Figures of one unit are charted together. */
  unit: z.string().trim().min(1),
  /** How the text qualifies it: "around", "more than". */
  qualifier: z.string().trim().min(1).optional(),
  label: z.string().trim().min(1),
  /** Who says so, in the newsroom's words: "Ukrainian foreign ministry". */
  claimant: z.string().trim().min(1),
  /** Who makes the claim, when they are quoted: an id from `people` or `organisations`. */
  claimedBy: id.optional(),
});

export const correctionSchema = z.object({
  date: localDate,
  /** What was wrong and what the text now says: "An earlier version of this article misstated …". */
  text: z.string().trim().min(1),
  /** A serious correction is shown above the article rather than at its end. */
  prominent: z.boolean().default(false),
});

/**
 * The lead photo. `src` goes through Astro's image() helper, which takes a
 * path relative to the article ("./kyiv-address.jpg"); the loader checks that
 * the file is there and wide enough (src/lib/lead-photo-check.ts), because
 * only it knows where the article is.
 */
const ALT =
  'describe what the photo shows for readers who cannot see it, for example alt: "Volodymyr Zelensky speaks at a lectern in parliament"';
const CREDIT = 'credit the photo agency style, photographer then agency, for example credit: "Sergei SUPINSKY / AFP"';

export function leadPhotoSchema(image: ImageFunction) {
  return z.object(
    {
      src: image(),
      /** What the photo shows, for readers who cannot see it. */
      alt: z.string({ error: ALT }).trim().min(1, { error: ALT }),
      /** The agency's caption, as filed. */
      caption: z.string().trim().min(1).optional(),
      /** Agency style: photographer, then agency. */
      credit: z.string({ error: CREDIT }).trim().min(1, { error: CREDIT }),
    },
    { error: 'give the photo as src, alt and credit, for example src: "./kyiv-address.jpg"' },
  );
}

/** A kill: the agency (or the newsroom) withdrew the story. Its page keeps only a notice. */
export const withdrawalSchema = z.object(
  {
    date: localDate,
    /** Shown to readers on the notice: why the story was withdrawn. */
    reason: z
      .string({ error: 'say why the story was withdrawn, for example reason: "AFP has withdrawn this story."' })
      .trim()
      .min(1, { error: 'say why the story was withdrawn, for example reason: "AFP has withdrawn this story."' }),
  },
  { error: 'withdrawn needs a date and a reason, for example withdrawn: { date: "2021-12-03", reason: "…" }' },
);

const articleFields = z.object({
  title: z.string({ error: 'add a headline, for example title: "Ukraine leader calls for talks"' }).trim().min(1),
  /** Optional one-sentence summary; the lede stands in when it is absent. */
  standfirst: z.string().trim().min(1).optional(),
  dateline: z.object(
    {
      /** As the agency spells it: "Kiev" in 2021 AFP copy. */
      place: pageName('place'),
      /** The publication day in the article's own time zone. */
      date: localDate,
      timeZone: z.string().refine(isValidTimeZone, {
        error: (issue) =>
          `"${String(issue.input)}" is not an IANA time zone; use a name such as "Europe/Kyiv" or "America/New_York"`,
      }),
    },
    { error: 'add a dateline with place, date and timeZone, for example place: "Kiev"' },
  ),
  source: z.object(
    {
      /** The short credit: "AFP". */
      agency: z.string().trim().min(1),
      /** The full name: "Agence France-Presse". */
      name: z.string().trim().min(1),
      url: z.url().optional(),
      /** The agency's id for the wire item (`npm run import` finds this file by it when a new version arrives). */
      itemId: z.string().trim().min(1).optional(),
      /** The item's version on the site; a later one updates the article, an earlier one is ignored. */
      version: z.number({ error: 'version is a whole number, for example version: 2' }).int().positive().optional(),
      /** When the agency created that version, as the item gives it ("2021-12-01T11:47:00+02:00"). */
      versionCreated: z.string().trim().min(1).optional(),
    },
    { error: 'add a source with agency and name, for example agency: "AFP"' },
  ),
  section: z.string().trim().min(1).default('World'),
  tags: z.array(pageName('topic')).default([]),
  people: z.array(personSchema).default([]),
  organisations: z.array(organisationSchema).default([]),
  figures: z.array(figureSchema).default([]),
  quotes: z
    .object({
      /** Quote ids (`zelensky-1`) to show, in article order; all are shown when absent. */
      feature: z.array(z.string()).optional(),
      /** Quote ids to leave out of the sidebar. They stay in the text. */
      exclude: z.array(z.string()).default([]),
      /** Words the text uses for a source it does not name, when the finder does not know them: "one participant". */
      unnamed: z.array(z.string().trim().min(1)).default([]),
    })
    .default({ exclude: [], unnamed: [] }),
  updated: localDate.optional(),
  corrections: z.array(correctionSchema).default([]),
  /** Built by `npm run dev` only: absent from the built site until an editor removes the line. */
  draft: z.boolean({ error: 'draft is true or false; delete the line to publish the article' }).default(false),
  withdrawn: withdrawalSchema.optional(),
});

/** What no single field can check: ids that must match, dates that must not run backwards. */
function checkArticle(article: z.infer<typeof articleFields>, ctx: z.RefinementCtx): void {
  // People and organisations share one set of ids: quote ids (`kremlin-1`) and claimedBy name either.
  const seen = new Set<string>();
  const claim = (list: 'people' | 'organisations', index: number, sourceId: string, clash: string) => {
    if (sourceId === UNNAMED_ID) {
      ctx.addIssue({
        code: 'custom',
        path: [list, index, 'id'],
        message: `"${UNNAMED_ID}" is kept for the quotes of unnamed sources (unnamed-1, unnamed-2, …); choose another id`,
      });
    } else if (seen.has(sourceId)) {
      ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: clash });
    }
    seen.add(sourceId);
  };
  article.people.forEach((person, index) =>
    claim('people', index, person.id, `two people share the id "${person.id}"; give each person a different id`),
  );
  article.organisations.forEach((organisation, index) =>
    claim(
      'organisations',
      index,
      organisation.id,
      `the id "${organisation.id}" is already taken by someone in people or organisations; give each a different id`,
    ),
  );
  const published = article.dateline.date;
  if (article.updated !== undefined && article.updated < published) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `updated ${article.updated} is before the publication date ${published}; an update cannot come first`,
    });
  }
  article.corrections.forEach((correction, index) => {
    if (correction.date < published) {
      ctx.addIssue({
        code: 'custom',
        path: ['corrections', index, 'date'],
        message: `correction dated ${correction.date} is before the publication date ${published}; date it on or after publication`,
      });
    }
  });
  if (article.withdrawn !== undefined && article.withdrawn.date < published) {
    ctx.addIssue({
      code: 'custom',
      path: ['withdrawn', 'date'],
      message: `withdrawn ${article.withdrawn.date} is before the publication date ${published}; date the withdrawal on or after publication`,
    });
  }
  article.figures.forEach((figure, index) => {
    if (figure.claimedBy !== undefined && !seen.has(figure.claimedBy)) {
      ctx.addIssue({
        code: 'custom',
        path: ['figures', index, 'claimedBy'],
        message: `"${figure.claimedBy}" is not the id of anyone in people or organisations; add them or fix the id`,
      });
    }
  });
}

/** An article without its lead photo: what the remark plugins and unit tests need, without Astro's image() helper. */
export const articleSchema = articleFields.superRefine(checkArticle);

/** The whole article, lead photo included: the content collection's schema. */
export function articleSchemaWithPhoto(image: ImageFunction) {
  return articleFields.extend({ image: leadPhotoSchema(image).optional() }).superRefine(checkArticle);
}

export type Article = z.infer<ReturnType<typeof articleSchemaWithPhoto>>;
export type LeadPhoto = NonNullable<Article['image']>;
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Withdrawal = z.infer<typeof withdrawalSchema>;
