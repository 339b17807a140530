/**
 * The shape of an article's frontmatter: the only definition of it.
 * `src/content.config.ts` hands it to Astro; the remark plugins and the unit
 * tests import the inferred types from here, so nothing else restates the shape.
 * Every message says what to write instead, because editors read them. Its
 * parts (a person, a figure, a correction, …) are in src/article/schema-parts.ts.
 */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
// The .ts extension lets `npm run import` (plain Node) load this schema too.
import { isValidTimeZone } from './dates.ts';
import { canonicalLanguage } from './language.ts';
import { isExpiry } from './expiry.ts';
import { isSlug } from './slug.ts';
import {
  correctionSchema,
  figureSchema,
  leadPhotoSchema,
  localDate,
  organisationSchema,
  pageName,
  personSchema,
  UNNAMED_ID,
  withdrawalSchema,
} from './schema-parts.ts';

const articleFields = z.object({
  title: z.string({ error: 'add a headline, for example title: "Ukraine leader calls for talks"' }).trim().min(1),
  /** Optional one-sentence summary; the lede stands in when it is absent. */
  standfirst: z.string().trim().min(1).optional(),
  /** Who wrote it, as the agency credits them: shown under the headline ("By Almut Kipp"). */
  byline: z
    .array(
      z.object({
        name: z.string().trim().min(1),
        /** A title the byline gives: "Associated Press Writer". */
        role: z.string().trim().min(1).optional(),
      }),
      { error: 'write byline as a list of writers, for example byline: [{ name: "Almut Kipp" }]' },
    )
    .optional(),
  /** The story's language as a BCP 47 tag ("de", "fi-FI"), when it is not the site's. */
  lang: z
    .string()
    .refine((tag) => canonicalLanguage(tag) !== undefined, {
      error: (issue) => `"${String(issue.input)}" is not a language tag; write one such as "de", "fi-FI" or "en-GB"`,
    })
    .optional(),
  /**
   * The story this one is a version of, in another language: its slug (its file name without .md).
   * The original names none; every version names the original (src/loading/translation-links.ts).
   */
  translationOf: z
    .string()
    .refine(isSlug, { error: (issue) => `"${String(issue.input)}" is not a slug; write the original's file name without .md` })
    .optional(),
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
      /** AP counts its versions from 0; most agencies from 1. */
      version: z.number({ error: 'version is a whole number, for example version: 2' }).int().nonnegative().optional(),
      /** When the agency created that version, as the item gives it ("2021-12-01T11:47:00+02:00"). */
      versionCreated: z.string().trim().min(1).optional(),
      /** When the wire item stops being available: a day "2021-12-08" or an instant "2021-12-08T18:00:00+01:00". */
      expires: z
        .string()
        .trim()
        .refine(isExpiry, {
          error: (issue) =>
            `"${String(issue.input)}" is not a day or an instant; write "2021-12-08" or "2021-12-08T18:00:00+01:00", in quotes`,
        })
        .optional(),
      /** True when the newsroom added reporting of its own to the agency copy (README "Robots"). */
      ownReporting: z.boolean({ error: 'ownReporting is true or false' }).optional(),
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
      /** The opening words of quotations to leave uncredited without a warning (src/quotes/uncredited.ts). */
      uncredited: z.array(z.string().trim().min(1)).default([]),
    })
    .default({ exclude: [], unnamed: [], uncredited: [] }),
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
