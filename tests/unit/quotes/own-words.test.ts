/** French and Spanish copy credited by its own words (own-words.ts), and never to a name the rules are unsure of. */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import type { Organisation, Person } from '../../../src/article/schema';

const people: Person[] = [
  { id: 'claire-martel', name: 'Claire Martel', role: 'Maire' },
  { id: 'pablo-ibarra', name: 'Pablo Ibarra', role: 'Alcalde' },
] as Person[];
const organisations: Organisation[] = [{ id: 'regie', name: 'Régie des Eaux' }] as Organisation[];

/** Each quotation's text and its source's id, `?` when it is left uncredited. */
function credits(lang: string | undefined, ...texts: string[]) {
  const paragraphs = texts.map((text, i) => ({ text, line: 1 + 2 * i }));
  const { quotes, unattributed } = findQuotes(paragraphs, people, { organisations, lang });
  return [...quotes.map((q) => [q.text, q.sourceId]), ...unattributed.map((u) => [u.text, '?'])];
}

describe('French', () => {
  it('credits the name after the verb, the agency told or a title between', () => {
    expect(credits('fr', '« Le réseau tiendra », a déclaré Claire Martel.')).toEqual([['Le réseau tiendra', 'claire-martel']]);
    expect(credits('fr', '«\u202fLe réseau tiendra\u202f», a assuré à l’AFP la maire Claire Martel.')).toEqual([
      ['Le réseau tiendra', 'claire-martel'],
    ]);
    expect(credits('fr', '« Le réseau tiendra », estime Claire Martel, élue depuis 2020.')).toEqual([
      ['Le réseau tiendra', 'claire-martel'],
    ]);
  });

  it('credits the name set off by commas after a title of any words', () => {
    expect(
      credits('fr', '« Nous rouvrirons lundi », a précisé la présidente de la Régie des Eaux, Claire Martel, jeudi.'),
    ).toEqual([['Nous rouvrirons lundi', 'claire-martel']]);
  });

  it('never credits an organisation named inside the speaker’s title', () => {
    expect(credits('fr', '« Nous rouvrirons lundi », a précisé le directeur de la Régie des Eaux.')).toEqual([
      ['Nous rouvrirons lundi', '?'],
    ]);
  });

  it('credits a named subject before a colon', () => {
    expect(credits('fr', 'La maire Claire Martel a déclaré\u00a0: «\u00a0Personne ne sera oublié.\u00a0»')).toEqual([
      ['Personne ne sera oublié.', 'claire-martel'],
    ]);
  });

  it('reads words set off by commas after the name of a colon lead-in, when they name no one else', () => {
    expect(credits('fr', 'Claire Martel, 51 ans, maire, a affirmé à l’AFP : « Rien ne presse. »')).toEqual([
      ['Rien ne presse.', 'claire-martel'],
    ]);
    expect(credits('fr', 'Claire Martel, alliée de Pablo Ibarra, a affirmé : « Rien ne presse. »')).toEqual([
      ['Rien ne presse.', '?'],
    ]);
  });

  it('leaves a pronoun with no one named before, an unnamed source and `selon` uncredited', () => {
    expect(credits('fr', 'Le chantier a repris.', '« Il fallait agir », a-t-elle ajouté.')).toEqual([['Il fallait agir', '?']]);
    expect(credits('fr', '« Il fallait agir », a dit un habitant.')).toEqual([['Il fallait agir', '?']]);
    expect(credits('fr', '« Il fallait agir », selon Claire Martel.')).toEqual([['Il fallait agir', '?']]);
  });

  it('leaves an inverted verb and pronoun inside the marks out of the quote', () => {
    expect(credits('fr', '« J’ai couru, raconte-t-elle, et j’ai crié. »')).toEqual([['J’ai couru, et j’ai crié.', '?']]);
  });
});

describe('Spanish', () => {
  it('credits the name after dijo, afirmó, señaló or agregó, with a EFE or a title between', () => {
    expect(credits('es', '“El puente aguanta”, dijo Pablo Ibarra.')).toEqual([['El puente aguanta', 'pablo-ibarra']]);
    expect(credits('es', '«El puente aguanta», afirmó a EFE el alcalde Pablo Ibarra.')).toEqual([
      ['El puente aguanta', 'pablo-ibarra'],
    ]);
    expect(credits('es', '“El puente aguanta”, señaló Pablo Ibarra.')).toEqual([['El puente aguanta', 'pablo-ibarra']]);
    expect(credits('es', '“El puente aguanta”, agregó Pablo Ibarra.')).toEqual([['El puente aguanta', 'pablo-ibarra']]);
  });

  it('credits a named subject before a colon, and leaves a verb with no subject uncredited', () => {
    expect(credits('es', 'El alcalde Pablo Ibarra dijo: “Nadie se queda fuera”.')).toEqual([
      ['Nadie se queda fuera', 'pablo-ibarra'],
    ]);
    expect(credits('es', '“Nadie se queda fuera”, agregó.')).toEqual([['Nadie se queda fuera', '?']]);
    expect(credits('es', 'Ibarra dijo en conferencia de prensa: “Nadie se queda fuera”.')).toEqual([
      ['Nadie se queda fuera', 'pablo-ibarra'],
    ]);
  });
});

describe('a pronoun or no subject continuing the one person named before', () => {
  it('credits a-t-elle and agregó to the only person named just before', () => {
    expect(credits('fr', 'Claire Martel a visité le chantier.', '« Tout avance », a-t-elle ajouté.')).toEqual([
      ['Tout avance', 'claire-martel'],
    ]);
    expect(credits('es', 'Pablo Ibarra recorrió el barrio. “Nadie se queda fuera”, agregó.')).toEqual([
      ['Nadie se queda fuera', 'pablo-ibarra'],
    ]);
  });

  it('leaves it uncredited when two sources are named, or someone unnamed is the subject', () => {
    expect(credits('fr', 'Claire Martel a reçu Pablo Ibarra.', '« Tout avance », a-t-il ajouté.')).toEqual([
      ['Tout avance', '?'],
    ]);
    expect(
      credits('fr', 'Claire Martel a visité le chantier. Le préfet l’accompagnait.', '« Tout avance », a-t-il dit.'),
    ).toEqual([['Tout avance', '?']]);
    expect(credits('es', 'Pablo Ibarra recorrió el barrio. Una vecina lo esperaba. “Nadie se queda fuera”, agregó.')).toEqual([
      ['Nadie se queda fuera', '?'],
    ]);
  });

  it('reads the reporter’s words after the verb, and a title set off by commas before the name', () => {
    expect(
      credits(
        'fr',
        'La maire de Vieux-Port, Claire Martel, a visité le chantier.',
        '« Tout avance », a-t-elle dit lors de sa visite.',
      ),
    ).toEqual([['Tout avance', 'claire-martel']]);
    expect(credits('es', 'Pablo Ibarra recorrió el barrio. “Nadie se queda fuera”, dijo a EFE con la voz quebrada.')).toEqual([
      ['Nadie se queda fuera', 'pablo-ibarra'],
    ]);
    expect(credits('es', 'Pablo Ibarra recorrió el barrio. “Nadie se queda fuera”, aseguró la vecina.')).toEqual([
      ['Nadie se queda fuera', '?'],
    ]);
  });

  it('credits a paragraph that is nothing but a quotation to the one person of the paragraph before', () => {
    expect(credits('es', 'Pablo Ibarra pidió calma a los vecinos.', '“El agua bajará mañana”.')).toEqual([
      ['El agua bajará mañana', 'pablo-ibarra'],
    ]);
    expect(credits('fr', 'Claire Martel a reçu Pablo Ibarra.', '« L’eau baissera demain. »')).toEqual([
      ['L’eau baissera demain.', '?'],
    ]);
  });

  it('sets aside an organisation named in the continued person’s title', () => {
    expect(
      credits(
        'fr',
        'La présidente de la Régie des Eaux, Claire Martel, a visité le chantier.',
        '« Tout avance », a-t-elle dit sous la pluie.',
      ),
    ).toEqual([['Tout avance', 'claire-martel']]);
    expect(credits('fr', 'La Régie des Eaux et Claire Martel ont signé.', '« Tout avance », a-t-elle dit.')).toEqual([
      ['Tout avance', '?'],
    ]);
  });

  it('looks back past its own paragraph only when the quotation opens it', () => {
    expect(
      credits('es', 'Pablo Ibarra habló primero.', 'Otro testigo explicó que el agua subió. “Nadie nos avisó”, sostuvo.'),
    ).toEqual([['Nadie nos avisó', '?']]);
  });
});

describe('English stays the default', () => {
  it('reads a story with no lang by the English rules', () => {
    expect(credits(undefined, '“The bridge holds,” said Pablo Ibarra.')).toEqual([['The bridge holds', 'pablo-ibarra']]);
    expect(credits('en-GB', '“The bridge holds,” said Pablo Ibarra.')).toEqual([['The bridge holds', 'pablo-ibarra']]);
  });
});
