/**
 * Subjects without a source noun: someone the wire quotes without naming, in
 * words the finder has no noun for (`One juror, a retired schoolteacher,
 * said`, `“…,” a bystander said`, `said one regular`).
 *
 * ## The rule
 *
 * Such a SUBJECT is a/an/one/another and one to four lower-case words, none
 * of them a pronoun or a source the finder knows, that is the subject of a
 * verb of saying: it opens its sentence (after `but`, `and` or `yet` too),
 * or follows a closing quote mark, and the verb comes right after it or
 * after an appositive set off by commas (one not opened by a name or a
 * pronoun, which would be a clause of its own); or it comes right after a
 * verb that allows its subject after it (`said one regular.`). Before its
 * verb the phrase may run to eight words after a/an/one, capitals among them
 * after the first (`But an engineer at the Inga site, speaking on condition
 * of anonymity, told AFP`): such a long phrase is always UNREAD (below), so
 * that a pronoun after it never reaches past it to a person named before.
 *
 * When it opens with "one", holds four lower-case words at most, and its
 * words are all words a title may hold (`One juror`, `one of the stranded
 * climbers`: no preposition but `of`, no
 * pronoun, auxiliary, relative word or -ing form), ending with no noun of
 * time (`One day`), it is an unnamed source described by those words,
 * credited as any description is (unnamed-sources.ts). Otherwise (`A
 * neighbour who said …`, `a bystander said`, `A week later, …`, where a/an
 * may open a time or a text as well as a person) it is UNREAD:
 * the finder cannot be sure where the description ends, so nobody is
 * credited through it, the quotation it attributes is left to the editor,
 * and a pronoun after it never reaches back past it to a person named
 * earlier. A wrong name is worse than none.
 */
import { INVERTING, SAYING_VERB } from './lexicon/saying.ts';
import { sentenceEnds } from '../text/sentences.ts';
import type { Mention } from './sources.ts';
import { titleWordsOnly } from './subjects.ts';
import { TIME_NOUNS } from './lexicon/source-nouns.ts';
import { wordsOf } from '../text/words.ts';

const SPACE = '[\\s\\u00a0]+';
/** The unnamed person's words: a/an/one/another, then one to four lower-case words (case counts: no `i` flag). */
const PHRASE = `(?:[Aa]n?|[Oo]ne|[Aa]nother)(?:${SPACE}\\p{Ll}[\\p{L}'’-]*){1,4}?`;
/** Before its verb, a longer phrase too, capitals after its first word (`an engineer at the Inga site`), after `but` or `and`. */
const LONG_PHRASE = `(?:[Aa]n?|[Oo]ne|[Aa]nother)${SPACE}\\p{Ll}[\\p{L}'’-]*(?:${SPACE}[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*){0,7}?`;
/** Before its verb: `One juror said`, `One juror, a retired schoolteacher, said`. */
const BEFORE_VERB = new RegExp(
  `^((?:[Bb]ut|[Aa]nd|[Yy]et)${SPACE})?(${LONG_PHRASE})([\\s\\u00a0]*,[^;:“”"]*,)?${SPACE}(?:${SAYING_VERB.source})(?![\\p{L}\\p{N}])`,
  'u',
);
/** The words a plain description may hold: no capitals, four at most after its opener. */
const PLAIN = new RegExp(`^${PHRASE}$`, 'u');
/** After a verb that allows it: `said one regular.`, `According to one resident, …`. */
const AFTER_VERB = new RegExp(
  `^(?:${[...INVERTING].map((verb) => `[${verb[0]}${verb[0].toUpperCase()}]${verb.slice(1).replace(/ /g, SPACE)}`).join('|')})${SPACE}(${PHRASE})(?=[\\s\\u00a0]*(?:[,.;!?]|$))`,
  'u',
);

/** Where a subject may open: each sentence's start, and right after a closing quote mark and its comma. */
function openings(text: string): number[] {
  const starts = [0, ...sentenceEnds(text).map((end) => end.after)];
  for (const m of text.matchAll(/[”"],?/gu)) starts.push(m.index + m[0].length);
  return [...new Set(starts.map((at) => at + (/^[\s\u00a0]*/u.exec(text.slice(at))?.[0].length ?? 0)))].sort((a, b) => a - b);
}

/**
 * The subjects without a source noun of a paragraph, as descriptions, or
 * flagged `unread` when their words are not plain, by the rule above. `known`
 * are the mentions already read in it (names, descriptions, documents,
 * epithets, pronouns): a phrase that overlaps one is theirs, not unread;
 * `quoted` says whether an offset lies inside quote marks.
 */
export function findUnreadSubjects(text: string, known: readonly Mention[], quoted: (i: number) => boolean): Mention[] {
  const found: Mention[] = [];
  for (const at of openings(text)) {
    if (quoted(at)) continue;
    const rest = text.slice(at);
    const before = BEFORE_VERB.exec(rest);
    const after = before ? undefined : AFTER_VERB.exec(rest);
    const phrase = before?.[2] ?? after?.[1];
    if (phrase === undefined) continue;
    const start = at + (before ? (before[1]?.length ?? 0) : after![0].length - phrase.length);
    const end = start + phrase.length;
    if (known.some((m) => m.start < end && start < m.end)) continue;
    // Not `A day later, she said the plan was dead, adding …`: a clause opened by its own subject is no appositive.
    const appositive = before?.[3] && end + /^[\s\u00a0]*,[\s\u00a0]*/u.exec(before[3])![0].length;
    if (appositive && known.some((m) => m.start === appositive && (m.pronoun || m.sourceId !== undefined))) continue;
    const description = phrase.replace(/\s+/g, ' ');
    const [opener, ...words] = wordsOf(phrase);
    // `One juror`: plain words name an unnamed source; `A neighbour who said …` leaves its extent in doubt.
    const plain =
      PLAIN.test(phrase) &&
      opener.toLowerCase() === 'one' &&
      titleWordsOnly(words) &&
      !TIME_NOUNS.has(words.at(-1)!.toLowerCase());
    found.push(
      plain ? { start, end, description, noun: words.at(-1)!.toLowerCase() } : { start, end, description, unread: true },
    );
  }
  return found;
}
