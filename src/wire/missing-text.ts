/**
 * An item without its story text is refused, and the refusal says which
 * field of the item's format is missing and what to do: the desk never
 * publishes an agency's summary, a byline or a crosshead as the story, and
 * the remedy is the agency's, the item resent with what it lacks. An item
 * with its text but no headline (a flash) is imported as a draft without a
 * title, which cannot be published until the editor writes the headline:
 * the desk never writes one of its own, and its review note names the field
 * the item lacks.
 */
import { WireError, type WireStory } from './story.ts';

/** Where each format keeps the headline and the story text, as its standard names them. */
const FIELDS: [RegExp, { headline: string; body: string }][] = [
  [/ninjs 1\./, { headline: '`headline`', body: 'a `body_text`, `body_html` or other `body_*`' }],
  [/ninjs/, { headline: '`headlines` (role "main")', body: '`bodies`' }],
  [/NewsML-G2/, { headline: '`<headline>` in `contentMeta`', body: '`<inlineXML>` or `<inlineData>` in `contentSet`' }],
  [/NewsML 1/, { headline: '`HeadLine` in `NewsLines`', body: 'a `ContentItem` with `DataContent`' }],
  [/NITF/, { headline: '`hl1` in `body.head/hedline`', body: '`body.content`' }],
  [/RBNews/, { headline: '`<headline>`, which a flash leaves empty', body: '`<content>`' }],
  [/7901/, { headline: 'heading line marked " =" (Kyodo: a final "+")', body: 'the lines after its heading' }],
];

const fields = (format: string) => FIELDS.find(([pattern]) => pattern.test(format))?.[1];

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

export function noHeadline(story: WireStory): WireError {
  const field = fields(story.format)?.headline;
  return new WireError(
    `no headline: the ${story.format} item has ${field ? `no ${field}` : 'none'}; ` +
      "the page's headline is the agency's, and the desk never writes one: ask the agency to resend the item with its headline",
  );
}

/** The review note above a headline-less draft: what the item lacks, and that the editor writes it. */
export function headlineReview(story: WireStory): string {
  const field = fields(story.format)?.headline;
  return (
    ` REVIEW: the ${story.format} item has no headline${field ? ` (${field})` : ''}, and the desk never writes one.` +
    ' Write the headline as title: "…" before publishing (npm run check says the draft has none until then).'
  );
}

/**
 * No story text, saying what the item held instead: its summary, or only
 * what the desk took off the head of the body (the byline, a lead, a note).
 */
export function noBody(story: WireStory, heldOnly: string[]): WireError {
  const field = fields(story.format)?.body;
  const held = [...(story.summary ? [`a summary of ${words(story.summary)} words`] : []), ...heldOnly];
  const list = held.length > 1 ? `${held.slice(0, -1).join(', ')} and ${held.at(-1)}` : held[0];
  return new WireError(
    `no body: the ${story.format} item has no story text${field ? ` in ${field}` : ''}` +
      (list ? `; it has only ${list}, which ${held.length > 1 ? 'are' : 'is'} not the story` : '') +
      ': ask the agency to resend the item with its text',
  );
}
