/**
 * Epithets: a named person written again by a title or standing instead of
 * their name, as agency copy does (`the governor said`, `the station manager
 * said`, `The former senator … has said`, `the 20-year-old Spaniard told
 * reporters`).
 *
 * ## The rule
 *
 * An EPITHET is "the", up to three words, then a noun for a person's title
 * or standing (a title word such as governor, manager, senator, coach, or a
 * nationality such as Spaniard), not followed by a name (`the governor Mary
 * Achieng` is a title) nor a possessive. It refers to the one listed person
 * whose title words hold all of its words but an age (`20-year-old`): the
 * words of their role, their aliases (`the Spaniard`), and the title the text
 * writes before their name (`Station manager Priya Nair`) and the age after
 * it (`Priya Nair, 41,`: standings.ts reads ages); when two or
 * more hold them, to the one who is the subject just before it, in its
 * paragraph or the one before, with no other subject between (`Interior
 * Minister Ana Roig told reporters …` then `the minister said`). With no
 * such person, it is a subject nobody can be credited through: a quotation
 * it attributes is left to the editor, and a pronoun after it never reaches
 * past it to an earlier subject (`The former senator, who …, has said he …`).
 * Words for unnamed sources (`the official`) are unnamed-sources.ts's; an
 * age or a kin word with a count (`the 52-year-old`, `the father of six`)
 * is a standing (standings.ts).
 */
import { GROUP_WORDS, ORGANISATION_NOUNS, TITLE_QUALIFIERS, TITLE_WORDS } from './lexicon/name-words.ts';
import { SOURCE_NOUNS } from './lexicon/source-nouns.ts';
import { NOT_IN_TITLE } from './lexicon/titles.ts';
import type { Mention, NamedSource } from './sources.ts';
import { clauseStart, titleWordsOnly } from './subjects.ts';
import { sentenceStart } from '../text/sentences.ts';
import { wordsOf as wordsIn } from '../text/words.ts';

const lowerTitles = new Set(
  [...TITLE_WORDS]
    .filter((w) => !TITLE_QUALIFIERS.has(w) && /^\p{Lu}\p{Ll}+$/u.test(w))
    .map((w) => w.toLowerCase())
    .filter((w) => !SOURCE_NOUNS.has(w) && !ORGANISATION_NOUNS.has(w)),
);
const EPITHET = /(?<![\p{L}\p{N}])[Tt]he((?:\s+[\p{L}\p{N}][\p{L}\p{N}-]*){1,4})(?![\p{L}\p{N}'’-])/gu;
const AGE = /^\d+-year-old$/;
/** `Mamadou Sarr, 52,`: the age written right after a name. */
const AGE_AFTER = /^,[\s\u00a0]*(\d{1,3}),/u;
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);

/** Whether `word` can end an epithet: a person's title in lower case (`governor`), or a nationality (`Spaniard`). */
function isEpithetNoun(word: string): boolean {
  return /^\p{Ll}/u.test(word) ? lowerTitles.has(word) : GROUP_WORDS.has(word) && /[^s]$/.test(word);
}

/** The epithets in `text`, as mentions with their words (lower case, without "the"). */
export function findEpithets(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(EPITHET)) {
    const words = m[1].trim().split(/\s+/);
    // The epithet ends at its last title noun: `the station manager said` is `the station manager`.
    const last = words.findLastIndex(isEpithetNoun);
    if (last < 0) continue;
    const kept = words.slice(0, last + 1);
    if (kept.slice(0, -1).some((w) => NOT_IN_TITLE.has(w.toLowerCase()))) continue;
    let end = m.index + 3;
    for (const w of kept) end += /^\s+/u.exec(text.slice(end))![0].length + w.length;
    const phrase = text.slice(m.index, end).replace(/\s+/g, ' ');
    const rest = text.slice(end);
    if (/^['’]/.test(rest) || /^\s+\p{Lu}/u.test(rest)) continue;
    found.push({ start: m.index, end, description: phrase, epithet: kept.map((w) => w.toLowerCase()) });
  }
  return found;
}

/** Each listed person's title words, from the role, the aliases and the titles the text writes before their name. */
export class Titles {
  private readonly words = new Map<string, Set<string>>();

  constructor(sources: readonly NamedSource[]) {
    for (const s of sources.filter((s) => s.kind === 'person')) this.learn(s.id, [s.role ?? '', ...s.aliases].join(' '));
  }

  /** Learns the title the text writes right before a name (`Station manager Priya Nair`, up to four words of its clause) and the age right after it (`Sarr, 52,`). */
  learnAt(text: string, m: Mention): void {
    const words = wordsIn(text.slice(clauseStart(text, m.start, sentenceStart(text, m.start)), m.start));
    if (words.length <= 4 && titleWordsOnly(words)) this.learn(m.sourceId!, words.join(' '));
    const age = AGE_AFTER.exec(text.slice(m.end))?.[1];
    if (age) this.learn(m.sourceId!, `${age}-year-old`);
  }

  learn(sourceId: string, text: string): void {
    const known = this.words.get(sourceId) ?? new Set<string>();
    for (const w of wordsOf(text)) known.add(w);
    this.words.set(sourceId, known);
  }

  /** The people whose title words hold `word` (an age: `52-year-old`). */
  holding(word: string): string[] {
    return [...this.words].filter(([, words]) => words.has(word)).map(([id]) => id);
  }

  /** The ages the text writes for a person. */
  ages(sourceId: string): string[] {
    return [...(this.words.get(sourceId) ?? [])].filter((w) => AGE.test(w));
  }

  /**
   * The one person the epithet's words (an age aside) all describe; of two
   * or more, the one who is `lastSubject`, the subject just before; else undefined.
   */
  holder(epithet: readonly string[], lastSubject?: string): string | undefined {
    const wanted = epithet.filter((w) => !AGE.test(w));
    const fits = [...this.words].filter(([, words]) => wanted.every((w) => words.has(w))).map(([id]) => id);
    if (fits.length === 1) return fits[0];
    return lastSubject !== undefined && fits.includes(lastSubject) ? lastSubject : undefined;
  }
}
