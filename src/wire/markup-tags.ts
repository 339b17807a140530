/**
 * The element names the desk reads in story markup (HTML, XHTML, NITF, TT's
 * TTNITF), and what each is to it: a container or block, a crosshead, not
 * story text (left out and named), or metadata (never shown). Elements not
 * named here are inline: their text is kept in place. The body sanitiser
 * (sanitise.ts) keeps exactly these and the inline ones it knows, so nothing
 * the desk reads is lost and nothing else is trusted.
 */

/** Containers and blocks: their children are read as blocks. */
export const BLOCK = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'div',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'pre',
  'address',
  'p',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  // NITF
  'nitf',
  'body.content',
  'block',
  'bq',
  'hl1',
  'hl2',
  // TT's TTNITF (read in lower case)
  'text',
  'rubrik',
  'mellanrubrik',
  'ingress',
]);
export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hl1', 'hl2', 'rubrik', 'mellanrubrik']);
/** Not story text: skipped, and named in `leftOut` when it held anything. */
export const NOT_TEXT: Record<string, string> = {
  figure: 'a picture',
  img: 'a picture',
  picture: 'a picture',
  video: 'a video',
  audio: 'an audio clip',
  iframe: 'an embed',
  object: 'an embed',
  table: 'a table',
  media: 'a media object (NITF)',
  'body.end': 'the NITF body.end (tagline, bibliography)',
};
/**
 * Metadata the reader takes elsewhere (headline, byline, dateline), or never
 * text: dpa's XHTML `<header>` (slugline list, time, genre, headline, byline),
 * TT's dateline block (`dat`: vignette and source), NITF's `body.head`.
 */
export const SILENT = new Set(['head', 'title', 'meta', 'link', 'body.head', 'hr', 'header', 'dat']);
/** Inline markup the desk turns into Markdown or keeps the text of. */
export const INLINE = [
  ...['a', 'em', 'i', 'strong', 'b', 'br', 'q', 'span', 'abbr', 'cite', 'sub', 'sup', 'small', 'mark', 'u', 's'],
  ...['del', 'ins', 'time', 'code', 'kbd', 'bdi', 'bdo', 'wbr', 'font', 'dfn', 'var', 'samp', 'label'],
  // NITF's enriched text, STT's en dash
  ...['person', 'org', 'location', 'chron', 'num', 'money', 'event', 'function', 'object.title', 'virtloc'],
  ...['postaddr', 'copyrite', 'lang', 'pronounce', 'classifier', 'city', 'state', 'country', 'region', 'endash'],
];
/** Classes that mark metadata in the body: TT's dateline block (`div.dat`), dpa's slugline list and genre. */
export const META_CLASS = /^(?:dat|slugline|genre)$/;
/** Classes that mark what is not for publication (dpa's notepad and its `np-nonpublic` section): removed with its text. */
export const NONPUBLIC_CLASS = /^(?:np-nonpublic|np-constraint|notepad)$/;
/** Classes that mark a lead set apart from the body: dpa's teaser, a lead, an ingress. */
export const LEAD_CLASS = /^(?:teaser|lead|ingress|preamble|standfirst|summary)$/;
