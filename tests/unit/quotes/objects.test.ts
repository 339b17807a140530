/**
 * Never a wrong name, when the sentence names the listener: a name after a
 * verb whose subject stands before it, across an appositive (`Sen. Ray
 * Cole, D-Ohio, pressed Lind`), is the object, never a pronoun's antecedent;
 * past a subject the pronoun does not fit, a person named since whose
 * pronoun is unknown leaves it to the editor; and the desk keeps a surname
 * shared when it proposes one of the two people who bear it.
 */
import { describe, expect, it } from 'vitest';
import { credits, person } from '../../support/quote-credits';
import { proposePeople } from '../../../src/wire/propose-people';

describe('a name after the verb of a subject set off by an appositive', () => {
  const PEOPLE = [person('cole', 'Ray Cole'), person('lind', 'Greta Lind', 'she')];

  it('is the object: the pronoun after it is the subject, not the one pressed', () => {
    expect(
      credits(PEOPLE, 'Sen. Ray Cole, D-Ohio, pressed Lind on the missing reports. “Who signed them off?” he asked.'),
    ).toEqual([['Who signed them off?', 'cole']]);
  });

  it('is still the subject when no name stands before the appositive', () => {
    expect(credits(PEOPLE, 'In a written reply, Lind said: “The reports were filed.”')).toEqual([
      ['The reports were filed.', 'lind'],
    ]);
  });
});

describe('a pronoun past a subject it does not fit', () => {
  it('is left uncredited when a person whose pronoun is unknown was named since', () => {
    const PEOPLE = [person('webb', 'Tom Webb', 'he'), person('sola', 'Maria Sola'), person('kane', 'Rosa Kane')];
    expect(
      credits(
        PEOPLE,
        'Rosa Kane was first on the stand. Later, Tom Webb showed Sola a plan of the room. “Were you at the door?” he asked.',
        '“I was by the window,” she replied.',
      ),
    ).toEqual([
      ['Were you at the door?', 'webb'],
      ['I was by the window', '?'],
    ]);
  });

  it('still gives way to the one person named since who is known to fit', () => {
    const PEOPLE = [person('webb', 'Tom Webb', 'he'), person('sola', 'Maria Sola', 'she')];
    expect(
      credits(
        PEOPLE,
        'Tom Webb asked Sola where she had stood. “Were you at the door?” he asked.',
        '“By the window,” she replied.',
      ),
    ).toEqual([
      ['Were you at the door?', 'webb'],
      ['By the window', 'sola'],
    ]);
  });
});

describe('the desk’s proposals', () => {
  it('keep the second bearer of a shared surname, so the surname alone names neither', () => {
    const { people } = proposePeople(
      [
        'Ada Yusuf, 58, died in the fire on Monday.',
        'Omar Yusuf, her son, said: “We want answers.”',
        'The coroner, Dr. Lena Park, said Yusuf had died at once. “There was no pain,” she said.',
      ],
      [],
    );
    expect(people.map((p) => p.name)).toEqual(['Ada Yusuf', 'Omar Yusuf', 'Lena Park']);
  });
});
