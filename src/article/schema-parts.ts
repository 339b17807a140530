/**
 * The parts the article schema (src/article/schema.ts) is made of: dates, names
 * that become page addresses, ids, and the shapes of a person, an
 * organisation, a figure, a correction, a lead photo and a withdrawal.
 */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
// The .ts extension lets `npm run import` (plain Node) load this schema too.
import { parseLocalDate } from './dates.ts';
import { isLabelSlug, labelSlug } from './slug.ts';
import { isEditionTag } from './language.ts';

export const localDate = z
  .string({ error: 'write the date in quotes as "YYYY-MM-DD", for example "2021-12-01"' })
  .refine((value) => parseLocalDate(value) !== null, {
    error: (issue) => `"${String(issue.input)}" is not a real calendar date; write it as "YYYY-MM-DD", for example "2021-12-01"`,
  });

/** A name that also names a page (a dateline place, a tag): in any script, it must hold a letter or a digit to give an address. */
export const pageName = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .refine((name) => labelSlug(name) !== '', {
      error: (issue) =>
        `"${String(issue.input)}" gives the ${what} page no address; write it with at least one letter or digit, for example "Kyiv"`,
    })
    .refine((name) => !isEditionTag(labelSlug(name)), {
      error: (issue) => `"${String(issue.input)}" would give the ${what} page an edition's address; write the name in full`,
    });

/** The id the quotes of unnamed sources are numbered under: `unnamed-1`, `unnamed-2`, … */
export const UNNAMED_ID = 'unnamed';

/** An id is an address (people/<id>/ for a person) in any script: "zelensky", "زيلينسكي". */
const id = z
  .string()
  .refine(isLabelSlug, {
    error: 'use lower-case letters, digits and hyphens only, in any script, for example "zelensky" or "زيلينسكي"',
  })
  .refine((value) => !isEditionTag(value), {
    error: (issue) => `"${String(issue.input)}" is an edition's tag; use another id, for example the surname`,
  });

export const personSchema = z.object({
  id,
  name: z.string({ error: 'every person needs a name, for example name: "Volodymyr Zelensky"' }).trim().min(1, {
    error: 'every person needs a name, for example name: "Volodymyr Zelensky"',
  }),
  /** What the story calls them ("Russian foreign ministry spokeswoman"); without one, pages show the name alone. */
  role: z.string().trim().min(1).optional(),
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
 * the file is there and wide enough (src/loading/lead-photo-check.ts), because
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
