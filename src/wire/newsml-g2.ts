/**
 * IPTC NewsML-G2 text items: a `newsItem` whose `itemMeta` says what version
 * this is and whether it may be used, whose `contentMeta` holds the headline,
 * place and people, and whose `contentSet` carries the story as NITF or XHTML
 * in `inlineXML` (or plain text in `inlineData`). Read with @xmldom/xmldom, a
 * namespace-aware DOM parser: elements are matched by namespace and local
 * name, never by text patterns, whatever prefixes the sender uses.
 */
import { DOMParser, onErrorStopParsing, type Element as DomElement, type Node as DomNode } from '@xmldom/xmldom';
import type { Element, ElementContent } from 'hast';
import { g2Notes } from './editorial-notes.ts';
import { readG2Conventions } from './item-conventions.ts';
import { applyBody, blocksFromTree } from './markup.ts';
import { bodyFromText } from './plain-body.ts';
import { collapseSpace, emptyStory, WireError, type PubStatus, type WireStory } from './story.ts';

const NAR = 'http://iptc.org/std/nar/2006-10-01/';
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Parses XML, or says where it breaks: line, column and the parser's words. */
export function parseXml(xml: string): DomElement {
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml');
    if (!doc.documentElement) throw new WireError('malformed XML: there is no root element');
    return doc.documentElement;
  } catch (error) {
    if (error instanceof WireError) throw error;
    const { message, locator } = error as { message: string; locator?: { lineNumber?: number; columnNumber?: number } };
    const said = /^Reporting \w+ "(.*)" caused/s.exec(message)?.[1] ?? message;
    const line = locator?.lineNumber || undefined;
    const where = line === undefined ? '' : ` on line ${line}`;
    throw new WireError(`malformed XML${where}: ${said}`, { line, column: locator?.columnNumber || undefined });
  }
}

/** Whether the root is a NewsML-G2 newsItem. */
export const isNewsItem = (root: DomElement) => root.namespaceURI === NAR && root.localName === 'newsItem';

const elements = (node: DomNode | undefined): DomElement[] =>
  node ? [...(node.childNodes as unknown as DomNode[])].filter((n): n is DomElement => n.nodeType === ELEMENT) : [];
const all = (parent: DomNode | undefined, name: string) =>
  elements(parent).filter((el) => el.namespaceURI === NAR && el.localName === name);
const first = (parent: DomNode | undefined, name: string) => all(parent, name)[0];
const textOf = (el: DomNode | undefined): string | undefined => {
  const value = el ? collapseSpace(el.textContent ?? '').trim() : '';
  return value === '' ? undefined : value;
};
/** A QCode's code ("stat:canceled" → "canceled"), or a URI's last segment. */
const codeOf = (el: DomElement | undefined): string | undefined =>
  (el?.getAttribute('qcode') ?? el?.getAttribute('uri') ?? undefined)?.split(/[:/]/).at(-1) || undefined;
const nameOrCode = (el: DomElement | undefined) => textOf(first(el, 'name')) ?? el?.getAttribute('literal') ?? codeOf(el);

export function readNewsMlG2(item: DomElement): WireStory {
  const story = emptyStory('IPTC NewsML-G2');
  const itemMeta = first(item, 'itemMeta');
  const contentMeta = first(item, 'contentMeta');
  const itemClass = codeOf(first(itemMeta, 'itemClass'));
  if (itemClass !== undefined && itemClass !== 'text') {
    throw new WireError(`itemMeta/itemClass: this is a "${itemClass}" item; only text items are stories to import`);
  }
  story.itemId = item.getAttribute('guid') || undefined;
  const version = item.getAttribute('version');
  if (version) {
    story.version = Number(version);
    if (!Number.isInteger(story.version) || story.version < 0) {
      throw new WireError(`newsItem/@version: "${version}" is not a whole number`);
    }
  }
  story.versionCreated = textOf(first(itemMeta, 'versionCreated'));
  story.firstCreated = textOf(first(itemMeta, 'firstCreated')) ?? textOf(first(contentMeta, 'contentCreated'));
  story.pubStatus = pubStatus(codeOf(first(itemMeta, 'pubStatus')));
  const embargo = first(itemMeta, 'embargoed');
  if (embargo) story.embargoed = textOf(embargo) ?? '';
  story.edNotes = g2Notes(itemMeta);
  story.correction = all(itemMeta, 'signal').some((signal) => codeOf(signal) === 'correction');
  story.agencyHints = [
    nameOrCode(first(itemMeta, 'provider')),
    textOf(first(first(first(item, 'rightsInfo'), 'copyrightHolder'), 'name')),
    ...all(contentMeta, 'creator').map(nameOrCode),
    ...all(contentMeta, 'infoSource').map(nameOrCode),
  ].filter((hint): hint is string => hint !== undefined);
  story.located = textOf(first(first(contentMeta, 'located'), 'name'));
  story.dateline = textOf(first(contentMeta, 'dateline'));
  story.people = all(contentMeta, 'subject')
    .filter((subject) => subject.getAttribute('type') === 'cpnat:person')
    .map((subject) => textOf(first(subject, 'name')))
    .filter((name): name is string => name !== undefined)
    .map((name) => ({ name }));
  story.headline = textOf(first(contentMeta, 'headline'));
  readContent(first(item, 'contentSet'), story);
  readG2Conventions(item, story);
  return story;
}

function pubStatus(code: string | undefined): PubStatus {
  if (code === undefined || code === 'usable' || code === 'withheld' || code === 'canceled') return code ?? 'usable';
  throw new WireError(`itemMeta/pubStatus: "${code}" is not one of stat:usable, stat:withheld, stat:canceled`);
}

/** The story from `inlineXML` (NITF or XHTML), else `inlineData` as plain text. */
function readContent(contentSet: DomElement | undefined, story: WireStory): void {
  const inlineXml = first(contentSet, 'inlineXML');
  const markup = elements(inlineXml)[0];
  if (markup) {
    const tree = toHast(markup) as Element;
    story.headline ??= textOf(findLocal(markup, 'hl1'));
    applyBody(story, blocksFromTree({ type: 'root', children: [tree] }, story.headline));
    return;
  }
  const data = first(contentSet, 'inlineData');
  if (data) applyBody(story, bodyFromText(data.textContent ?? '', story.headline));
}

/** The first descendant with this local name, in any namespace (NITF's hedline/hl1). */
function findLocal(node: DomElement, name: string): DomElement | undefined {
  for (const child of elements(node)) {
    if (child.localName === name) return child;
    const found = findLocal(child, name);
    if (found) return found;
  }
  return undefined;
}

/** The DOM of the inline body as a hast tree, elements by local name, for markup.ts. */
function toHast(node: DomNode): ElementContent | undefined {
  if (node.nodeType === TEXT || node.nodeType === CDATA) return { type: 'text', value: node.nodeValue ?? '' };
  if (node.nodeType !== ELEMENT) return undefined;
  const el = node as DomElement;
  const href = el.getAttribute('href');
  const className = el.getAttribute('class')?.split(/\s+/);
  return {
    type: 'element',
    tagName: (el.localName ?? el.nodeName).toLowerCase(),
    properties: { ...(href ? { href } : {}), ...(className ? { className } : {}) },
    children: [...(el.childNodes as unknown as DomNode[])].map(toHast).filter((c): c is ElementContent => c !== undefined),
  };
}
