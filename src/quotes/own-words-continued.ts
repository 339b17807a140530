/**
 * The speaker a French or Spanish attribution with no name continues
 * (`« … », a-t-elle ajouté`, `“…”, agregó.`), credited only when certain.
 *
 * The attribution after the closing mark is a comma, then the language's
 * verb with an inverted pronoun (`a-t-il dit`, `précise-t-elle`) or no
 * subject at all (`agregó.`), optionally the agency told, then the clause's
 * end or a phrase opened by a preposition (`dijo a EFE con la voz
 * quebrada`), never a subject (`aseguró la jefa comunal` is left alone). Such a quotation is credited
 * to a listed person only when the text outside quote marks before it in its
 * paragraph (from the paragraph before's start, when the quotation opens its
 * paragraph) names that person and no other source: no second person,
 * organisation or unnamed source (`Un funcionario … explicó a EFE que …
 * “…”, sostuvo.` after a paragraph about Gloria Martínez is not hers); and
 * no sentence there opens on an article or a possessive without a name
 * after its title words or its title set off by a comma (`La préfète de la
 * Gironde, Anne Mercadier, …` names her; `Une voisine …`, `Le préfet …`,
 * `Su esposo …` do not):
 * someone the rules cannot name, who may be the pronoun's.
 * Anything else stays uncredited for the editor (own-words.ts says why).
 */
import type { OwnWords } from './own-words.ts';
import type { Quotation } from './quotations.ts';
import { quotedIn, type Reading } from './read-paragraphs.ts';
import type { Referent } from './referents.ts';
import type { Mention } from './sources.ts';
import { sentenceEnds } from '../text/sentences.ts';

const ATTRIBUTIONS = new Map<OwnWords, RegExp>();
/** A sentence opening on an article or a possessive, and no name after its title words, is about someone unnamed. */
const OTHER_SUBJECT = /^\s*(?:(?:un|une|des|uno|una|unos|unas|son|sa|ses|leur|su|sus|le|la|les|el|los|las)\s|l['’])/iu;

/** `, a-t-il dit`, `, précise-t-elle`, `, agregó`: the verb with a pronoun or no subject, ending its clause. */
function unnamedAttribution(words: OwnWords): RegExp {
  if (!ATTRIBUTIONS.has(words)) {
    const after = `(?:\\s+${words.toAgency})?(?=\\s*(?:[,.;]|$)|\\s+(?:${words.prepositions})\\s)`;
    ATTRIBUTIONS.set(words, new RegExp(`^\\s*,\\s*(?:${words.pronounVerb}|${words.verb})${after}`, 'iu'));
  }
  return ATTRIBUTIONS.get(words)!;
}

/**
 * `le directeur de Rhône Mobilités, Olivier Deschamps`, `la secrétaire du
 * Syndicat des traminots (SATL), Nadia Berthier`: an organisation named in
 * a person's title, the person's name set off by a comma right after it.
 */
function inTitle(text: string, m: Mention, later: readonly Mention[], words: OwnWords): boolean {
  const person = later.find((x) => x.sourceId !== undefined && x.start > m.end);
  if (!person || !/^[^,;:.«»“”"(]*(?:\([^)]*\))?\s*,\s*$/u.test(text.slice(m.end, person.start))) return false;
  return new RegExp(`(?:^|\\s)${words.of}\\s*(?:l['’]|la\\s+)?(?:[^,;:.()]*\\()?$`, 'iu').test(text.slice(0, m.start));
}

/** The one person named before a quotation whose attribution gives no name, when no other source is named. */
export function continuedSpeaker(quotation: Quotation, { read, referentAt }: Reading, words: OwnWords): Referent | undefined {
  const last = quotation.parts.filter((part) => part.span.closed).at(-1);
  if (!last) return undefined;
  const own = read[last.paragraphIndex];
  const first = quotation.parts[0];
  const after = own.text.slice(last.span.close + 1);
  // A paragraph that is nothing but the quotation (`“Una vida no”.`) continues the one before as an unnamed attribution does.
  const alone =
    /^[\s.]*$/.test(after) &&
    quotation.parts.every((part) => read[part.paragraphIndex].text.slice(0, part.span.open).trim() === '');
  if (!alone && !unnamedAttribution(words).test(after)) return undefined;
  const seen = new Map<string, Referent | undefined>();
  let unnamedSubject = false;
  const titled = new RegExp(`^\\s*(?:${words.article}\\s*(?:(?:[\\p{Ll}-]+\\s+){0,4}|[^,;:«»“”"]{1,80},\\s*))?$`, 'iu');
  // Words before the quotation in its own paragraph are the window; only a quotation opening its paragraph looks back.
  const opensParagraph = read[first.paragraphIndex].text.slice(0, first.span.open).trim() === '';
  for (let p = opensParagraph ? Math.max(0, first.paragraphIndex - 1) : first.paragraphIndex; p <= first.paragraphIndex; p++) {
    const { mentions, spans, text } = read[p];
    const quoted = quotedIn(spans);
    for (const [i, m] of mentions.entries()) {
      if (p === first.paragraphIndex && m.start >= first.span.open) continue;
      if (quoted(m.start) || inTitle(text, m, mentions.slice(i + 1), words)) continue;
      const referent = referentAt(m, p);
      seen.set(referent?.key ?? `${p}:${m.start}`, referent);
    }
    for (const end of [0, ...sentenceEnds(text).map((e) => e.after)]) {
      if (p === first.paragraphIndex && end >= first.span.open) break;
      if (quoted(end + 1)) continue;
      // `Une voisine a vu …`, `Su esposo dijo …`: a sentence about someone the rules cannot name.
      const named = mentions.some((m) => m.start >= end && titled.test(text.slice(end, m.start)));
      if (OTHER_SUBJECT.test(text.slice(end)) && !named) unnamedSubject = true;
    }
  }
  const [only, ...others] = [...seen.values()];
  if (others.length > 0 || only?.kind !== 'person' || only.sourceId === undefined) return undefined;
  return unnamedSubject ? undefined : only;
}
