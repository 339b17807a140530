/**
 * IPTC NewsML-G2 text items: a `newsItem` whose `itemMeta` says what version
 * this is and whether it may be used, whose `contentMeta` holds the headline,
 * place and people, and whose `contentSet` carries the story in `inlineXML`
 * (or plain text in `inlineData`). Elements are matched by namespace and
 * local name (xml.ts), whatever prefixes the sender uses; an item sent
 * without the namespace but declaring `standard="NewsML-G2"` (as TT sends
 * it) is read alike. What `inlineXML` holds is read by its namespace
 * (inline-xml.ts). Other items (pictures, packages, concepts, planning) are
 * named by news-message.ts, which also opens the `newsMessage` envelope.
 */
import { g2Notes } from './editorial-notes.ts';
import { readInlineXml } from './inline-xml.ts';
import { readG2Conventions } from './item-conventions.ts';
import { applyBody, blocksFromHtml } from './markup.ts';
import { bodyFromText } from './plain-body.ts';
import { emptyStory, WireError, type PubStatus, type WireStory } from './story.ts';
import { attr, elements, textOf, type DomElement, type DomNode } from './xml.ts';

export const NAR = 'http://iptc.org/std/nar/2006-10-01/';

/** A NewsML-G2 element: in the NAR namespace, or in none (an item sent without it). */
const inG2 = (el: DomElement) => el.namespaceURI === NAR || el.namespaceURI === null;
const all = (parent: DomNode | undefined, name: string) => elements(parent).filter((el) => inG2(el) && el.localName === name);
const first = (parent: DomNode | undefined, name: string) => all(parent, name)[0];
/** A QCode's code ("stat:canceled" → "canceled"), or a URI's last segment. */
const codeOf = (el: DomElement | undefined): string | undefined =>
  (el?.getAttribute('qcode') ?? el?.getAttribute('uri') ?? undefined)?.split(/[:/]/).at(-1) || undefined;
const nameOrCode = (el: DomElement | undefined) => textOf(first(el, 'name')) ?? el?.getAttribute('literal') ?? codeOf(el);

/** The item's class as sent ("ninat:picture"), when it is not a text item. */
export function nonTextClass(item: DomElement): string | undefined {
  const itemClass = first(first(item, 'itemMeta'), 'itemClass');
  const code = codeOf(itemClass);
  return code === undefined || code === 'text' ? undefined : (attr(itemClass, 'qcode') ?? code);
}

/** A `located` given only by a code that is the city's name in a `city:` scheme ("city:Philadelphia", as IPTC's examples write it). */
const cityCode = (located: DomElement | undefined): string | undefined =>
  /^city:(\p{L}[\p{L}\p{M} .'-]*)$/u.exec(attr(located, 'qcode') ?? '')?.[1];

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
  const located = first(contentMeta, 'located');
  story.located = textOf(first(located, 'name')) ?? attr(located, 'literal') ?? cityCode(located);
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

/** The story from the first `inlineXML` (inline-xml.ts), else `inlineData`; refused when the text is only remote. */
function readContent(contentSet: DomElement | undefined, story: WireStory): void {
  const inlineXml = first(contentSet, 'inlineXML');
  if (inlineXml) return readInlineXml(inlineXml, story);
  const data = first(contentSet, 'inlineData');
  if (data) {
    const text = data.textContent ?? '';
    const html = /html/i.test(attr(data, 'contenttype') ?? '');
    return applyBody(story, html ? blocksFromHtml(text, story.headline) : bodyFromText(text, story.headline));
  }
  const remote = first(contentSet, 'remoteContent');
  if (remote) {
    throw new WireError(
      `the story's text is not in the item: its contentSet points to remoteContent (href="${attr(remote, 'href') ?? ''}"); ` +
        'fetch that file and import it',
    );
  }
}
