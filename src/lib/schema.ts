/**
 * The shape of an article's frontmatter: the only definition of it.
 * `src/content.config.ts` hands it to Astro; the remark plugins and the unit
 * tests import the inferred types from here, so nothing else restates the shape.
 * Every message says what to write instead, because editors read them.
 */
import { z } from 'astro/zod';
import { isValidTimeZone, parseLocalDate } from './dates';
import { slugify } from './slug';

const localDate = z
  .string({ error: 'write the date in quotes as "YYYY-MM-DD", for example "2021-12-01"' })
  .refine((value) => parseLocalDate(value) !== null, {
    error: (issue) =>
      `"${String(issue.input)}" is not a real calendar date; write it as "YYYY-MM-DD", for example "2021-12-01"`,
  });

/** A name that also names a page (a dateline place, a tag): it must give an address. */
const pageName = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .refine((name) => slugify(name, 100) !== '', {
      error: (issue) => `"${String(issue.input)}" gives the ${what} page no address; write it in Latin letters, for example "Kyiv"`,
    });

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
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
  /** The person making the claim, when one is quoted: an id from `people`. */
  claimedBy: id.optional(),
});

export const correctionSchema = z.object({
  date: localDate,
  /** What was wrong and what the text now says: "An earlier version of this article misstated …". */
  text: z.string().trim().min(1),
  /** A serious correction is shown above the article rather than at its end. */
  prominent: z.boolean().default(false),
});

export const articleSchema = z
  .object({
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
      },
      { error: 'add a source with agency and name, for example agency: "AFP"' },
    ),
    section: z.string().trim().min(1).default('World'),
    tags: z.array(pageName('topic')).default([]),
    people: z.array(personSchema).default([]),
    figures: z.array(figureSchema).default([]),
    quotes: z
      .object({
        /** Quote ids (`zelensky-1`) to show, in article order; all are shown when absent. */
        feature: z.array(z.string()).optional(),
        /** Quote ids to leave out of the sidebar. They stay in the text. */
        exclude: z.array(z.string()).default([]),
      })
      .default({ exclude: [] }),
    updated: localDate.optional(),
    corrections: z.array(correctionSchema).default([]),
  })
  .superRefine((article, ctx) => {
    const seen = new Set<string>();
    article.people.forEach((person, index) => {
      if (seen.has(person.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['people', index, 'id'],
          message: `two people share the id "${person.id}"; give each person a different id`,
        });
      }
      seen.add(person.id);
    });
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
    article.figures.forEach((figure, index) => {
      if (figure.claimedBy !== undefined && !seen.has(figure.claimedBy)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', index, 'claimedBy'],
          message: `"${figure.claimedBy}" is not the id of anyone in people; add the person or fix the id`,
        });
      }
    });
  });

export type Article = z.infer<typeof articleSchema>;
export type Person = z.infer<typeof personSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Correction = z.infer<typeof correctionSchema>;
