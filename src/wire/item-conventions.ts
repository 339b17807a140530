/**
 * What the format readers leave to the agencies' conventions, read from the
 * item's metadata: its language, its bylines, more names of its sender (a
 * provider's code, a credit line, a copyright holder's literal), a place
 * given only as a literal, Reuters' editorial status (`edStat:C` marks a
 * correction), and, in ninjs, the item's type: a picture, video, audio or
 * graphic item is never a story to import.
 */
import type { Element as DomElement, Node as DomNode } from '@xmldom/xmldom';
import { collapseSpace, WireError, type WireStory } from './story.ts';

const NAR = 'http://iptc.org/std/nar/2006-10-01/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const children = (parent: DomNode | undefined, name: string): DomElement[] =>
  parent
    ? [...(parent.childNodes as unknown as DomNode[])].filter(
        (n): n is DomElement =>
          n.nodeType === 1 && (n as DomElement).namespaceURI === NAR && (n as DomElement).localName === name,
      )
    : [];
const child = (parent: DomNode | undefined, name: string) => children(parent, name)[0];
const textOf = (el: DomNode | undefined) => (el ? collapseSpace(el.textContent ?? '').trim() || undefined : undefined);
const codeOf = (qcode: string | null | undefined) => qcode?.split(/[:/]/).at(-1) || undefined;
const defined = <T>(values: (T | undefined)[]): T[] => values.filter((v): v is T => v !== undefined);

/** A NewsML-G2 newsItem's conventions, into the story the reader made. */
export function readG2Conventions(item: DomElement, story: WireStory): void {
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  story.lang = child(contentMeta, 'language')?.getAttribute('tag') || item.getAttributeNS(XML_NS, 'lang') || undefined;
  story.bylines.unshift(...defined(children(contentMeta, 'by').map(textOf)));
  const provider = child(itemMeta, 'provider');
  const holder = child(child(item, 'rightsInfo'), 'copyrightHolder');
  const hints = [
    ...defined([codeOf(provider?.getAttribute('qcode')), provider?.getAttribute('literal') ?? undefined]),
    ...story.agencyHints,
    ...defined([textOf(child(contentMeta, 'creditline')), holder?.getAttribute('literal') ?? undefined]),
    ...defined([codeOf(holder?.getAttribute('qcode'))]),
  ];
  story.agencyHints = [...new Set(hints)];
  const located = child(contentMeta, 'located');
  story.located ??= located?.getAttribute('literal') || undefined;
  story.locatedIn = textOf(child(child(located, 'broader'), 'name'));
  if (children(itemMeta, 'signal').some((signal) => signal.getAttribute('qcode') === 'edStat:C')) story.correction = true;
}

type Json = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

const NOT_STORIES = new Set(['picture', 'video', 'audio', 'graphic']);

/** A ninjs item's conventions (keys already lower-cased), into the story the reader made. */
export function readNinjsConventions(item: Json, story: WireStory): void {
  const type = str(item.type)?.toLowerCase();
  if (type !== undefined && NOT_STORIES.has(type)) {
    throw new WireError(`type: this is a "${type}" item; only text items are stories to import`);
  }
  story.lang = str(item.language);
  const bylines = Array.isArray(item.bylines) ? item.bylines.map((b) => str((b as Json | null)?.byline)) : [];
  story.bylines.unshift(...defined([str(item.byline), ...bylines, str(item.by)]));
  const provider = typeof item.provider === 'object' && item.provider !== null ? (item.provider as Json).name : item.provider;
  story.agencyHints = [...defined([str(provider), str(item.source)]), ...story.agencyHints];
}
