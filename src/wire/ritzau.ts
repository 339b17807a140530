/**
 * Ritzau's `<RBNews>`, the XML the Danish agency delivers its news items in
 * (no namespace, no standard): one item per file. `headline` is the
 * headline, `subtitle` the standfirst, `content` the story as escaped HTML
 * (read by markup.ts, so sanitised), `ContentShort` the summary (never the
 * story), `town` the dateline place and `origin` (`/ritzau/`) the agency;
 * `byLine` is the byline, while `byLineEmail` and `byLinePhone` are the
 * desk's contacts and `TilRedaktionen` ("to the editors") a note to editors:
 * none of them ever reaches a page. `NewsID` is the id, `version` the version,
 * `PublishDate` the time (local time, no offset), `Annuleret` ("cancelled")
 * kills the story and `Korrektion` marks a correction. The item states no
 * language: the feed is Danish, so its stories are `da`. A flash has a nil
 * `headline`: it becomes a draft without a title (missing-text.ts).
 */
import { blocksFromHtml, applyBody } from './markup.ts';
import { emptyStory, type WireStory } from './story.ts';
import { childNamed, textOf, type DomElement } from './xml.ts';

export const isRitzau = (root: DomElement) => root.localName === 'RBNews' && !root.namespaceURI;

export function readRitzau(root: DomElement): WireStory {
  const field = (name: string) => textOf(childNamed(root, name));
  const yes = (name: string) => field(name)?.toLowerCase() === 'true';
  const story = emptyStory('Ritzau RBNews');
  story.headline = field('headline');
  story.itemId = field('NewsID');
  const version = Number(field('version'));
  if (Number.isInteger(version) && version > 0) story.version = version;
  story.versionCreated = field('PublishDate');
  story.located = field('town');
  story.agencyHints = ['Ritzau', field('origin')?.replace(/\//g, '')].filter((hint): hint is string => Boolean(hint));
  story.lang = 'da';
  const byline = field('byLine');
  if (byline) story.bylines.push(byline);
  const subtitle = field('subtitle');
  if (subtitle) story.standfirst = subtitle;
  story.summary = field('ContentShort');
  const note = field('TilRedaktionen');
  if (note) story.edNotes.push({ text: note, role: 'ritzau:tilredaktionen' });
  story.correction = yes('Korrektion');
  if (yes('Annuleret')) story.pubStatus = 'canceled';
  applyBody(story, blocksFromHtml(field('content') ?? '', story.headline));
  return story;
}
