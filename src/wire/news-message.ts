/**
 * A NewsML-G2 document, whichever of its roots it has: a `newsItem`, or a
 * `newsMessage` (the envelope dpa, AP, Reuters and ANSA deliver in) whose
 * `itemSet` holds several items, each text `newsItem` of which becomes its
 * own article. The other kinds of item are named, never read as stories: in
 * a message they are skipped and listed; alone, the file is refused by name
 * ("a NewsML-G2 packageItem (a package of other items) is not a text story:
 * import its text items"). A document is NewsML-G2 by its namespace, or,
 * sent without one (TT), by its `standard="NewsML-G2"` attribute; a root in
 * another namespace is refused, naming both.
 */
import { NAR, nonTextClass, readNewsMlG2 } from './newsml-g2.ts';
import { WireError } from './story.ts';
import { inItem, notAStory, withStories, type WireFile } from './wire-file.ts';
import { attr, elements, type DomElement } from './xml.ts';

/** The kinds of NewsML-G2 item that are not stories, as the refusal describes them. */
const OTHER_ITEMS: Record<string, [string, string]> = {
  packageItem: ['a package of other items', 'import its text items'],
  conceptItem: ['a concept of a controlled vocabulary', 'there is no story in it'],
  knowledgeItem: ['a set of concepts', 'there is no story in it'],
  planningItem: ['coverage planning', 'import the story once it is filed'],
  catalogItem: ['a catalog of vocabularies', 'there is no story in it'],
};
const ROOTS = ['newsItem', 'newsMessage', ...Object.keys(OTHER_ITEMS)];

/** What a news item's class says it carries: ninat:picture → "a picture". */
const CLASSES: Record<string, string> = {
  picture: 'a picture',
  graphic: 'a graphic',
  video: 'a video',
  audio: 'an audio clip',
  composite: 'a composite of several media',
  interactive: 'an interactive',
};

/** Whether the root is NewsML-G2's: by namespace, or a bare root that says it is (standard="NewsML-G2"). */
export function isNewsMlG2(root: DomElement): boolean {
  if (!ROOTS.includes(root.localName ?? '')) return false;
  if (root.namespaceURI === NAR) return true;
  return root.namespaceURI === null && [root, ...items(root)].some((el) => attr(el, 'standard') === 'NewsML-G2');
}

/** A root with a NewsML-G2 element's name that is not NewsML-G2 (another namespace, none): said precisely. */
export function notNewsMlG2(root: DomElement): WireError | undefined {
  if (!ROOTS.includes(root.localName ?? '')) return undefined;
  const where = root.namespaceURI ? `in namespace ${root.namespaceURI}` : 'in no namespace, with no standard="NewsML-G2"';
  return new WireError(
    `unrecognised format: a <${root.localName}> ${where}, not in NewsML-G2's namespace ${NAR}; ` +
      'ask the agency for a NewsML-G2 item',
  );
}

export function readG2Document(root: DomElement): WireFile {
  const name = root.localName!;
  if (name !== 'newsMessage') {
    const other = otherItem(root);
    if (other) throw notAStory(other, OTHER_ITEMS[name]?.[1] ?? 'the desk imports text items only');
    return { container: 'IPTC NewsML-G2 newsItem', stories: [readNewsMlG2(root)], skipped: [] };
  }
  const file: WireFile = { container: 'IPTC NewsML-G2 newsMessage', stories: [], skipped: [] };
  const all = items(root);
  all.forEach((item, index) => {
    const other = otherItem(item);
    if (other) return void file.skipped.push(other);
    try {
      file.stories.push(readNewsMlG2(item));
    } catch (error) {
      throw inItem(error, index, all.length, attr(item, 'guid'));
    }
  });
  return withStories(file);
}

/** A newsMessage's items (its itemSet's children), or the root itself. */
function items(root: DomElement): DomElement[] {
  if (root.localName !== 'newsMessage') return [];
  const itemSets = elements(root).filter((el) => el.localName === 'itemSet');
  return itemSets.flatMap((set) => elements(set).filter((el) => ROOTS.includes(el.localName ?? '')));
}

/** How an item that is not a text story is named, or undefined for a text newsItem. */
function otherItem(item: DomElement): string | undefined {
  const name = item.localName!;
  if (name in OTHER_ITEMS) return `a NewsML-G2 ${name} (${OTHER_ITEMS[name][0]})`;
  const itemClass = nonTextClass(item);
  if (itemClass === undefined) return undefined;
  const what = CLASSES[itemClass.split(/[:/]/).at(-1)!] ?? 'not text';
  return `a NewsML-G2 newsItem of class ${itemClass} (${what})`;
}
