/**
 * A story's full text as a feed carries it: the agency's words as its page
 * renders them, word for word (the standfirst, the dateline leading the lede,
 * then every paragraph, crosshead, list and quote), with its correction notes
 * where the page puts them (a prominent one above the story, the rest below
 * it), and nothing of the page around it: no photo, sidebar, key facts, tags,
 * share links or navigation.
 *
 * A feed reader shows the HTML on a page of its own, so every link is made
 * absolute against the article's address, and the HTML is sanitised (GitHub's
 * rules, without ids, which mean nothing outside the page). The text is worked
 * on as a tree (hast), never cut apart as a string.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Correction } from '../article/schema.ts';
import { datelineText } from '../article/dateline.ts';
import { stringsFor } from '../editions/edition.ts';
import { editionOf } from '../article/language.ts';
import { longDate } from '../editions/dates.ts';
import { capitalised, plural } from '../editions/wording.ts';
import type { Strings } from '../editions/strings.ts';

/** What the full text is made of: the story's rendered body and the facts the page prints around it. */
export interface StoryText {
  /** The agency's lead set apart, when it has one: the page shows it under the headline. */
  standfirst: string | undefined;
  /** The lede's HTML, without the dateline (the page adds it, and so does this). */
  ledeHtml: string;
  /** The body after the lede, as HTML. */
  html: string;
  place: string;
  agency: string;
  timeZone: string;
  corrections: readonly Correction[];
  /** The article's absolute address, which its links are resolved against. */
  url: string;
  /** The story's language (frontmatter `lang`): its correction notes are in its edition's words. */
  lang: string | undefined;
}

const element = (tagName: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });

/** The page's corrections block, as plain HTML: "Correction", then "Friday 3 December 2021: …". */
function correctionsBlock(strings: Strings, corrections: readonly Correction[], timeZone: string): Element[] {
  if (corrections.length === 0) return [];
  const items = corrections.map((c) =>
    element('li', [element('strong', [text(longDate(strings, c.date, timeZone))]), text(strings.labelled('', c.text))]),
  );
  return [element('h2', [text(capitalised(plural(strings, corrections.length, 'correction')))]), element('ul', items)];
}

const FEED_SCHEMA: Schema = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, '*': (defaultSchema.attributes?.['*'] ?? []).filter((name) => name !== 'id') },
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'] },
  clobber: [],
};

/** Every link and image source resolved against the article's address, as a reader elsewhere needs them. */
function absoluteLinks(tree: Root, url: string): void {
  visit(tree, 'element', (node) => {
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = new URL(value, url).href;
    }
  });
}

/** The story's full text as sanitised HTML with absolute links. */
export function fullText(story: StoryText): string {
  const strings = stringsFor(editionOf(story.lang));
  const fragment = (html: string) => fromHtml(html, { fragment: true }).children;
  const lede = element('p', [element('strong', [text(datelineText(story.place, story.agency))]), text(' ')]);
  lede.children.push(...(fragment(story.ledeHtml) as ElementContent[]));
  const prominent = story.corrections.filter((c) => c.prominent);
  const atEnd = story.corrections.filter((c) => !c.prominent);
  const tree: Root = {
    type: 'root',
    children: [
      ...(story.standfirst ? [element('p', [text(story.standfirst)])] : []),
      ...correctionsBlock(strings, prominent, story.timeZone),
      lede,
      ...fragment(story.html),
      ...correctionsBlock(strings, atEnd, story.timeZone),
    ],
  };
  absoluteLinks(tree, story.url);
  return toHtml(sanitize(tree, FEED_SCHEMA));
}
