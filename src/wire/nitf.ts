/**
 * IPTC NITF 3.x (News Industry Text Format), as agencies send it bare (AP,
 * AAP, EFE, PA, NTB: a `<nitf>` root, with or without NITF's namespace) and
 * inside the other containers (NewsML-G2 `inlineXML`, NewsML 1.2
 * `DataContent`, ninjs `body_nitf`). The story is `body.content`, read by
 * markup.ts (so sanitised); the headline is `hedline/hl1` (else
 * `head/title`); `body.head` gives the bylines (`byline`, its `byttl` the
 * writer's role), the dateline (its `location`/`city` the place, its
 * `country`, `state` or `region` the region) and the agency (`distributor`,
 * `rights.owner`, and `docdata`'s copyright holder, `doc-id/@regsrc` and
 * `del-list/from-src/@src-name`, PA's "PA" beside its "PA Sport"); the language is the root's `baselang` or an `xml:lang`.
 * `docdata` holds the id (`doc-id`), the version (`du-key/@version`), the
 * times (`date.issue`, `date.release` as the embargo), the status
 * (`@management-status`) and the editorial notes (`ed-msg`), which are for
 * editors: never shown unless their `msg-type` marks them public
 * (editorial-notes.ts). NITF has no person entities.
 */
import { nitfNotes } from './editorial-notes.ts';
import { applyBody, blocksFromTree } from './markup.ts';
import { collapseSpace, emptyStory, WireError, type PubStatus, type WireStory } from './story.ts';
import { attr, childNamed, childNodes, findAllLocal, findLocal, isoStamp, textOf, toHast } from './xml.ts';
import type { DomElement, DomNode } from './xml.ts';

export const NITF_NAMESPACE = 'http://iptc.org/std/NITF/2006-10-18/';

/** A `<nitf>` element: NITF's namespace, or none (most agencies send it without). */
export const isNitf = (el: DomElement | undefined): boolean =>
  el?.localName === 'nitf' && (el.namespaceURI === null || el.namespaceURI === NITF_NAMESPACE);

export function readNitf(nitf: DomElement, format = 'IPTC NITF'): WireStory {
  const story = emptyStory(format);
  const head = childNamed(nitf, 'head');
  const docdata = childNamed(head, 'docdata');
  const bodyHead = childNamed(childNamed(nitf, 'body'), 'body.head');
  story.itemId = attr(childNamed(docdata, 'doc-id'), 'id-string');
  story.version = version(attr(childNamed(docdata, 'du-key'), 'version'));
  story.versionCreated = isoStamp(attr(childNamed(docdata, 'date.issue'), 'norm'));
  const dateline = childNamed(bodyHead, 'dateline');
  story.firstCreated = isoStamp(attr(childNamed(dateline, 'story.date'), 'norm')) ?? story.versionCreated;
  const release = isoStamp(attr(childNamed(docdata, 'date.release'), 'norm'));
  story.pubStatus = pubStatus(attr(docdata, 'management-status'));
  // date.release is when the item may be used: an embargo, when it is still to come.
  story.embargoed = release ?? (attr(docdata, 'management-status') === 'embargoed' ? '' : undefined);
  story.edNotes = nitfNotes(docdata);
  story.agencyHints = [
    attr(childNamed(docdata, 'doc.copyright'), 'holder'),
    textOf(childNamed(bodyHead, 'distributor')),
    textOf(childNamed(childNamed(bodyHead, 'rights'), 'rights.owner')),
    attr(childNamed(docdata, 'doc-id'), 'regsrc'),
    attr(childNamed(childNamed(docdata, 'del-list'), 'from-src'), 'src-name'),
  ].filter((hint): hint is string => hint !== undefined);
  story.headline = textOf(findLocal(childNamed(bodyHead, 'hedline'), 'hl1')) ?? textOf(childNamed(head, 'title'));
  readNitfBody(nitf, story);
  return story;
}

/**
 * The story text of a `<nitf>`, into a story another container may have begun:
 * its body (markup.ts leaves out the head, body.head and body.end, saying so),
 * and what `body.head` and the root say that the story does not have yet.
 */
export function readNitfBody(nitf: DomElement, story: WireStory): void {
  story.headline ??= textOf(findLocal(nitf, 'hl1'));
  const body = childNamed(nitf, 'body');
  const bodyHead = childNamed(body, 'body.head');
  const dateline = childNamed(bodyHead, 'dateline');
  const location = childNamed(dateline, 'location');
  if (story.located === undefined) {
    story.located = textOf(findLocal(location, 'city')) ?? textOf(location);
    story.locatedIn = ['country', 'state', 'region'].map((name) => textOf(findLocal(location, name))).find(Boolean);
  }
  story.dateline ??= datelineText(dateline);
  story.lang ??= attr(nitf, 'baselang') ?? attr(nitf, 'xml:lang') ?? attr(body, 'xml:lang');
  story.bylines.push(
    ...findAllLocal(bodyHead, 'byline')
      .map(bylineText)
      .filter((b): b is string => b !== undefined),
  );
  applyBody(story, blocksFromTree({ type: 'root', children: [toHast(nitf)!] }, story.headline));
}

/** A `byline` as one line: its person, and its title (`byttl`) after a comma ("By BERNARD CONDON, AP Business Writer"). */
function bylineText(byline: DomElement): string | undefined {
  const words = childNodes(byline).map((node: DomNode) => {
    if (node.nodeType !== 1) return node.nodeType === 8 ? '' : (node.nodeValue ?? '');
    const text = ` ${node.textContent ?? ''} `;
    return (node as DomElement).localName === 'byttl' ? `, ${text}` : text;
  });
  return (
    collapseSpace(words.join(''))
      .replace(/\s*,(\s*,)*\s*/g, ', ')
      .replace(/^[\s,]+|[\s,]+$/g, '') || undefined
  );
}

/** The dateline's words without the story's date ("Oslo"; "NEW YORK"). */
function datelineText(dateline: DomElement | undefined): string | undefined {
  const words = childNodes(dateline)
    .filter((node: DomNode) => !(node.nodeType === 1 && (node as DomElement).localName === 'story.date'))
    .map((node) => (node.nodeType === 8 ? '' : (node.textContent ?? '')))
    .join(' ');
  return collapseSpace(words).trim() || undefined;
}

function version(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new WireError(`docdata/du-key/@version: "${value}" is not a whole number`);
  return number;
}

function pubStatus(status: string | undefined): PubStatus {
  const code = status?.toLowerCase() ?? 'usable';
  if (code === 'usable' || code === 'embargoed') return 'usable';
  if (code === 'withheld' || code === 'canceled') return code;
  throw new WireError(`docdata/@management-status: "${status}" is not one of usable, embargoed, withheld, canceled`);
}
