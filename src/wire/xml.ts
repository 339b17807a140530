/**
 * XML for the readers of the XML formats (NewsML-G2, NewsML 1.2, NITF):
 * parsed by @xmldom/xmldom, a namespace-aware DOM parser, after the limits
 * (limits.ts) and with DTD entities refused rather than expanded (HTML's
 * named entities, `&auml;`, which NITF and XHTML bodies sent without their
 * DTD use, are read as the characters they name, and so is the one
 * entity of an agency's own the desk knows: TT's `&tstr;`, its "tankstreck",
 * the Swedish dash that opens a quotation, which TT's own plain-text
 * rendering of the same item writes as `–`, U+2013); elements
 * matched by namespace and local name, never by text patterns; and a body
 * turned into a hast tree by local name for markup.ts.
 */
import { DOMParser, onErrorStopParsing, type Element as DomElement, type Node as DomNode } from '@xmldom/xmldom';
import { HTML_ENTITIES } from '@xmldom/xmldom/lib/entities.js';
import type { ElementContent } from 'hast';
import { checkXmlDepth } from './limits.ts';
import { collapseSpace, WireError } from './story.ts';

export type { DomElement, DomNode };

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Parses XML, or says where it breaks: line, column and the parser's words. */
export function parseXml(xml: string): DomElement {
  refuseEntities(xml);
  let root: DomElement;
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(htmlEntities(xml), 'text/xml');
    if (!doc.documentElement) throw new WireError('malformed XML: there is no root element');
    root = doc.documentElement;
  } catch (error) {
    if (error instanceof WireError) throw error;
    const { message, locator } = error as { message: string; locator?: { lineNumber?: number; columnNumber?: number } };
    const reported = /^Reporting \w+ "(.*)" caused/s.exec(message)?.[1] ?? message;
    const entity = /^entity not found:\s*&?([^;\s]+);?/.exec(reported)?.[1];
    const said = entity
      ? `the entity &${entity}; is neither XML's nor HTML's, and the file does not declare it (ask the agency to resend the item with the text written out)`
      : reported;
    const line = locator?.lineNumber || undefined;
    const where = line === undefined ? '' : ` on line ${line}`;
    throw new WireError(`malformed XML${where}: ${said}`, { line, column: locator?.columnNumber || undefined });
  }
  checkXmlDepth(root);
  return root;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Entities agencies use without declaring them, and the characters their own plain text writes for them. */
const AGENCY_ENTITIES: Record<string, string> = { tstr: '\u2013' };

/** HTML's and the agencies' named entities as character references (`&auml;` → `&#228;`); XML's own five and unknown names are left to the parser. */
function htmlEntities(xml: string): string {
  return xml.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (reference, name: string) => {
    const value = XML_ENTITIES.has(name) ? undefined : (HTML_ENTITIES[name] ?? AGENCY_ENTITIES[name]);
    return value === undefined ? reference : [...value].map((c) => `&#${c.codePointAt(0)};`).join('');
  });
}

/** Entities a DOCTYPE declares itself are not expanded (they can multiply a file a billionfold): refused by name. */
function refuseEntities(xml: string): void {
  const prolog = /^[\s\S]*?<!DOCTYPE\s[^[>]*\[([\s\S]*?)\]\s*>/.exec(xml.slice(0, 65536))?.[1];
  const entity = prolog === undefined ? undefined : /<!ENTITY\s+(?:%\s+)?([^\s>]+)/.exec(prolog)?.[1];
  if (entity !== undefined) {
    throw new WireError(
      `the XML declares its own entities in its DOCTYPE (<!ENTITY ${entity} …>); the desk does not expand DTD entities: ` +
        'ask the agency to resend the item with the text written out',
    );
  }
}

export const elements = (node: DomNode | undefined): DomElement[] =>
  node ? [...(node.childNodes as unknown as DomNode[])].filter((n): n is DomElement => n.nodeType === ELEMENT) : [];

/** Child elements by local name, in any namespace or none. */
export const childrenNamed = (parent: DomNode | undefined, name: string) =>
  elements(parent).filter((el) => el.localName === name);
export const childNamed = (parent: DomNode | undefined, name: string) => childrenNamed(parent, name)[0];

/** An element's text, white space collapsed; undefined when it has none. */
export const textOf = (el: DomNode | undefined): string | undefined => {
  const value = el ? collapseSpace(el.textContent ?? '').trim() : '';
  return value === '' ? undefined : value;
};

/** An attribute's value, trimmed; undefined when absent or empty. */
export const attr = (el: DomElement | undefined, name: string): string | undefined => el?.getAttribute(name)?.trim() || undefined;

/** The first descendant with this local name, in any namespace (NITF's hedline/hl1). */
export function findLocal(node: DomElement | undefined, name: string): DomElement | undefined {
  for (const child of elements(node)) {
    if (child.localName === name) return child;
    const found = findLocal(child, name);
    if (found) return found;
  }
  return undefined;
}

/** Every descendant with this local name, in document order. */
export function findAllLocal(node: DomElement | undefined, name: string): DomElement[] {
  return elements(node).flatMap((child) => [...(child.localName === name ? [child] : []), ...findAllLocal(child, name)]);
}

/** The DOM of a body as a hast tree, elements by local name, for markup.ts. */
export function toHast(node: DomNode): ElementContent | undefined {
  if (node.nodeType === TEXT || node.nodeType === CDATA) return { type: 'text', value: node.nodeValue ?? '' };
  if (node.nodeType !== ELEMENT) return undefined;
  const el = node as DomElement;
  const href = el.getAttribute('href');
  // The class marks metadata and leads (markup-tags.ts: dpa's header, teaser, byline); the sanitiser keeps only it and href.
  const className = el.getAttribute('class')?.split(/\s+/).filter(Boolean);
  return {
    type: 'element',
    tagName: (el.localName ?? el.nodeName).toLowerCase(),
    properties: { ...(href ? { href } : {}), ...(className?.length ? { className } : {}) },
    children: [...(el.childNodes as unknown as DomNode[])].map(toHast).filter((c): c is ElementContent => c !== undefined),
  };
}

/** Several DOM nodes (an inlineXML's or a DataContent's children) as one hast container. */
export function hastOf(nodes: DomNode[]): { type: 'root'; children: ElementContent[] } {
  return { type: 'root', children: nodes.map(toHast).filter((c): c is ElementContent => c !== undefined) };
}

export const childNodes = (node: DomNode | undefined): DomNode[] => (node ? [...(node.childNodes as unknown as DomNode[])] : []);

/**
 * A timestamp as ISO 8601 extended, which Date reads: NITF's and NewsML 1.2's
 * basic form ("20140829T134951+0000", "20190121T102708") is spelled out;
 * anything else is returned as it is, for the desk to judge.
 */
export function isoStamp(value: string | undefined): string | undefined {
  const basic = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value?.trim() ?? '');
  if (!basic) return value?.trim() || undefined;
  const [, y, mo, d, h, mi, s, zone] = basic;
  if (h === undefined) return `${y}-${mo}-${d}`;
  const offset = zone === undefined || zone === 'Z' ? (zone ?? '') : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`;
}
