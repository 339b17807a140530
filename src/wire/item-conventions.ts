/**
 * What the format readers leave to the agencies' conventions, read from the
 * item's metadata: its language, its bylines, more names of its sender (a
 * provider's code, a credit line, a copyright holder's literal), a place
 * given only as a literal, Reuters' editorial status (`edStat:C` marks a
 * correction), the agency's summary (never printed as the story). The item's language and place beat those its body gives (a
 * NITF body's `baselang` and dateline); its bylines come before the body's.
 * NewsML-G2 elements are read in NewsML-G2's namespace or, in an item sent
 * without it (TT), in none. A ninjs item that is not text (a picture, video,
 * audio, graphic, event) never reaches here: envelopes.ts names it.
 */
import { collapseSpace, type WireStory } from './story.ts';
import { elements, type DomElement, type DomNode } from './xml.ts';

const NAR = 'http://iptc.org/std/nar/2006-10-01/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const children = (parent: DomNode | undefined, name: string): DomElement[] =>
  elements(parent).filter((el) => (el.namespaceURI === NAR || el.namespaceURI === null) && el.localName === name);
const child = (parent: DomNode | undefined, name: string) => children(parent, name)[0];
const textOf = (el: DomNode | undefined) => (el ? collapseSpace(el.textContent ?? '').trim() || undefined : undefined);
const codeOf = (qcode: string | null | undefined) => qcode?.split(/[:/]/).at(-1) || undefined;
const defined = <T>(values: (T | undefined)[]): T[] => values.filter((v): v is T => v !== undefined);

/** A NewsML-G2 newsItem's conventions, into the story the reader made. */
export function readG2Conventions(item: DomElement, story: WireStory): void {
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  story.lang = child(contentMeta, 'language')?.getAttribute('tag') || item.getAttributeNS(XML_NS, 'lang') || story.lang;
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
  story.locatedIn = textOf(child(child(located, 'broader'), 'name')) ?? story.locatedIn;
  if (children(itemMeta, 'signal').some((signal) => signal.getAttribute('qcode') === 'edStat:C')) story.correction = true;
  story.summary = defined(children(contentMeta, 'description').map(textOf))[0];
}

type Json = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** A ninjs item's conventions (keys already lower-cased), into the story the reader made. */
export function readNinjsConventions(item: Json, story: WireStory): void {
  story.lang = str(item.language) ?? story.lang;
  const bylines = Array.isArray(item.bylines) ? item.bylines.map((b) => str((b as Json | null)?.byline)) : [];
  story.bylines.unshift(...defined([str(item.byline), ...bylines, str(item.by)]));
  const provider = typeof item.provider === 'object' && item.provider !== null ? (item.provider as Json).name : item.provider;
  story.agencyHints = [...defined([str(provider), str(item.source)]), ...story.agencyHints];
  const descriptions = Array.isArray(item.descriptions) ? item.descriptions.map((d) => str((d as Json | null)?.value)) : [];
  story.summary = defined([str(item.description_text), ...descriptions])[0];
}
