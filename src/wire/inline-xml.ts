/**
 * What a NewsML-G2 `inlineXML` holds, read by the namespace of its markup:
 * NITF (its namespace, or a bare `<nitf>`) by nitf.ts; XHTML (its namespace,
 * or HTML elements in none, as TT, Reuters and ANSA send them) as HTML, by
 * local name, as is markup that inherited the item's own NewsML-G2
 * namespace for want of one of its own; TT's own text markup (`<BODY>` with `RUBRIK`, `INGRESS`,
 * `BRODTEXT`, in no namespace) by its element names: its `INGRESS` is the
 * lead set apart (the standfirst, as TTNITF's `ingress`), its `BYLINE` the
 * byline (never its `EPOST` address), its `DAT` metadata, its `CITAT` a
 * paragraph opened by TT's quote dash. Every body goes
 * through markup.ts, so through the sanitiser. Anything else is
 * refused by name, naming its root element and namespace: SportsML and
 * EventsML are data, not story text, and other vendor XML is not a format
 * the desk knows.
 */
import { applyBody, blocksFromTree } from './markup.ts';
import { isNitf, readNitfBody } from './nitf.ts';
import { WireError, type WireStory } from './story.ts';
import { attr, childNodes, elements, hastOf, textOf, type DomElement } from './xml.ts';

const XHTML = 'http://www.w3.org/1999/xhtml';
const SPORTSML = /^http:\/\/iptc\.org\/std\/SportsML\//;
const NAR = 'http://iptc.org/std/nar/2006-10-01/';

/**
 * TT's text elements as the HTML markup.ts reads (a fact box's RUBRIK is a crosshead; the first, the headline, is dropped),
 * with the class that marks a byline where TT's element is one.
 */
const TT: Record<string, string | [string, string]> = {
  body: 'div',
  text: 'div',
  ingress: 'ingress',
  brodtext: 'div',
  citat: 'blockquote',
  mellis: 'h2',
  rubrik: 'h2',
  dat: 'head',
  byline: ['p', 'byline'],
  bild: 'figure',
};

export function readInlineXml(inlineXml: DomElement, story: WireStory): void {
  const markup = elements(inlineXml);
  const root = markup[0];
  const contentType = attr(inlineXml, 'contenttype');
  if (root === undefined) {
    if (textOf(inlineXml) !== undefined) throw new WireError('inlineXML holds text but no markup: it is not XML');
    return;
  }
  // Markup sent without its own namespace inherits the item's default one (NewsML-G2's): it is read by local name.
  const ns = root.namespaceURI === NAR && !/^events?$/.test(root.localName ?? '') ? null : root.namespaceURI;
  if (isNitf(root) || (ns === null && root.localName === 'nitf')) return readNitfBody(root, story);
  if (ns !== null && SPORTSML.test(ns))
    throw refused(root, contentType, 'SportsML (sports results and statistics), not story text');
  if (ns === NAR && /^events?$/.test(root.localName ?? ''))
    throw refused(root, contentType, 'events (EventsML-G2), not story text');
  if (root.localName === 'sports-content')
    throw refused(root, contentType, 'SportsML (sports results and statistics), not story text');
  if (ns !== null && ns !== XHTML) throw refused(root, contentType, 'vendor XML the desk does not read');
  const tt = ns === null && root.localName === 'BODY';
  const tree = hastOf(childNodes(inlineXml));
  applyBody(story, blocksFromTree(tt ? (renamed(tree, TT) as typeof tree) : tree, story.headline, tt));
}

function refused(root: DomElement, contentType: string | undefined, what: string): WireError {
  const ns = root.namespaceURI ? ` in namespace ${root.namespaceURI}` : ' in no namespace';
  const type = contentType ? ` (contenttype="${contentType}")` : '';
  return new WireError(`the item's inlineXML holds <${root.nodeName}>${ns}${type}: ${what}`);
}

type Hast = { type: string; tagName?: string; properties?: object; children?: Hast[] };

/** A hast tree with element names mapped, and a class where the map gives one (unmapped names kept, read as inline text). */
function renamed(node: Hast, names: Record<string, string | [string, string]>): Hast {
  const mapped = node.tagName === undefined ? undefined : (names[node.tagName] ?? node.tagName);
  const [tagName, className] = typeof mapped === 'string' ? [mapped] : (mapped ?? []);
  return {
    ...node,
    ...(tagName ? { tagName } : {}),
    ...(className ? { properties: { ...node.properties, className: [className] } } : {}),
    ...(node.children ? { children: node.children.map((c) => renamed(c, names)) } : {}),
  };
}
