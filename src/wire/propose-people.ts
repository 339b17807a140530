/**
 * Who the story quotes, proposed for the editor to check. Names come from the
 * item's person entities where the format has them; otherwise from the
 * attribution of each direct quotation (`…,” Zelensky said`). Each name is
 * then completed from its fullest mention in the text, and the words before
 * that mention give the role: "Russian foreign ministry spokeswoman Maria
 * Zakharova" → name "Maria Zakharova", role "Russian foreign ministry
 * spokeswoman". Nothing is invented: a person the text gives no title has no
 * role, and `npm run check` asks for one.
 */
import { quoteSpans } from '../quotes/quotations.ts';
import { sentenceEnds } from '../text/sentences.ts';
import { SAYING as VERBS } from '../quotes/lexicon/saying.ts';
import { slugify } from '../article/slug.ts';
import { escapeRegExp, surnameOf } from '../text/patterns.ts';

export interface ProposedPerson {
  id: string;
  name: string;
  role?: string;
}

/** A capitalised word of a name, with the particles names carry ("de", "van", "bin"). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const PARTICLE = String.raw`(?:de|del|della|der|di|da|dos|du|van|von|bin|ibn|al|el|la|le|ter)`;
const RUN = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD})*`;
const VERB = `(?:${VERBS.join('|').replace(/ /g, '\\s+')})`;
const BEFORE_VERB = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!\bthe\s)(${RUN})\s+(?:\p{Ll}+\s+)?${VERB}(?![\p{L}\p{N}])`, 'gu');
const AFTER_VERB = new RegExp(String.raw`(?<![\p{L}\p{N}])${VERB}\s+(${RUN})`, 'gu');

/** Capitalised words that are titles, not names: "Ukrainian Foreign Minister Dmytro Kuleba". */
const TITLES = new Set(
  `President Vice Prime Minister Foreign Defence Defense Interior Finance Economy Health Justice Deputy Secretary State
  General Secretary-General Chancellor King Queen Prince Princess Pope Chief Spokesman Spokeswoman Spokesperson
  Senator Sen. Representative Rep. Governor Gov. Mayor Ambassador Envoy Commissioner Director Chairman Chairwoman
  Chair Leader Premier Colonel Col. Gen. Lieutenant Lt. Captain Capt. Major Maj. Admiral Commander Marshal Sergeant
  Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Sir Dame Lord Lady Judge Speaker Patriarch Archbishop Bishop Cardinal Emir Sheikh
  Crown Head Executive Officer Attorney Press Affairs Security National Army Navy
  American Afghan Belarusian Belgian British Canadian Chinese Crimean Danish Dutch Estonian European Finnish French
  Georgian German Greek Hungarian Indian Iranian Iraqi Irish Israeli Italian Japanese Kazakh Korean Latvian
  Lithuanian Moldovan Palestinian Polish Romanian Russian Saudi Spanish Swedish Swiss Syrian Turkish Ukrainian
  Western Eastern Kremlin`.split(/\s+/),
);
const isTitle = (word: string) => TITLES.has(word) || /^\p{Lu}{2,5}$/u.test(word);
/** Words that end a role when reading back from a name: "with Russian President Vladimir Putin". */
const STOPS = new Set(
  `a an the his her their its our my your with without to by from and or but of for as at in on into over under about
  against between among after before during since until while when where who whom whose which that this these those
  than then also said says told added called invited met meet is was were are be been has have had will would could
  should can may might not no including according like set`.split(/\s+/),
);
/** Capitalised words next to a verb that are not people: pronouns, days, months. */
const NOT_NAMES = new Set(
  `He She They It We I You This That The There Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
  February March April May June July August September October November December`.split(/\s+/),
);

interface Mention {
  name: string[];
  role: string[];
  order: number;
}

export function proposePeople(paragraphs: readonly string[], entities: readonly string[]): ProposedPerson[] {
  const wanted = [...entities];
  for (const name of speakerNames(paragraphs)) {
    const surname = name.at(-1)!;
    if (!wanted.some((known) => surnameOf(known) === surname)) wanted.push(name.join(' '));
  }
  const found = wanted.map((name) => ({ given: name, mention: fullestMention(paragraphs, name) }));
  found.sort((a, b) => (a.mention?.order ?? Infinity) - (b.mention?.order ?? Infinity));
  const people: ProposedPerson[] = [];
  for (const { given, mention } of found) {
    const name = mention && mention.name.length >= given.split(/\s+/).length ? mention.name.join(' ') : given;
    if (people.some((p) => p.name === name)) continue;
    const surnameId = slugify(surnameOf(name));
    const id = people.some((p) => p.id === surnameId) ? slugify(name) : surnameId;
    const role = mention && mention.role.length > 0 ? mention.role.join(' ') : undefined;
    people.push(role ? { id, name, role } : { id, name });
  }
  return people;
}

/** The names next to an attribution verb of each direct quotation, title words removed. */
function speakerNames(paragraphs: readonly string[]): string[][] {
  const names: string[][] = [];
  for (const text of paragraphs) {
    const spans = quoteSpans(text).filter((span) => span.kind === 'direct');
    const ends = sentenceEnds(text);
    for (const span of spans) {
      const after = text.slice(span.close + 1, ends.find((end) => end.at > span.close)?.at ?? text.length);
      const start = ends.filter((end) => end.after <= span.open).at(-1)?.after ?? 0;
      const before = text.slice(start, span.open);
      for (const clause of [after, before]) {
        for (const match of [...clause.matchAll(BEFORE_VERB), ...clause.matchAll(AFTER_VERB)]) {
          const words = match[1].split(/\s+/);
          const name = splitTitle(words).name;
          if (/['’]s?$/.test(words.at(-1)!) || name.length === 0 || name.some((word) => NOT_NAMES.has(word))) continue;
          names.push(name);
        }
      }
    }
  }
  return names;
}

/** A capitalised run as title words and name words: the name is the tail that holds no title. */
function splitTitle(words: readonly string[]): { title: string[]; name: string[] } {
  let cut = words.length;
  while (cut > 0 && words.length - cut < 4 && !isTitle(words[cut - 1])) cut--;
  return { title: words.slice(0, cut), name: words.slice(cut) };
}

/**
 * The mention of this person that gives the most of their name (the first
 * such that has role words), and where the text first names them.
 */
function fullestMention(paragraphs: readonly string[], name: string): Mention | undefined {
  const surname = escapeRegExp(surnameOf(name));
  const pattern = new RegExp(String.raw`(?:${RUN}\s+(?:${PARTICLE}\s+)*)?(?<![\p{L}])${surname}(?![\p{L}])`, 'gu');
  const mentions: Mention[] = paragraphs.flatMap((text, index) =>
    [...text.matchAll(pattern)].flatMap((match) => {
      const { title, name: words } = splitTitle(match[0].split(/\s+/));
      const role = [...roleBefore(text.slice(0, match.index)), ...title];
      return words.length === 0 ? [] : [{ name: words, role: role.length <= 7 ? role : [], order: index * 1e6 + match.index }];
    }),
  );
  if (mentions.length === 0) return undefined;
  const rank = (m: Mention) => m.name.length * 2 + (m.role.length > 0 ? 1 : 0);
  const best = mentions.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  return { ...best, order: Math.min(...mentions.map((m) => m.order)) };
}

/** The words right before a name that describe the person, back to punctuation or a function word. */
function roleBefore(text: string): string[] {
  const words = /(?:[\p{L}\p{M}.'’-]+\s+)*$/u.exec(text)?.[0].trim().split(/\s+/).filter(Boolean) ?? [];
  const role: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (STOPS.has(word.toLowerCase()) || /['’]s?$/.test(word)) break;
    role.unshift(word);
  }
  return role;
}
