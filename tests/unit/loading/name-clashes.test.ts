/** One id is one person in an edition: the loader's check that no two articles of one edition give one id two names. */
import { describe, expect, it } from 'vitest';
import { nameClashes } from '../../../src/loading/name-clashes';
import { person } from '../../support/stories';

const zelensky = person('zelensky', 'Volodymyr Zelensky', 'President of Ukraine');
const putin = person('putin', 'Vladimir Putin', 'President of Russia');

describe('nameClashes', () => {
  it('names both files when one id has two names', () => {
    const messages = nameClashes([
      { file: 'content/articles/a.md', people: [zelensky] },
      { file: 'content/articles/b.md', people: [{ id: 'zelensky', name: 'Volodymyr Zelenskyy' }] },
    ]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(
      '"zelensky" is "Volodymyr Zelensky" in content/articles/a.md but "Volodymyr Zelenskyy" in content/articles/b.md',
    );
  });

  it('accepts one name in many files, and different ids', () => {
    expect(
      nameClashes([
        { file: 'a.md', people: [zelensky, putin] },
        { file: 'b.md', people: [zelensky] },
      ]),
    ).toEqual([]);
  });

  it('lets each edition spell a name its own way, as each has its own people pages', () => {
    const kouleba = { id: 'kuleba', name: 'Dmytro Kouleba' };
    const kuleba = { id: 'kuleba', name: 'Dmytro Kuleba' };
    expect(
      nameClashes([
        { file: 'a.md', people: [kuleba] },
        { file: 'b.md', lang: 'fr', people: [kouleba] },
      ]),
    ).toEqual([]);
    expect(
      nameClashes([
        { file: 'b.md', lang: 'fr', people: [kouleba] },
        { file: 'c.md', lang: 'fr-CA', people: [kuleba] },
      ]),
    ).toHaveLength(1);
  });
});
