/**
 * IPTC NewsML 1.2, AFP's long-standing delivery format (also ANP's, EFE's,
 * Belga's, TASS's and Business Wire's): a `<NewsML>` root, in no namespace,
 * whose `NewsItem`s each become an article. A NewsItem's
 * `Identification/NewsIdentifier` gives the id (ProviderId, DateId and
 * NewsItemId, as urn:newsml:…) and the version (`RevisionId`);
 * `NewsManagement` the times and `Status`; its `NewsComponent` tree the
 * `NewsLines` (HeadLine, DateLine, ByLine and ByLineTitle, the `NewsLine`s,
 * which are notes to editors, never shown unless their type marks them public:
 * editorial-notes.ts), the provider, the place (`Location`'s City, its Country
 * the region), the language (`Language`, else `xml:lang`) and the
 * `ContentItem`s whose `DataContent` holds the story: NITF (nitf.ts), XHTML,
 * bare paragraphs or plain text, each read by markup.ts or plain-body.ts (so
 * sanitised). Of alternatives (`BasisForChoice`, or
 * components in several languages) the first is read and the others named.
 * Where roles say which component is the body (Body, Main, Lead), only those
 * are; pictures and other media are named as left out.
 */
import { newsMl1Notes } from './editorial-notes.ts';
import { blocksFromHtml, blocksFromTree, type MarkupBody } from './markup.ts';
import { isNitf, readNitf } from './nitf.ts';
import { bodyFromText } from './plain-body.ts';
import { emptyStory, WireError, type PubStatus, type WireStory } from './story.ts';
import { inItem, withStories, type WireFile } from './wire-file.ts';
import { attr, childNamed as child, childNodes, childrenNamed as children, elements, hastOf, isoStamp, textOf } from './xml.ts';
import type { DomElement } from './xml.ts';

export const isNewsMl1 = (root: DomElement) => root.localName === 'NewsML' && root.namespaceURI === null;

const formal = (el: DomElement | undefined) => attr(el, 'FormalName');
const BODY_ROLES = new Set(['lead', 'body', 'main']);
const NOT_BODY_ROLES = new Set(['title', 'headline', 'stylesheet', 'logo', 'contact', 'caption', 'byline']);

export function readNewsMl1(root: DomElement): WireFile {
  const file: WireFile = { container: 'IPTC NewsML 1.2', stories: [], skipped: [] };
  const items = children(root, 'NewsItem');
  items.forEach((item, index) => {
    const type = formal(child(child(item, 'NewsManagement'), 'NewsItemType'));
    if (type !== undefined && type.toLowerCase() !== 'news') {
      return void file.skipped.push(`a NewsML 1.2 NewsItem of type ${type} (not a news story)`);
    }
    try {
      file.stories.push(readItem(item));
    } catch (error) {
      throw inItem(error, index, items.length, undefined);
    }
  });
  return withStories(file);
}

interface Part {
  item: DomElement;
  role: string | undefined;
}

function readItem(item: DomElement): WireStory {
  const story = emptyStory('IPTC NewsML 1.2');
  const identifier = child(child(item, 'Identification'), 'NewsIdentifier');
  const [provider, day, id] = ['ProviderId', 'DateId', 'NewsItemId'].map((name) => textOf(child(identifier, name)));
  if (provider && id) story.itemId = `urn:newsml:${provider}:${day ?? ''}:${id}`;
  const revision = textOf(child(identifier, 'RevisionId'));
  if (revision !== undefined) {
    const version = Number(revision);
    if (!Number.isInteger(version) || version < 0)
      throw new WireError(`NewsIdentifier/RevisionId: "${revision}" is not a whole number`);
    if (version > 0) story.version = version;
  }
  const management = child(item, 'NewsManagement');
  story.firstCreated = isoStamp(textOf(child(management, 'FirstCreated')));
  story.versionCreated = isoStamp(textOf(child(management, 'ThisRevisionCreated')));
  const status = formal(child(management, 'Status'))?.toLowerCase();
  story.pubStatus = pubStatus(status);
  if (status === 'embargoed') {
    story.embargoed = isoStamp(textOf(child(child(management, 'StatusWillChange'), 'DateAndTimeOfChange'))) ?? '';
  }
  story.agencyHints = provider ? [provider] : [];
  const parts: Part[] = [];
  for (const component of children(item, 'NewsComponent')) walk(component, undefined, story, parts);
  story.lang ??= attr(item, 'xml:lang');
  readParts(parts, story);
  return story;
}

/** One component: its lines and metadata fill what is still missing; its content items and sub-components follow. */
function walk(component: DomElement, inherited: string | undefined, story: WireStory, parts: Part[]): void {
  const lines = child(component, 'NewsLines');
  story.headline ??= textOf(child(lines, 'HeadLine'));
  story.dateline ??= textOf(child(lines, 'DateLine'));
  story.edNotes.push(...newsMl1Notes(lines));
  const byline = textOf(child(lines, 'ByLine'));
  const title = textOf(child(lines, 'ByLineTitle'));
  if (byline !== undefined) story.bylines.push(title === undefined ? byline : `${byline}, ${title}`);
  const admin = child(component, 'AdministrativeMetadata');
  story.agencyHints.push(
    ...[textOf(child(lines, 'CreditLine')), textOf(child(lines, 'CopyrightLine'))].filter((h): h is string => h !== undefined),
    ...['Provider', 'Source']
      .flatMap((name) => children(child(admin, name), 'Party').map(formal))
      .filter((h): h is string => !!h),
  );
  const descriptive = child(component, 'DescriptiveMetadata');
  // The metadata's language, else the component's xml:lang, else the item's, else the NITF's.
  story.lang ??= formal(child(descriptive, 'Language')) ?? attr(component, 'xml:lang');
  const location = children(descriptive, 'Location')[0];
  const value = new Map(children(location, 'Property').map((p) => [formal(p), attr(p, 'Value')]));
  if (story.located === undefined && value.get('City') !== undefined) {
    story.located = value.get('City');
    story.locatedIn = value.get('Country');
  }
  const role = formal(child(component, 'Role'))?.toLowerCase() ?? inherited;
  const basis = children(component, 'BasisForChoice').map((b) => textOf(b) ?? '');
  const items = children(component, 'ContentItem');
  const texts = items.filter(isText);
  story.leftOut.push(...items.filter((i) => !isText(i)).map(mediaName));
  // Alternative formats of one content: the first is read.
  for (const item of basis.some((b) => b.includes('ContentItem')) ? texts.slice(0, 1) : texts) parts.push({ item, role });
  let subs = children(component, 'NewsComponent');
  const languages = [...new Set(subs.map((sub) => attr(sub, 'xml:lang')).filter(Boolean))];
  if (subs.length > 1 && (basis.some((b) => b.includes('Language')) || languages.length > 1)) {
    story.leftOut.push(`the item's other language versions (${languages.slice(1).join(', ') || subs.length - 1})`);
    subs = subs.slice(0, 1);
  }
  for (const sub of subs) walk(sub, role, story, parts);
}

/** A ContentItem holding text: no media type or Text/ComplexData, a text or markup MIME type, and DataContent. */
function isText(item: DomElement): boolean {
  const media = formal(child(item, 'MediaType'))?.toLowerCase();
  const mime = formal(child(item, 'MimeType'))?.toLowerCase() ?? '';
  if (media !== undefined && media !== 'text' && media !== 'complexdata') return false;
  if (mime !== '' && (!/^text\/|xml|html/.test(mime) || mime === 'text/css')) return false;
  return child(item, 'DataContent') !== undefined;
}

function mediaName(item: DomElement): string {
  const kind = formal(child(item, 'MediaType')) ?? formal(child(item, 'MimeType')) ?? 'unknown';
  return /photo|image|graphic/i.test(kind) ? 'a picture' : `a ${kind} content item`;
}

/** The body from the content items the roles choose (all of them when no role names a body). */
function readParts(parts: Part[], story: WireStory): void {
  const bodies = parts.some((p) => p.role && BODY_ROLES.has(p.role))
    ? parts.filter((p) => p.role && BODY_ROLES.has(p.role))
    : parts.filter((p) => !p.role || !NOT_BODY_ROLES.has(p.role));
  for (const { item } of bodies) {
    const data = child(item, 'DataContent');
    const markup = elements(data);
    if (isNitf(markup[0])) {
      const nitf = readNitf(markup[0]);
      addBody(story, nitf);
      story.headline ??= nitf.headline;
      story.dateline ??= nitf.dateline;
      if (story.located === undefined) [story.located, story.locatedIn] = [nitf.located, nitf.locatedIn];
      story.lang ??= nitf.lang;
      story.agencyHints.push(...nitf.agencyHints);
      story.edNotes.push(...nitf.edNotes);
      continue;
    }
    const text = data.textContent ?? '';
    const body =
      markup.length > 0
        ? blocksFromTree(hastOf(childNodes(data)), story.headline)
        : /<\/?[a-z][a-z0-9]*[\s>/]/i.test(text)
          ? blocksFromHtml(text, story.headline)
          : bodyFromText(text, story.headline);
    addBody(story, body);
  }
}

/** One content item's body after the others: its blocks and what was left out, removed, or set apart. */
function addBody(story: WireStory, body: MarkupBody | WireStory): void {
  story.blocks.push(...body.blocks);
  story.leftOut.push(...body.leftOut);
  story.removed.push(...body.removed);
  story.bylines.push(...body.bylines);
  story.standfirst ??= body.standfirst;
}

function pubStatus(status: string | undefined): PubStatus {
  if (status === undefined || status === 'usable' || status === 'embargoed') return 'usable';
  if (status === 'canceled' || status === 'cancelled') return 'canceled';
  if (status === 'withheld') return 'withheld';
  throw new WireError(`NewsManagement/Status: "${status}" is not one of Usable, Embargoed, Withheld, Canceled`);
}
