/**
 * JSON as agencies' APIs deliver it: a ninjs item bare, or wrapped in an
 * envelope, `{"data": {"item": …}}` (AP's media API), `{"data": …}`,
 * `{"item": …}` (an item or a list, as BBC's feed sends it), `{"items": […]}`,
 * `{"_items": […]}` (Superdesk's API), `{"results": […]}`, or a list (a
 * ninjs 3.x collection). Each text item inside becomes its own article; an
 * item that is not text (a picture, a video, an event or planning, by its
 * `type` or its shape) is named, skipped in a list and refused alone. JSON
 * errors say the line and column; nesting past the limit is refused before
 * anything walks it.
 */
import { jsonError } from './json-errors.ts';
import { checkJsonDepth } from './limits.ts';
import { ninjsGeneration, readNinjs } from './ninjs.ts';
import { WireError } from './story.ts';
import { FORMATS, inItem, notAStory, withStories, type WireFile } from './wire-file.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The envelope keys that hold an item or a list of items, in the order they are tried. */
const ENVELOPE_KEYS = ['data', 'item', 'items', '_items', 'results'];
/** ninjs types that are not a text story, as the refusal names them. */
const OTHER_TYPES: Record<string, string> = {
  picture: 'a picture',
  graphic: 'a graphic',
  video: 'a video',
  audio: 'an audio clip',
  component: 'a part of another item',
  event: 'an event',
  planning: 'planned coverage',
  advisory: 'an advisory to editors',
};

export function readJson(text: string): WireFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw jsonError(text, (error as Error).message);
  }
  checkJsonDepth(data);
  const { items, envelope } = unwrap(data, []);
  if (items.length === 0) throw notNinjs();
  const ninjs = items.map((item) => ({ item, generation: isObject(item) ? ninjsGeneration(item) : undefined }));
  if (ninjs.every((n) => n.generation === undefined) && !ninjs.some((n) => isEvent(n.item))) throw notNinjs();
  const generations = [...new Set(ninjs.map((n) => n.generation).filter((g) => g !== undefined))];
  const named = `IPTC ninjs ${generations.map((g) => `${g}.x`).join('/') || ''}`.trim();
  const file: WireFile = { container: envelope ? `${named} in ${envelope}` : named, stories: [], skipped: [] };
  ninjs.forEach(({ item, generation }, index) => {
    const other = otherItem(item, generation);
    if (other) return void file.skipped.push(other);
    try {
      file.stories.push(readNinjs(item as Json, generation!));
    } catch (error) {
      const id = isObject(item) ? [item.uri, item.guid].find((v): v is string => typeof v === 'string') : undefined;
      throw inItem(error, index, items.length, id);
    }
  });
  if (file.stories.length === 0 && file.skipped.length === 1) throw notAStory(file.skipped[0]);
  return withStories(file);
}

/** The items inside whatever envelopes wrap them, and the envelope as said in messages (`{"data": {"item": …}}`). */
function unwrap(data: unknown, path: string[]): { items: unknown[]; envelope: string | undefined } {
  const said = () =>
    path.length === 0 ? undefined : `the envelope ${path.map((k) => `{"${k}": `).join('')}…${'}'.repeat(path.length)}`;
  if (Array.isArray(data)) return { items: data, envelope: path.length === 0 ? 'a JSON list' : said() };
  if (!isObject(data)) return { items: [], envelope: undefined };
  if (ninjsGeneration(data) !== undefined || isEvent(data) || (path.length > 0 && 'uri' in data)) {
    return { items: [data], envelope: said() };
  }
  const key = ENVELOPE_KEYS.find((k) => isObject(data[k]) || Array.isArray(data[k]));
  return key === undefined || path.length >= 3 ? { items: [], envelope: undefined } : unwrap(data[key], [...path, key]);
}

const isEvent = (item: unknown) => isObject(item) && ('eventdetails' in lower(item) || 'events' in lower(item));
const lower = (item: Json) => Object.fromEntries(Object.keys(item).map((k) => [k.toLowerCase(), true]));

/** How an item that is not a text story is named, or undefined for a ninjs text item. */
function otherItem(item: unknown, generation: number | undefined): string | undefined {
  const type = isObject(item) && typeof item.type === 'string' ? item.type.toLowerCase() : undefined;
  // A composite is a story with pictures attached (associations): read as text when it has one.
  if (type !== undefined && type in OTHER_TYPES) return `a ninjs item of type "${type}" (${OTHER_TYPES[type]})`;
  if (isEvent(item)) return 'a ninjs event (eventDetails, events)';
  if (generation === undefined) return 'a JSON object that is not a ninjs item';
  return undefined;
}

const notNinjs = () =>
  new WireError(
    'unrecognised format: JSON, but not IPTC ninjs (a ninjs item is an object with a "uri" and a headline or body, ' +
      `or a "standard" naming ninjs), nor an envelope of ninjs items ({"data": …}, {"items": […]}). Import ${FORMATS}`,
  );
