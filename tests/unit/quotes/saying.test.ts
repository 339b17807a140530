/**
 * The verbs of saying agency copy uses beyond `said` and `told`
 * (lexicon/saying.ts): each credits its subject, the inverting ones also a
 * subject after them, a participle after a comma its sentence's subject, and
 * `read` serves a written text without making the wire desk propose a person.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import { proposePeople } from '../../../src/wire/propose-people';
import type { Person } from '../../../src/article/schema';

const person = (id: string, name: string): Person => ({ id, name, role: 'x', aliases: [] });
const PEOPLE = [person('hale', 'Mira Hale'), person('osei', 'Kofi Osei')];

/** Each quote's source (a person's id, an unnamed source's description), or "none". */
const sources = (text: string) => {
  const { quotes, unattributed } = findQuotes([{ text, line: 1 }], PEOPLE);
  return [...quotes.map((q) => q.sourceId ?? q.description), ...unattributed.map(() => 'none')];
};

describe('verbs of saying from agency copy', () => {
  it.each([
    'shouted',
    'chanted',
    'yelled',
    'exclaimed',
    'proclaimed',
    'retorted',
    'reiterated',
    'concluded',
    'testified',
    'barked',
    'beamed',
    'wondered',
    'went on',
    'joked',
    'sighed',
  ])('“…,” Hale %s credits Hale', (verb) => {
    expect(sources(`“Keep the gates shut,” Hale ${verb}.`)).toEqual(['hale']);
  });

  it('lets shouted, exclaimed and wondered come before their subject', () => {
    expect(sources('“Open the doors!” shouted a protester.')).toEqual(['a protester']);
    expect(sources('“Who pays for this?” wondered Osei.')).toEqual(['osei']);
  });
});

describe('a participle of saying after its subject', () => {
  it('credits the subject a few words before it', () => {
    expect(sources('A steward could be heard shouting through a megaphone: “Stay behind the barrier.”')).toEqual(['none']);
    expect(sources('“Stay behind the barrier,” a protester could be heard shouting.')).toEqual(['a protester']);
  });
});

describe('a participle of saying after a comma', () => {
  it('takes the subject of its sentence', () => {
    expect(sources('Hale welcomed the ruling, adding: “It took eleven years.”')).toEqual(['hale']);
    expect(sources('Osei left the chamber early, saying: “There is nothing more to hear.”')).toEqual(['osei']);
  });

  it('is not the subject of a verb reported inside the sentence', () => {
    expect(sources('Hale welcomed the ruling, which Osei said was overdue, adding: “It took eleven years.”')).toEqual(['hale']);
  });

  it('credits nobody when two people share the subject', () => {
    expect(sources('Hale and Osei signed the letter, adding: “We speak as one.”')).toEqual(['none']);
  });
});

describe('a written text that reads', () => {
  it('is a verb of saying for the finder but proposes no person to the wire desk', () => {
    expect(proposePeople(['A sign on the fence read: “No entry after dark.”'], [])).toEqual({
      people: [],
      organisations: [],
      unnamed: [],
    });
  });
});
