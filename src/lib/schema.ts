/**
 * The shape of an article's frontmatter: the only definition of it.
 * `src/content.config.ts` hands it to Astro; the remark plugins and the unit
 * tests import the inferred types from here, so nothing else restates the shape.
 * Every message says what to write instead, because editors read them.
 */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { isValidTimeZone, parseLocalDate } from './dates';

const localDate = z
  .string({ error: 'write the date in quotes as "YYYY-MM-DD", for example "2021-12-01"' })
  .refine((value) => parseLocalDate(value) !== null, {
    error: (issue) =>
      `"${String(issue.input)}" is not a real calendar date; write it as "YYYY-MM-DD", for example "2021-12-01"`,
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

const ALT = 'describe what the photo shows for readers who cannot see it, for example alt: "Volodymyr Zelensky speaks at a lectern in parliament"';
const CREDIT = 'credit the photo agency style, photographer then agency, for example credit: "Sergei SUPINSKY / AFP"';

/**
 * The lead photo. `src` goes through Astro's image() helper, which takes a
 * path relative to the article ("./kyiv-address.jpg"); the loader checks that
 * the file is there and wide enough (src/lib/lead-photo-check.ts), because
 * only it knows where the article is.
 */
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

/** An article without its lead photo: what the remark plugins and unit tests need, without Astro's image() helper. */
export const articleSchema = z
  .object({
    title: z.string({ error: 'add a headline, for example title: "Ukraine leader calls for talks"' }).trim().min(1),
    /** Optional one-sentence summary; the lede stands in when it is absent. */
    standfirst: z.string().trim().min(1).optional(),
    dateline: z.object(
      {
        /** As the agency spells it: "Kiev" in 2021 AFP copy. */
        place: z.string().trim().min(1),
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
    tags: z.array(z.string().trim().min(1)).default([]),
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

/** The whole article, lead photo included: the content collection's schema (the checks above carry over). */
export function articleSchemaWithPhoto(image: ImageFunction) {
  return articleSchema.safeExtend({ image: leadPhotoSchema(image).optional() });
}

export type Article = z.infer<ReturnType<typeof articleSchemaWithPhoto>>;
export type LeadPhoto = NonNullable<Article['image']>;
export type Person = z.infer<typeof personSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Correction = z.infer<typeof correctionSchema>;
