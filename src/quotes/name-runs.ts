/**
 * The names a story gives, read from its runs of capitalised words, for the
 * desk's proposals (proposals.ts). Nothing here decides who speaks: that is
 * the quote finder's, which is run on what this finds.
 *
 * ## What a run names (the rule)
 *
 * A RUN is a sequence of capitalised words outside quote marks, one space
 * apart, with the particles names carry (de, van, bin, …) between them. It
 * ends at punctuation, at a lower-case word, at a possessive (`Putin’s`,
 * flagged) and at a full stop that is no abbreviation's (`Sen.` and `U.S.`
 * are). Two runs joined by "of", "and", "for" or "&" are one when either
 * holds an organisation word (`Department of Health and Social Care`), or
 * when a title meets a title (`Secretary of State`). The words that open a
 * sentence or name a day (The, In, Asked, Monday, …) are taken off its start;
 * a word that describes rather than names (`Russian-born`, `Corvair-built`,
 * a party-and-state tag `D-Wash.`) splits it. Each run is then read from its end:
 *
 *   - an ORGANISATION when it ends in an organisation word (Ministry, Bank,
 *     Athletic, Fire, …), is an institution's name (White House), is an
 *     acronym that is not an agency's (`UKMTO`, not `AFP`), or has an
 *     organisation word after its last title word: the whole run is its name;
 *   - a PLACE, naming no source, when a word after its last title word is a
 *     place word (Road, Creek, Province, Place, …);
 *   - otherwise a PERSON: the NAME is the words after the last title word
 *     (lexicon/name-words.ts: titles, honorifics, nationalities and groups,
 *     agencies, acronyms), at most four, and the title words before it, less
 *     honorifics, are the TITLE (`Russian Foreign Minister` Sergei Lavrov).
 *     Title words alone name nobody (`Sunni Muslim`, `Reuters`, `The Spaniard`).
 */
import {
  AGENCY_WORDS,
  GROUP_WORDS,
  HONORIFICS,
  NOT_NAMES,
  ORGANISATION_NAMES,
  OUTLET_NOUNS,
  ORGANISATION_WORDS,
  PLACE_WORDS,
  TITLE_QUALIFIERS,
  TITLE_WORDS,
} from './lexicon/name-words.ts';

/** A name the text gives, where it stands in its paragraph. */
export interface NameRun {
  kind: 'person' | 'organisation';
  paragraphIndex: number;
  name: string;
  start: number;
  end: number;
  /** The title words before a person's name as the text has them, honorifics left out (`US Secretary of State`). */
  title?: string;
  /** A title that shows a person (Minister, Mr, CEO) stood before the name, so a lone surname is a person's. */
  personTitle: boolean;
  /** Where the run starts, title words included. */
  runStart: number;
  possessive: boolean;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.&+-]*/gu;
const PARTICLES = new Set('de del della der di da das dos du van von bin ibn al el la le ter y'.split(' '));
const CONNECTORS = new Set(['of', 'and', 'for', '&']);
const DESCRIBING =
  /-(?:born|based|flagged|built|led|backed|owned|run|made|style|era|bound|linked|funded|speaking|controlled|registered)$|^[DRI]-\p{Lu}/u;
const capital = (w: string) => /^\p{Lu}/u.test(w);
const acronym = (w: string) => /^\p{Lu}[\p{Lu}.&]+$/u.test(w) && !/^[IVXL]+$/.test(w);
const abbreviation = (w: string) => HONORIFICS.has(w) || TITLE_WORDS.has(w) || /^(?:\p{Lu}\.)+$/u.test(w);

/** Words that stand in a title, not in a name. */
function titleLike(word: string): boolean {
  return TITLE_WORDS.has(word) || HONORIFICS.has(word) || GROUP_WORDS.has(word) || AGENCY_WORDS.has(word) || acronym(word);
}

interface Token extends Word {
  /** Ends its run: a possessive, or a full stop that is no abbreviation's. */
  possessive: boolean;
  stop: boolean;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    let word = m[0];
    const possessive = /['’]s$|s['’]$/u.test(word);
    if (possessive) word = word.replace(/['’]s?$/u, '');
    const stop = word.endsWith('.') && !abbreviation(word);
    if (stop) word = word.slice(0, -1);
    return { text: word, start: m.index, end: m.index + word.length, possessive, stop };
  });
}

/** The runs of capitalised words in one paragraph (quoted text already blanked out), joined as the rule says. */
function rawRuns(text: string): { words: Word[]; possessive: boolean }[] {
  const all = tokens(text);
  const joined = (a: Token, b: Token | undefined) =>
    b !== undefined && /^[ \u00a0]+$/.test(text.slice(a.end + (a.stop ? 1 : 0), b.start));
  /** The capitalised words from `k` on, while they are joined. */
  const runAt = (k: number) => {
    const words: Token[] = [];
    for (let j = k; j < all.length && capital(all[j].text); j++) {
      words.push(all[j]);
      if (all[j].possessive || all[j].stop || !joined(all[j], all[j + 1])) break;
    }
    return words;
  };
  const runs: { words: Word[]; possessive: boolean }[] = [];
  for (let i = 0; i < all.length; i++) {
    if (!capital(all[i].text)) continue;
    const words: Token[] = [all[i]];
    let j = i;
    while (!all[j].possessive && !all[j].stop && joined(all[j], all[j + 1])) {
      const next = all[j + 1];
      if (capital(next.text)) {
        words.push(next);
        j++;
        continue;
      }
      // Particles may come in a row (`Place de la Republique`); a connector comes alone.
      let k = j + 1;
      while (PARTICLES.has(all[k].text) && joined(all[k], all[k + 1]) && !capital(all[k + 1].text)) k++;
      const after = all[k + 1];
      if (!after || !capital(after.text) || !joined(all[k], after)) break;
      if (CONNECTORS.has(next.text)) {
        const ahead = runAt(j + 2);
        const organisation = [...words, ...ahead].some((w) => ORGANISATION_WORDS.has(w.text));
        const titles = next.text === 'of' && TITLE_WORDS.has(words.at(-1)!.text) && TITLE_WORDS.has(after.text);
        if (!organisation && !titles) break;
      } else if (!PARTICLES.has(next.text)) break;
      words.push(...all.slice(j + 1, k + 1).map((w) => ({ ...w, start: -w.start - 1 })), after);
      j = k + 1;
    }
    runs.push({ words, possessive: all[j].possessive });
    i = j;
  }
  return runs;
}

/** The names in a paragraph's runs, by the rule above. `text` has its quoted words blanked out. */
export function nameRuns(text: string, paragraphIndex: number): NameRun[] {
  const found: NameRun[] = [];
  for (const { words: all, possessive } of rawRuns(text)) {
    // A describing word splits the run; only the part after the last one can end in a possessive.
    const parts: Word[][] = [[]];
    for (const w of all) {
      if (DESCRIBING.test(w.text)) parts.push([]);
      else parts.at(-1)!.push(w);
    }
    parts.forEach((part, i) => {
      const run = read(text, part, paragraphIndex, possessive && i === parts.length - 1);
      if (run) found.push(run);
    });
  }
  return found;
}

/** One run of words as a name, or undefined when it names no source. Joining words have a negative start. */
function read(text: string, words: Word[], paragraphIndex: number, possessive: boolean): NameRun | undefined {
  let from = 0;
  while (from < words.length && (NOT_NAMES.has(words[from].text) || words[from].start < 0)) from++;
  const kept = words.slice(from);
  if (kept.length === 0) return undefined;
  const real = (ws: Word[]) => ws.filter((w) => w.start >= 0);
  const located = (ws: Word[]) => {
    const [first, last] = [real(ws)[0], real(ws).at(-1)!];
    return { start: first.start, end: last.end, name: text.slice(first.start, last.end).replace(/\s+/g, ' ') };
  };
  const runStart = kept[0].start;
  const organisation = (): NameRun => {
    const at = located(kept);
    return { kind: 'organisation', paragraphIndex, ...at, personTitle: false, runStart, possessive };
  };
  const last = kept.at(-1)!.text;
  if (ORGANISATION_NAMES.has(located(kept).name)) return organisation();
  // A word such as `Club` or `Council` alone is a noun the sentence opens with (`Council leader Neil Parkes`), not a name.
  if (real(kept).length === 1 && ORGANISATION_WORDS.has(last)) return undefined;
  if (kept.some((w) => AGENCY_WORDS.has(w.text)) && !kept.some((w) => TITLE_WORDS.has(w.text) && !TITLE_QUALIFIERS.has(w.text))) {
    return undefined;
  }
  if (ORGANISATION_WORDS.has(last) || OUTLET_NOUNS.has(nextWord(text, kept.at(-1)!.end))) return organisation();
  if (kept.length === 1 && acronym(last) && !AGENCY_WORDS.has(last) && !TITLE_WORDS.has(last)) return organisation();
  let cut = kept.length;
  while (cut > 0 && !titleLike(kept[cut - 1].text) && !ORGANISATION_WORDS.has(kept[cut - 1].text)) cut--;
  const head = real(kept.slice(0, cut));
  const name = real(kept.slice(cut));
  // An organisation word makes the run an organisation's, unless a person's title follows it (`Cal Fire Battalion Chief …`).
  const lastOrganisation = head.findLastIndex((w) => ORGANISATION_WORDS.has(w.text));
  const personTitle = (w: Word) => HONORIFICS.has(w.text) || (TITLE_WORDS.has(w.text) && !TITLE_QUALIFIERS.has(w.text));
  if (lastOrganisation >= 0 && !head.slice(lastOrganisation + 1).some(personTitle)) return organisation();
  if (name.length === 0 || name.length > 4) return undefined;
  if (name.some((w) => PLACE_WORDS.has(w.text) || NOT_NAMES.has(w.text) || GROUP_WORDS.has(w.text))) return undefined;
  const titled = head.some(personTitle);
  if (name.length === 1 && !titled && head.some((w) => AGENCY_WORDS.has(w.text))) return undefined;
  if (name.length === 1 && !titled && head.some((w) => acronym(w.text))) return organisation();
  return {
    kind: 'person',
    paragraphIndex,
    ...located(name),
    title: titleText(text, head),
    personTitle: titled,
    runStart,
    possessive,
  };
}

/** The title words of a run's head as the text writes them, without the honorifics at either end. */
function titleText(text: string, head: Word[]): string | undefined {
  const words = [...head];
  while (words.length > 0 && HONORIFICS.has(words[0].text)) words.shift();
  while (words.length > 0 && HONORIFICS.has(words.at(-1)!.text)) words.pop();
  return words.length === 0 ? undefined : text.slice(words[0].start, words.at(-1)!.end).replace(/\s+/g, ' ');
}

/** The lower-case word right after `end`, if any. */
function nextWord(text: string, end: number): string {
  return /^[ \u00a0]+(\p{Ll}+)/u.exec(text.slice(end))?.[1] ?? '';
}
