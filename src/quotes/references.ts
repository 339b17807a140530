/**
 * The words a story uses for a named source besides its name, for the
 * desk's proposals: an organisation's or a person's alias. Each is found only
 * as the SUBJECT OF A VERB OF SAYING (`the ministry said`, `said the
 * ministry.`), where a quotation may need it. (Documents, `the statement
 * said`, and unnamed sources are the finder's own: documents.ts,
 * unnamed-sources.ts.)
 *
 * ## The rule
 *
 *   1. ORGANISATIONS: "the" and up to two lower-case words ending with an
 *      organisation noun (lexicon/name-words.ts: ministry, company, council,
 *      …). It is the alias of the candidate organisation whose name ends with
 *      those words (`the weather service`: National Weather Service); else,
 *      when the organisation last named within two paragraphs before it has a
 *      name that does not say what kind it is (`Corvair`, `Kingsmoor
 *      Athletic`), of that one (`the company`, `the club`); else it is an
 *      organisation of its own (`the council`). The same words opening a
 *      sentence, whatever its verb (`The club confirmed the decision in a
 *      statement`), are an alias of an organisation so found, never one of
 *      their own: the finder then knows who issued the statement; after a
 *      phrase that opens the sentence with a document (`In a statement,`,
 *      `Through its report,`: documents.ts's `afterOpeningPhrase`, the rule
 *      the finder reads the issuer by) they are its issuer, an organisation
 *      of their own too.
 *      A place in the possessive may stand for "the" (`Quebec’s government
 *      said`, `Senegal’s fisheries ministry said`): an organisation of its
 *      own, named as written.
 *   2. PEOPLE BY THEIR TITLE: `the governor said`, when exactly one
 *      candidate has a role ending with that word (Governor Mary Achieng), the
 *      words before it in the role too, and it is no word for an unnamed
 *      source (`the official` refers back to a description).
 */
import { SAYING_VERB } from './lexicon/saying.ts';
import { isTitleNoun, ORGANISATION_NOUNS } from './lexicon/name-words.ts';
import { SOURCE_NOUNS } from './lexicon/source-nouns.ts';
import type { Candidate } from './candidates.ts';
import { afterOpeningPhrase, findDocuments } from './documents.ts';
import { sentenceStart } from '../text/sentences.ts';

const VERB = `(?:${SAYING_VERB.source})(?![\\p{L}])`;
const alternatives = (words: Iterable<string>) => [...words].join('|');
/**
 * `the ministry said`, `the weather service on Monday said`, `said the ministry.`, `Quebec’s government said`:
 * the words after "the" (or after a place in the possessive, `lead`), and where the phrase starts.
 */
function subjects(text: string, nouns: string): { words: string; start: number; lead: string | undefined }[] {
  const phrase = `((?:[\\p{Ll}-]+\\s+){0,2}?(?:${nouns}))(?![\\p{L}'’])`;
  const forward = new RegExp(`(?<![\\p{L}])[Tt]he\\s+${phrase}\\s+(?:[\\p{L}]+\\s+){0,3}?${VERB}`, 'gu');
  const inverted = new RegExp(`${VERB}\\s+(the\\s+)${phrase}(?=\\s*(?:[,.;:]|$))`, 'gu');
  const possessed = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}-]*['’]s)\\s+${phrase}\\s+(?:[\\p{L}]+\\s+){0,3}?${VERB}`, 'gu');
  return [
    ...[...text.matchAll(forward)].map((m) => ({ words: m[1], start: m.index, lead: undefined })),
    ...[...text.matchAll(inverted)].map((m) => ({
      words: m[2],
      start: m.index + m[0].length - m[1].length - m[2].length,
      lead: undefined,
    })),
    ...[...text.matchAll(possessed)].map((m) => ({ words: m[2], start: m.index, lead: m[1] })),
  ].map(({ words, start, lead }) => ({ words: words.replace(/\s+/g, ' '), start, lead }));
}
const ORGANISATION = alternatives(ORGANISATION_NOUNS);
const OPENER = new RegExp(`(?:^|[.!?]\\s+)(The\\s+)((?:[\\p{Ll}-]+\\s+){0,2}?(?:${ORGANISATION}))(?=\\s+\\p{Ll})`, 'gu');

/** The organisation noun phrase a sentence's subject opens with: `the state government called …`. */
const SUBJECT = new RegExp(`^(the\\s+)((?:[\\p{Ll}-]+\\s+){0,2}?(?:${ORGANISATION}))(?=\\s+\\p{Ll})`, 'u');

/**
 * `The club confirmed …`: an organisation noun opening a sentence, its
 * subject, for the documents it issues; `speaks` when the sentence opens
 * with a phrase holding the statement it issued (`In a statement, the state
 * government …`: documents.ts says where that subject stands).
 */
function openers(text: string): { words: string; start: number; speaks: boolean; lead: undefined }[] {
  const opening = [...text.matchAll(OPENER)].map((m) => ({
    at: m.index + m[0].length - m[1].length - m[2].length,
    m,
    speaks: false,
  }));
  const issuing = findDocuments(text, []).flatMap((doc) => {
    const at = afterOpeningPhrase(text, doc.start, doc.end, sentenceStart(text, doc.start));
    const m = at === undefined ? null : SUBJECT.exec(text.slice(at));
    return m ? [{ at: at!, m, speaks: true }] : [];
  });
  return [...opening, ...issuing].map(({ at, m, speaks }) => ({
    words: m[2].replace(/\s+/g, ' '),
    start: at,
    speaks,
    lead: undefined,
  }));
}

/** Where a mention stands. */
interface Place {
  paragraphIndex: number;
  start: number;
}

const before = (a: Place, b: Place) =>
  a.paragraphIndex < b.paragraphIndex || (a.paragraphIndex === b.paragraphIndex && a.start < b.start);
const lastWord = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();

/** Adds the aliases and organisations of the rule to `found`. */
export function addReferences(texts: readonly string[], found: Candidate[]): void {
  const organisations = () => found.filter((c) => c.kind === 'organisation');
  texts.forEach((text, paragraphIndex) => {
    const speaking = subjects(text, ORGANISATION).map((s) => ({ ...s, speaks: true }));
    for (const { words, start, speaks, lead } of [...speaking, ...openers(text)]) {
      const place = { paragraphIndex, start };
      const written = `${lead ?? 'the'} ${words}`;
      // A place's ministry (`Quebec’s government`) is that place's own: never the last organisation named.
      const owner = lead ? undefined : ownerOf(words, place, organisations());
      const source = owner ?? (speaks ? addOwn(found, written, place) : undefined);
      if (!source) continue;
      if (source.name.toLowerCase() !== written.toLowerCase() && !source.aliases.includes(written)) source.aliases.push(written);
    }
  });
  addTitles(texts, found);
}

/** Step 1's owner: the organisation named with these words, else the last one named, when its name says no kind. */
function ownerOf(words: string, place: Place, organisations: Candidate[]): Candidate | undefined {
  const named = organisations.filter((o) => ` ${o.name.toLowerCase()}`.endsWith(` ${words}`));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  const mentions = organisations.flatMap((o) => o.mentions.map((m) => ({ o, m })));
  const last = mentions
    .filter(({ m }) => before(m, place) && place.paragraphIndex - m.paragraphIndex <= 2)
    .sort((a, b) => (before(a.m, b.m) ? -1 : 1))
    .at(-1)?.o;
  return last && !ORGANISATION_NOUNS.has(lastWord(last.name)) ? last : undefined;
}

function addOwn(found: Candidate[], name: string, place: Place): Candidate {
  const known = found.find((c) => c.kind === 'organisation' && c.name === name);
  if (known) return known;
  const own: Candidate = {
    kind: 'organisation',
    name,
    aliases: [],
    order: place.paragraphIndex * 1e6 + place.start,
    mentions: [],
  };
  found.push(own);
  return own;
}

/** Step 2: people by their title. */
function addTitles(texts: readonly string[], found: Candidate[]): void {
  const holders = new Map<string, Candidate[]>();
  for (const person of found.filter((c) => c.kind === 'person' && c.role !== undefined)) {
    const noun = lastWord(person.role!);
    if (!isTitleNoun(noun) || SOURCE_NOUNS.has(noun)) continue;
    holders.set(noun, [...(holders.get(noun) ?? []), person]);
  }
  const nouns = [...holders].filter(([, people]) => people.length === 1).map(([noun]) => noun);
  if (nouns.length === 0) return;
  for (const text of texts) {
    for (const { words, lead } of subjects(text, alternatives(nouns))) {
      if (lead) continue; // `Marsh’s attorney` is the attorney of someone named, not a title alias
      const [person] = holders.get(lastWord(words))!;
      const role = person.role!.toLowerCase().split(/\s+/);
      const alias = `the ${words}`;
      if (words.split(' ').every((w) => role.includes(w)) && !person.aliases.includes(alias)) person.aliases.push(alias);
    }
  }
}
