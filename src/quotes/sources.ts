/**
 * Who a quotation can be credited to, and where the text mentions them. A
 * named source is a person from the frontmatter's `people` or an organisation
 * from its `organisations`; unnamed sources are found by unnamed-sources.ts.
 *
 * A person is mentioned by full name, by surname (the last word of the name,
 * or the first of a family name written first before a given name hyphenated
 * in lower case, `Kang` of Kang Min-seok; unless another person shares it) or
 * by an alias; an organisation by its
 * name (with or without a leading "the") or an alias. Names match with their
 * case, so the surname "May" is not found in "may"; aliases and organisation
 * names may also start with a capital, opening a sentence. Mentions never
 * overlap: the longest wins ("Maria Zakharova" over "Zakharova").
 *
 * Two kinds of mention never name the speaker, and are flagged: a POSSESSIVE
 * (`Putin’s spokesman said`) and a TITLE, a name right before a title word or
 * another capitalised word (`Kremlin spokesman Dmitry Peskov`, `NATO
 * Secretary General Jens Stoltenberg`), or inside someone else's noun phrase:
 * after a/an/one/two/several/… and before a lower-case word (`a Trump
 * supporter said`, `according to a SITE translation`).
 */
import { INDEFINITE } from './lexicon/source-nouns.ts';
import { TITLE_NOUNS } from './lexicon/titles.ts';
import { escapeRegExp, surnameOf } from '../text/patterns.ts';
import type { Organisation, Person } from '../article/schema.ts';

export type SourceKind = 'person' | 'organisation' | 'unnamed';
export type Pronoun = 'he' | 'she' | 'it' | 'they';

/** A person or an organisation from the frontmatter. */
export interface NamedSource {
  kind: 'person' | 'organisation';
  id: string;
  name: string;
  /** A person's role or an organisation's description, when it has one. */
  role?: string | undefined;
  aliases: readonly string[];
  /** A person's pronoun, when the frontmatter gives it. */
  pronoun?: 'he' | 'she' | 'they' | undefined;
}

/** A place in a paragraph where a source may be named or referred to. */
export interface Mention {
  start: number;
  end: number;
  /** A named source's id. */
  sourceId?: string;
  pronoun?: Pronoun;
  /** An unnamed source: its description as the text has it, and the singular of its noun. */
  description?: string;
  noun?: string;
  plural?: boolean;
  /** `the official`, `one of the sources`: refers back to an unnamed source described earlier. */
  backReference?: boolean;
  /** A description the editor listed under `quotes.unnamed`: it wins over any name inside it. */
  marked?: boolean;
  /** A statement, report or other text (documents.ts): its noun, whether "the" opens it, the organisation named in it. */
  document?: { noun: string; definite: boolean; issuer?: string };
  /** "Putin’s spokesman said": a possessive names someone else as the speaker. */
  possessive?: boolean;
  /** "Kremlin spokesman Dmitry Peskov", "a Trump supporter": the name is part of someone else's title or description. */
  title?: boolean;
  /** `the station manager`: an epithet's words, lower case, without "the" (epithets.ts). */
  epithet?: string[];
  /** `the 52-year-old`, `the father of six`: an epithet by age or kin (standings.ts). */
  standing?: { age?: string; pronoun?: 'he' | 'she' };
  /** `a bystander near the gate said`: someone unnamed in words whose extent is in doubt (unread-subjects.ts); nobody is credited through them. */
  unread?: boolean;
  /** "said of Smith", "told the minister, Jane Roe": a name in passing (names-in-passing.ts), set when the paragraph is read. */
  passing?: boolean;
}

export function namedSources(people: readonly Person[], organisations: readonly Organisation[] = []): NamedSource[] {
  return [
    ...people.map((p) => ({
      kind: 'person' as const,
      id: p.id,
      name: p.name,
      role: p.role,
      aliases: p.aliases ?? [],
      pronoun: p.pronoun,
    })),
    ...organisations.map((o) => ({
      kind: 'organisation' as const,
      id: o.id,
      name: o.name,
      role: o.description,
      aliases: o.aliases ?? [],
    })),
  ];
}

/**
 * A RegExp source for a name: any apostrophe or space in it matches its
 * typographic variants, and with `anyFirstCase` its first letter may be
 * either case. Otherwise case must match.
 */
export function namePattern(name: string, anyFirstCase: boolean): string {
  const escape = (s: string) => escapeRegExp(s).replace(/['’‘]/g, "['’‘]").replace(/\s+/g, '[\\s\\u00a0]+');
  const trimmed = name.trim();
  const first = trimmed.charAt(0);
  if (!anyFirstCase || first.toLowerCase() === first.toUpperCase()) return escape(trimmed);
  return `[${first.toLowerCase()}${first.toUpperCase()}]${escape(trimmed.slice(1))}`;
}

/** `Kang Min-seok`, `Choi Sang-min`: a given name hyphenated in lower case after a family name written first. */
const FAMILY_NAME_FIRST = /^(\p{Lu}\p{Ll}+)[\s\u00a0]+\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** Every way the text may name each source, as RegExp sources. */
function namesOf(sources: readonly NamedSource[]): Map<NamedSource, Set<string>> {
  const surname = (source: NamedSource) => FAMILY_NAME_FIRST.exec(source.name.trim())?.[1] ?? surnameOf(source.name);
  const surnames = sources.filter((s) => s.kind === 'person').map(surname);
  return new Map(
    sources.map((source) => {
      const names =
        source.kind === 'person'
          ? [source.name, ...(surnames.filter((s) => s === surname(source)).length === 1 ? [surname(source)] : [])].map((name) =>
              namePattern(name, false),
            )
          : [source.name, source.name.replace(/^the\s+/i, '')].map((name) => namePattern(name, true));
      return [source, new Set([...names, ...source.aliases.map((alias) => namePattern(alias, true))])];
    }),
  );
}

/** The named sources' mentions in `text`, longest match first, without overlaps, possessives and titles flagged. */
export function mentionsOf(text: string, sources: readonly NamedSource[]): Mention[] {
  const candidates: Mention[] = [];
  for (const [source, names] of namesOf(sources)) {
    for (const name of names) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) {
        const end = m.index + m[0].length;
        const rest = text.slice(end);
        const possessive = /^['’](?:s(?![\p{L}])|(?![\p{L}]))/u.test(rest);
        const next = /^[\s\u00a0]+([\p{L}][\p{L}-]*)/u.exec(rest)?.[1] ?? '';
        const determiner = /(?<![\p{L}])(\p{L}+)[\s\u00a0]+$/u.exec(text.slice(0, m.index))?.[1].toLowerCase() ?? '';
        const inPhrase = INDEFINITE.has(determiner) && /^\p{Ll}/u.test(next);
        const title = /^\p{Lu}/u.test(next) || TITLE_NOUNS.has(next.toLowerCase()) || inPhrase;
        candidates.push({ start: m.index, end, sourceId: source.id, possessive, title });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  for (const c of candidates) {
    if (mentions.length === 0 || c.start >= mentions.at(-1)!.end) mentions.push(c);
  }
  return mentions;
}

const PRONOUN = /(?<![\p{L}\p{N}])(he|she|it|they|one of them)(?![\p{L}\p{N}’'])/giu;

/** He, she, it and they; "one of them" refers as "they" does (`two sources …. “…,” one of them said`). */
export function pronounMentions(text: string): Mention[] {
  return [...text.matchAll(PRONOUN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    pronoun: (m[1].toLowerCase() === 'one of them' ? 'they' : m[1].toLowerCase()) as Pronoun,
  }));
}

const SHE_WORDS = /(?<![\p{L}])(?:\p{L}*woman|\p{L}*women|mrs|ms|miss|madam|madame|lady|queen|princess|duchess)(?![\p{L}])/iu;
const HE_WORDS = /(?<![\p{L}])(?:spokesman|chairman|congressman|businessman|statesman|mr|sir|lord|king|prince|duke)(?![\p{L}])/iu;

/** Infers he/she from words about a person (a role, an alias, a title), when they say. */
export function pronounHint(words: string): 'he' | 'she' | undefined {
  if (SHE_WORDS.test(words)) return 'she';
  if (HE_WORDS.test(words)) return 'he';
  return undefined;
}
