import { describe, expect, it } from 'vitest';
import { escapeRegExp, stripAccents, surnameOf } from '../../../src/text/patterns';

describe('text patterns', () => {
  it('matches a literal with every RegExp metacharacter in it', () => {
    const literal = 'US$1.5bn (est.) [a+b]*?^|\\';
    expect(new RegExp(`^${escapeRegExp(literal)}$`).test(literal)).toBe(true);
    expect(new RegExp(escapeRegExp('1.5')).test('105')).toBe(false);
  });
  it('takes accents off letters and leaves other scripts alone', () => {
    expect(stripAccents('Maroš Šefčovič, Élysée')).toBe('Maros Sefcovic, Elysee');
    expect(stripAccents('كييف')).toBe('كييف');
  });
  it('files a name under its last word', () => {
    expect(surnameOf('  Volodymyr Zelensky ')).toBe('Zelensky');
    expect(surnameOf('Zelensky')).toBe('Zelensky');
  });
});
