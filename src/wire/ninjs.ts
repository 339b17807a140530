/**
 * IPTC ninjs (News in JSON), generations 1.x, 2.x and 3.x. They name the same
 * things differently: `headline` (and `headline_*` extras, 1.3 on) and any
 * `body_*` in 1.x (`body_text`, `body_html`, `body_xhtml`, `body_richtext`,
 * `body_nitf`, TT's and NTB's `body_html5`: the suffix names the format),
 * `headlines[]` and `bodies[]` in 2.x and 3.x (a body's `contentType` or
 * `role` names its format); `person[]` then `people[]`; lower-case keys
 * until 3.x, camel case in 3.x (`versionCreated`, `embargoedUntil`). Keys are
 * lower-cased first, so 2.x and 3.x read alike. The generation comes from
 * `standard` (`$standard` in 1.x; a provider's extension such as TT's
 * "TTNINJS" counts), else the shape. Superdesk sends its id as `guid`, not
 * `uri`. A body in NITF is read by nitf.ts; one only linked from
 * `renditions` is refused, naming the link. Envelopes around items and
 * items that are not text (pictures, events) are envelopes.ts's.
 *
 * ninjs has no signal property; a correction is read from the `signals` or
 * `signal` extension some producers add (an entry whose code ends in
 * "correction"), else `npm run import --correction` says so.
 */
import { findAgency } from './agencies.ts';
import { ninjsNotes } from './editorial-notes.ts';
import { readNinjsConventions } from './item-conventions.ts';
import { applyBody, blocksFromHtml } from './markup.ts';
import { isNitf, readNitfBody } from './nitf.ts';
import { bodyFromText } from './plain-body.ts';
import { emptyStory, WireError, type PubStatus, type WireStory } from './story.ts';
import { parseXml } from './xml.ts';

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

/** Properties only a ninjs item has (with its `uri`, or Superdesk's `guid`): the shape that tells ninjs without a `standard`. */
const NINJS_KEYS = new Set(
  ['headline', 'headlines', 'bodies', 'descriptions', 'versioncreated', 'firstcreated', 'pubstatus', 'embargoed'].concat([
    'embargoeduntil',
    'located',
    'person',
    'people',
    'renditions',
    'associations',
    'byline',
    'urgency',
    'ednote',
  ]),
);

/** A JSON value as text when it is a string or a number; anything else (an object, a list) as nothing. */
const scalar = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The ninjs generation (1, 2 or 3), or undefined when the JSON is not ninjs. */
export function ninjsGeneration(raw: Json): number | undefined {
  const declared = isObject(raw.standard) ? raw.standard : isObject(raw.$standard) ? raw.$standard : undefined;
  if (declared && !/ninjs$/i.test(text(declared.name) ?? '')) return undefined;
  const major = Number.parseInt(scalar(declared?.version), 10);
  if ([1, 2, 3].includes(major)) return major;
  const has = (...keys: string[]) => keys.some((key) => key in raw);
  const ninjs = Object.keys(raw).some((key) => NINJS_KEYS.has(key.toLowerCase()) || /^(body|headline|description)_/.test(key));
  if (!declared && !(has('uri', 'guid') && ninjs)) return undefined;
  if (has(...CAMEL_3X) || list(raw.bodies).some((body) => 'contentType' in body)) return 3;
  if (has('headlines', 'bodies', 'people', 'descriptions')) return 2;
  return 1;
}

export function readNinjs(raw: Json, generation: number): WireStory {
  const item = lowerKeys(raw) as Json;
  const story = emptyStory(`IPTC ninjs ${generation}.x`);
  story.itemId = text(item.uri) ?? text(item.guid);
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
  story.headline = generation === 1 ? headline1(item) : mainHeadline(item.headlines);
  const { kind, value } = generation === 1 ? body1(item) : body2(item.bodies);
  if (value !== undefined && kind === 'nitf') {
    const nitf = parseXml(value);
    if (!isNitf(nitf)) throw new WireError(`the NITF body's root element is <${nitf.nodeName}>, not <nitf>`);
    readNitfBody(nitf, story);
  } else if (value !== undefined) {
    const tt = story.agencyHints.some((hint) => findAgency(hint)?.agency === 'TT');
    applyBody(story, kind === 'html' ? blocksFromHtml(value, story.headline, tt) : bodyFromText(value, story.headline, true));
  } else {
    refuseRemoteBody(item.renditions);
  }
  readNinjsConventions(item, story);
  return story;
}

/** ninjs 1.x: `headline`, else the first `headline_*` extra (IPTC's own 1.6 examples send only `headline_main`). */
function headline1(item: Json): string | undefined {
  const extra = Object.entries(item).find(([key, value]) => key.startsWith('headline_') && text(value) !== undefined);
  return text(item.headline) ?? text(extra?.[1]);
}

/** An item whose text is only linked from its renditions (AP's media API): refused, naming the link. */
function refuseRemoteBody(renditions: unknown): void {
  const all = isObject(renditions) ? Object.entries(renditions) : list(renditions).map((r, i) => [String(i), r] as const);
  const textual = all.find(
    ([name, r]) => isObject(r) && /text|nitf|xml|html/i.test(`${name} ${scalar(r.type)} ${scalar(r.mimetype)}`),
  );
  if (!textual || !isObject(textual[1])) return;
  throw new WireError(
    `the story's text is not in the item: only its renditions.${textual[0]} links to it (href "${scalar(textual[1].href)}"); ` +
      'download that file and import it',
  );
}

/** The item's version; AP numbers its first version 0, which is kept (`source.version: 0`): version 1 is newer. */
function wholeVersion(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const version = Number(value);
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

type Body = { kind: 'nitf' | 'html' | 'text'; value: string | undefined };

/** Markup that is not named as such (`body_main`, a body with no contentType): HTML when it opens with a tag. */
const looksLikeMarkup = (value: string) => /^\s*<[a-z!?]/i.test(value);

/**
 * ninjs 1.x: any `body_*`, by what its suffix names: NITF (`body_nitf`), then
 * HTML (`body_html`, `body_xhtml`, `body_html5`, `body_richtext`), then
 * `body_text`, then any other (markup when it opens with a tag).
 */
function body1(item: Json): Body {
  const bodies = Object.entries(item).filter(([key, value]) => key.startsWith('body_') && text(value) !== undefined);
  const nitf = bodies.find(([key]) => NITF.test(key));
  if (nitf) return { kind: 'nitf', value: nitf[1] as string };
  const markup = bodies.find(([key]) => /html|richtext/.test(key));
  if (markup) return { kind: 'html', value: markup[1] as string };
  const plain = bodies.find(([key]) => key === 'body_text') ?? bodies[0];
  const value = plain?.[1] as string | undefined;
  return { kind: plain?.[0] !== 'body_text' && value !== undefined && looksLikeMarkup(value) ? 'html' : 'text', value };
}

/** IPTC's NITF, by name: not a provider's own format named after it (TT's `ttnitf`, SGML that is not XML). */
const NITF = /(?:^|[^a-z])nitf/i;

/**
 * ninjs 2.x and 3.x: a NITF body, else the HTML body when there is one (it
 * keeps the crossheads), else the plain text. TT's `ttnitf` body is TT's
 * own markup, sent beside the same text in HTML: the HTML is read, its
 * `<blockquote>`s as the paragraphs TT opens with its quote dash (markup.ts).
 */
function body2(bodies: unknown): Body {
  const all = list(bodies).filter((body) => text(body.value) !== undefined);
  const said = (body: Json) => `${scalar(body.contenttype)} ${scalar(body.role)}`;
  const nitf = all.find((body) => NITF.test(said(body)));
  if (nitf) return { kind: 'nitf', value: nitf.value as string };
  const markup = all.find((body) => /html|richtext/i.test(said(body)));
  if (markup) return { kind: 'html', value: markup.value as string };
  const named = all.find((body) => /text\/plain|^text$/i.test(scalar(body.contenttype ?? body.role)));
  const plain = named ?? all[0];
  const value = plain?.value as string | undefined;
  return { kind: !named && value !== undefined && looksLikeMarkup(value) ? 'html' : 'text', value };
}
