/**
 * IPTC ninjs (News in JSON), generations 1.x, 2.x and 3.x. They name the same
 * things differently: `headline` and `body_text`/`body_html` in 1.x,
 * `headlines[]` and `bodies[]` in 2.x and 3.x; `person[]` then `people[]`;
 * lower-case keys until 3.x, camel case in 3.x (`versionCreated`,
 * `embargoedUntil`). Keys are lower-cased first, so 2.x and 3.x read alike.
 * The generation comes from `standard` (`$standard` in 1.x), else the shape.
 *
 * ninjs has no signal property; a correction is read from the `signals` or
 * `signal` extension some producers add (an entry whose code ends in
 * "correction"), else `npm run import --correction` says so.
 */
import { ninjsNotes } from './editorial-notes.ts';
import { readNinjsConventions } from './item-conventions.ts';
import { applyBody, blocksFromHtml } from './markup.ts';
import { bodyFromText } from './plain-body.ts';
import { emptyStory, WireError, type PubStatus, type WireStory } from './story.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** Keys lower-cased all the way down: ninjs 3.x `versionCreated` reads as 2.x `versioncreated`. */
function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.toLowerCase(), lowerKeys(inner)]));
}

const CAMEL_3X = ['versionCreated', 'firstCreated', 'contentCreated', 'pubStatus', 'edNote', 'embargoedUntil', 'altIds'];

/** A JSON value as text when it is a string or a number; anything else (an object, a list) as nothing. */
const scalar = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The ninjs generation (1, 2 or 3), or undefined when the JSON is not ninjs. */
export function ninjsGeneration(raw: Json): number | undefined {
  const declared = isObject(raw.standard) ? raw.standard : isObject(raw.$standard) ? raw.$standard : undefined;
  if (declared && text(declared.name)?.toLowerCase() !== 'ninjs') return undefined;
  const major = Number.parseInt(scalar(declared?.version), 10);
  if ([1, 2, 3].includes(major)) return major;
  const has = (...keys: string[]) => keys.some((key) => key in raw);
  const story = has('headline', 'headlines', 'bodies', 'body_text', 'body_html', 'body_xhtml');
  if (!declared && !(has('uri') && story)) return undefined;
  if (has(...CAMEL_3X) || list(raw.bodies).some((body) => 'contentType' in body)) return 3;
  if (has('headlines', 'bodies', 'people', 'descriptions')) return 2;
  return 1;
}

export function readNinjs(raw: Json, generation: number): WireStory {
  const item = lowerKeys(raw) as Json;
  const story = emptyStory(`IPTC ninjs ${generation}.x`);
  story.itemId = text(item.uri);
  story.version = wholeVersion(item.version);
  story.versionCreated = text(item.versioncreated);
  story.firstCreated = text(item.firstcreated) ?? text(item.contentcreated);
  story.located = text(item.located);
  story.edNotes = ninjsNotes(item.ednote);
  story.embargoed = text(item.embargoed) ?? text(item.embargoeduntil);
  story.pubStatus = pubStatus(item.pubstatus);
  story.agencyHints = [text(item.copyrightholder), ...list(item.infosources ?? item.infosource).map((s) => text(s.name))].filter(
    (hint): hint is string => hint !== undefined,
  );
  story.people = list(generation === 1 ? item.person : item.people)
    .map((person) => text(person.name))
    .filter((name): name is string => name !== undefined)
    .map((name) => ({ name }));
  story.correction = [...asArray(item.signals), ...asArray(item.signal)].some(isCorrectionSignal);
  story.headline = generation === 1 ? text(item.headline) : mainHeadline(item.headlines);
  const { kind, value } = generation === 1 ? body1(item) : body2(item.bodies);
  if (value !== undefined) {
    applyBody(story, kind === 'html' ? blocksFromHtml(value, story.headline) : bodyFromText(value, story.headline, true));
  }
  readNinjsConventions(item, story);
  return story;
}

function wholeVersion(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const version = Number(value);
  // AP numbers its versions from 0.
  if (!Number.isInteger(version) || version < 0) {
    throw new WireError(`version: "${scalar(value)}" is not a whole number; ninjs versions count 0 or 1, then 2, 3 …`);
  }
  return version;
}

function pubStatus(value: unknown): PubStatus {
  const status = text(value)?.toLowerCase() ?? 'usable';
  if (status === 'usable' || status === 'withheld' || status === 'canceled') return status;
  throw new WireError(`pubstatus: "${String(value)}" is not one of usable, withheld, canceled`);
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function isCorrectionSignal(signal: unknown): boolean {
  const codes = isObject(signal) ? ['code', 'qcode', 'literal', 'uri', 'name', 'value'].map((k) => signal[k]) : [signal];
  return codes.some((code) => typeof code === 'string' && /(^|[:/])correction$/i.test(code.trim()));
}

function mainHeadline(headlines: unknown): string | undefined {
  const all = list(headlines);
  return text((all.find((h) => text(h.role) === 'main') ?? all[0])?.value);
}

type Body = { kind: 'html' | 'text'; value: string | undefined };

/** ninjs 1.x: `body_html`, `body_xhtml` or another `body_*` with markup, else `body_text`. */
function body1(item: Json): Body {
  const bodies = Object.entries(item).filter(([key, value]) => key.startsWith('body_') && text(value) !== undefined);
  const markup = bodies.find(([key]) => /html/.test(key));
  if (markup) return { kind: 'html', value: markup[1] as string };
  const plain = bodies.find(([key]) => key === 'body_text') ?? bodies[0];
  return { kind: 'text', value: plain?.[1] as string | undefined };
}

/** ninjs 2.x and 3.x: the HTML body when there is one (it keeps the crossheads), else the plain text. */
function body2(bodies: unknown): Body {
  const all = list(bodies).filter((body) => text(body.value) !== undefined);
  const isHtml = (body: Json) => /html/i.test(`${scalar(body.contenttype)} ${scalar(body.role)}`);
  const markup = all.find(isHtml);
  if (markup) return { kind: 'html', value: markup.value as string };
  const plain = all.find((body) => /text\/plain|^text$/i.test(scalar(body.contenttype ?? body.role))) ?? all[0];
  return { kind: 'text', value: plain?.value as string | undefined };
}
