/** Quote marks of French, Spanish and German copy, found by their form as English marks are. */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/quotes/quotations';

const found = (...texts: string[]) =>
  findQuotations(texts.map((text, i) => ({ text, line: 1 + 2 * i }))).quotations.map((q) => q.text);

describe('guillemets « »', () => {
  it('finds a quotation with a narrow no-break, a no-break, a plain or no space inside', () => {
    expect(found('« Le pont restera fermé », a dit le maire.')).toEqual(['Le pont restera fermé']);
    expect(found('«\u00a0Le pont restera fermé\u00a0», a dit le maire.')).toEqual(['Le pont restera fermé']);
    expect(found('«\u202fLe pont restera fermé\u202f», a dit le maire.')).toEqual(['Le pont restera fermé']);
    expect(found('«Le pont restera fermé», a dit le maire.')).toEqual(['Le pont restera fermé']);
  });

  it('reads a space before the colon of a lead-in and before a closing question mark', () => {
    expect(found('Le maire a répondu\u202f: «\u202fQui paiera\u202f?\u202f»')).toEqual(['Qui paiera?']);
  });

  it('keeps curly marks nested inside guillemets, and ‹ › too', () => {
    expect(found('« On m’a dit “attendez”, et j’attends », a-t-elle dit.')).toEqual(['On m’a dit “attendez”, et j’attends']);
    expect(found('« Il criait ‹ au feu ›, puis plus rien », a raconté un voisin.')).toEqual([
      'Il criait ‹ au feu ›, puis plus rien',
    ]);
  });

  it('runs a quotation reopened by « over the next paragraph', () => {
    expect(found('« Nous avons tout perdu.', '« Il faut repartir de zéro », a-t-il dit.')).toEqual([
      'Nous avons tout perdu. Il faut repartir de zéro',
    ]);
  });

  it('leaves a quoted phrase inside a sentence a fragment', () => {
    expect(found('Le ministre a parlé d’un « effort partagé » devant les députés.')).toEqual([]);
  });
});

describe('Spanish and German marks', () => {
  it('finds a quotation with the full stop after its closing mark', () => {
    expect(found('«El agua llega los martes». La vecina no dijo más.')).toEqual(['El agua llega los martes']);
    expect(found('“El agua llega los martes”. La vecina no dijo más.')).toEqual(['El agua llega los martes']);
  });

  it('pairs „ with its closing “', () => {
    expect(found('„Wir bleiben hier“, sagte die Bürgermeisterin.')).toEqual(['Wir bleiben hier']);
  });
});
