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
 *      their own: the finder then knows who issued the statement.
 *   2. PEOPLE BY THEIR TITLE: `the governor said`, when exactly one
 *      candidate has a role ending with that word (Governor Mary Achieng), the
 *      words before it in the role too, and it is no word for an unnamed
 *      source (`the official` refers back to a description).
 */
import { SAYING_VERB } from './lexicon/saying.ts';
import { isTitleNoun, ORGANISATION_NOUNS } from './lexicon/name-words.ts';
import { SOURCE_NOUNS } from './lexicon/source-nouns.ts';
import type { Candidate } from './candidates.ts';

const VERB = `(?:${SAYING_VERB.source})(?![\\p{L}])`;
const alternatives = (words: Iterable<string>) => [...words].join('|');
/** `the ministry said`, `the weather service on Monday said`, `said the ministry.`: the words after "the", and where "the" is. */
function subjects(text: string, nouns: string): { words: string; start: number }[] {
  const phrase = `((?:[\\p{Ll}-]+\\s+){0,2}?(?:${nouns}))(?![\\p{L}'’])`;
  const forward = new RegExp(`(?<![\\p{L}])[Tt]he\\s+${phrase}\\s+(?:[\\p{L}]+\\s+){0,3}?${VERB}`, 'gu');
  const inverted = new RegExp(`${VERB}\\s+(the\\s+)${phrase}(?=\\s*(?:[,.;:]|$))`, 'gu');
  return [
    ...[...text.matchAll(forward)].map((m) => ({ words: m[1], start: m.index })),
    ...[...text.matchAll(inverted)].map((m) => ({ words: m[2], start: m.index + m[0].length - m[1].length - m[2].length })),
  ].map(({ words, start }) => ({ words: words.replace(/\s+/g, ' '), start }));
}
const ORGANISATION = alternatives(ORGANISATION_NOUNS);
const OPENER = new RegExp(`(?:^|[.!?]\\s+)(The\\s+)((?:[\\p{Ll}-]+\\s+){0,2}?(?:${ORGANISATION}))(?=\\s+\\p{Ll})`, 'gu');

/** `The club confirmed …`: an organisation noun opening a sentence, its subject, for the documents it issues. */
function openers(text: string): { words: string; start: number; speaks: false }[] {
  return [...text.matchAll(OPENER)].map((m) => ({
    words: m[2].replace(/\s+/g, ' '),
    start: m.index + m[0].length - m[1].length - m[2].length,
    speaks: false,
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
    for (const { words, start, speaks } of [...speaking, ...openers(text)]) {
      const place = { paragraphIndex, start };
      const owner = ownerOf(words, place, organisations());
      const source = owner ?? (speaks ? addOwn(found, words, place) : undefined);
      if (!source) continue;
      if (source.name.toLowerCase() !== `the ${words}` && !source.aliases.includes(`the ${words}`))
        source.aliases.push(`the ${words}`);
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

function addOwn(found: Candidate[], words: string, place: Place): Candidate {
  const name = `the ${words}`;
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
    for (const { words } of subjects(text, alternatives(nouns))) {
      const [person] = holders.get(lastWord(words))!;
      const role = person.role!.toLowerCase().split(/\s+/);
      const alias = `the ${words}`;
      if (words.split(' ').every((w) => role.includes(w)) && !person.aliases.includes(alias)) person.aliases.push(alias);
    }
  }
}
