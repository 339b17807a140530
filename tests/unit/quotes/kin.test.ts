/**
 * Kin and honorifics (kin.ts): when two listed people share a surname, `Mr
 * Marsh` or `Mrs Marsh` is the one of them the honorific fits once the text
 * has told who is who (`Edith Marsh … her husband Alan`), and nobody when
 * it has not.
 */
import { describe, expect, it } from 'vitest';
import { credits as creditsOf } from '../../support/quote-credits';
import type { Person } from '../../../src/article/schema';

const person = (id: string, name: string): Person => ({ id, name, role: 'Farmer', aliases: [] });
const EDITH = person('edith', 'Edith Marsh');
const ALAN = person('alan', 'Alan Marsh');
const TOM = person('tom', 'Tom Marsh');

describe('an honorific before a surname two people share', () => {
  it('is the husband when the wife was named with “her husband” and his given name', () => {
    expect(
      creditsOf(
        [EDITH, ALAN],
        'Edith Marsh, who has farmed the valley with her husband Alan since 1990, said the river rose twice in a week.',
        '“It was over the gate by dawn,” she said.',
        'Mr Marsh said the sheep had been moved.',
        '“We walked them up the hill at midnight,” he told the BBC.',
      ),
    ).toEqual([
      ['It was over the gate by dawn', 'edith'],
      ['We walked them up the hill at midnight', 'alan'],
    ]);
  });

  it('is the wife when the husband was named with “his wife”', () => {
    expect(
      creditsOf([ALAN, EDITH], 'Alan Marsh and his wife, Edith, lost their barn.', 'Mrs Marsh said: “We will build it again.”'),
    ).toEqual([['We will build it again.', 'edith']]);
  });

  it('names nobody when the text never said who is who', () => {
    expect(creditsOf([EDITH, ALAN], 'The Marsh farm lost its barn.', 'Mr Marsh said: “We will build it again.”')).toEqual([
      ['We will build it again.', '?'],
    ]);
  });

  it('names nobody when it fits two of them', () => {
    expect(
      creditsOf([ALAN, TOM], 'Alan Marsh and his son Tom lost their barn.', 'Mr Marsh said: “We will build it again.”'),
    ).toEqual([['We will build it again.', '?']]);
  });
});
