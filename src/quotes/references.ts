/**
 * The words a story uses for a source besides its name, for the desk's
 * proposals: what becomes an organisation's alias, and the descriptions of
 * unnamed sources the quote finder's own rule (unnamed-sources.ts) does not
 * read. Each is found only as the SUBJECT OF A VERB OF SAYING (`the ministry
 * said`, `said the ministry.`), where a quotation may need it.
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
 *      organisation of its own (`the council`).
 *   2. DOCUMENTS: `the statement said`, `the judgment said`: a document says
 *      what its author said, so it is the alias of the source the nearest
 *      sentence before it (same paragraph or the two before) names as issuing
 *      one of its kind (`The navy said in a statement`, `Judge Helen Marr said
 *      in her ruling`): the source named first in that sentence. A kind of
 *      document that two sources issue is no one's alias.
 *   3. UNNAMED SOURCES: a description after a possessive (`the sheriff’s
 *      spokeswoman said`, which the finder leaves to the name before it), a
 *      description opened by "a" that is longer than the finder reads (`A
 *      Department of Health and Social Care spokesperson said:`), and a
 *      possessive pronoun before a word for kin or counsel (`her family said`).
 */
import { SAYING_VERB } from './lexicon/saying.ts';
import { DOCUMENT_NOUNS, isTitleNoun, ORGANISATION_NOUNS } from './lexicon/name-words.ts';
import { SOURCE_NOUNS } from './lexicon/source-nouns.ts';
import { sentenceStart } from '../text/sentences.ts';
import type { Candidate } from './candidates.ts';
import type { NameRun } from './name-runs.ts';

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
const DOCUMENT = alternatives(DOCUMENT_NOUNS.keys());
const ISSUED = new RegExp(
  `(?:in|with|through)\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${alternatives(DOCUMENT_NOUNS.keys())})(?![\\p{L}])`,
  'giu',
);
const NOUNS = alternatives(SOURCE_NOUNS.keys());
/** Between a subject and its verb, at most an adverb of time: `the spokesman later said`. */
const THEN = `\\s+(?:(?:also|later|then|again|earlier|separately|previously)\\s+)?`;
const UNNAMED = [
  new RegExp(
    `(?<![\\p{L}])([Tt]he\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}]+['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${NOUNS}))${THEN}${VERB}`,
    'gu',
  ),
  new RegExp(`(?<![\\p{L}])([Aa]n?\\s+(?:[\\p{L}-]+\\s+){4,8}?(?:${NOUNS}))${THEN}${VERB}`, 'gu'),
  new RegExp(
    `(?<![\\p{L}])((?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?:family|relatives|parents|children|lawyers?|attorneys?))${THEN}${VERB}`,
    'gu',
  ),
];

/** A mention of a candidate, or of a phrase that refers to one, where it stands. */
interface Place {
  paragraphIndex: number;
  start: number;
}

const before = (a: Place, b: Place) =>
  a.paragraphIndex < b.paragraphIndex || (a.paragraphIndex === b.paragraphIndex && a.start < b.start);
const lastWord = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();

/** Adds the aliases and organisations of steps 1 and 2 to `found`; returns the unnamed descriptions of step 3. */
export function addReferences(texts: readonly string[], found: Candidate[]): string[] {
  const organisations = () => found.filter((c) => c.kind === 'organisation');
  const referred: { place: Place; source: Candidate }[] = [];
  texts.forEach((text, paragraphIndex) => {
    for (const { words, start } of subjects(text, ORGANISATION)) {
      const place = { paragraphIndex, start };
      const source = ownerOf(words, place, organisations()) ?? addOwn(found, words, place);
      if (source.name.toLowerCase() !== `the ${words}` && !source.aliases.includes(`the ${words}`))
        source.aliases.push(`the ${words}`);
      referred.push({ place, source });
    }
  });
  addTitles(texts, found);
  const authors = new Map<string, Set<Candidate>>();
  texts.forEach((text, paragraphIndex) => {
    for (const { words, start } of subjects(text, DOCUMENT)) {
      const kind = DOCUMENT_NOUNS.get(lastWord(words))!;
      const author = authorOf(texts, { paragraphIndex, start }, kind, found, referred);
      if (!author) continue;
      const alias = `the ${words}`;
      authors.set(alias, (authors.get(alias) ?? new Set()).add(author));
    }
  });
  for (const [alias, sources] of authors) if (sources.size === 1) [...sources][0].aliases.push(alias);
  const unnamed = texts.flatMap((text) => UNNAMED.flatMap((re) => [...text.matchAll(re)].map((m) => m[1].replace(/\s+/g, ' '))));
  return [...new Set(unnamed)];
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

/** Step 2's author: the source named first in the nearest sentence before `place` that issues a document of `kind`. */
function authorOf(
  texts: readonly string[],
  place: Place,
  kind: string,
  found: readonly Candidate[],
  referred: readonly { place: Place; source: Candidate }[],
): Candidate | undefined {
  for (let p = place.paragraphIndex; p >= Math.max(0, place.paragraphIndex - 2); p--) {
    const text = texts[p];
    const issued = [...text.matchAll(ISSUED)].filter(
      (m) => DOCUMENT_NOUNS.get(m[1].toLowerCase()) === kind && (p < place.paragraphIndex || m.index < place.start),
    );
    const nearest = issued.at(-1);
    if (!nearest) continue;
    const from = sentenceStart(text, nearest.index);
    const named: { start: number; source: Candidate }[] = [
      ...found.flatMap((c) =>
        c.mentions.filter((m: NameRun) => m.paragraphIndex === p).map((m) => ({ start: m.runStart, source: c })),
      ),
      ...referred.filter((r) => r.place.paragraphIndex === p).map((r) => ({ start: r.place.start, source: r.source })),
    ].filter((n) => n.start >= from && n.start < nearest.index);
    const first = named.sort((a, b) => a.start - b.start)[0]?.source;
    if (first) return first;
    // `The club confirmed the decision in a statement`: the organisation the sentence opens with.
    const opening = new RegExp(`^\\s*[Tt]he\\s+((?:[\\p{Ll}-]+\\s+){0,2}?(?:${ORGANISATION}))(?![\\p{L}'’])`, 'u').exec(
      text.slice(from),
    );
    if (!opening) return undefined;
    const words = opening[1].replace(/\s+/g, ' ');
    const source = ownerOf(
      words,
      { paragraphIndex: p, start: from },
      found.filter((c) => c.kind === 'organisation'),
    );
    if (source && !source.aliases.includes(`the ${words}`)) source.aliases.push(`the ${words}`);
    return source;
  }
  return undefined;
}

/**
 * People by their title: `the governor said`, when exactly one person
 * proposed has a role ending with that word (Governor Mary Achieng) and it is
 * no word for an unnamed source (`the official` refers back to a description).
 */
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
