/** Quotations left uncredited: the warning an editor gets, and how `quotes.uncredited` silences one. */
import { describe, expect, it } from 'vitest';
import { badOpeningMessage, openingWords, silenceUncredited, uncreditedMessage } from '../../../src/quotes/uncredited';

const WAYS_OUT =
  'Say who said it in the frontmatter: add the person to people (id, name, role), ' +
  'add the organisation to organisations (id, name), or, if the text describes a source it does not name, ' +
  'list the words it uses under quotes.unnamed.';

describe('uncreditedMessage', () => {
  it('names the file, line and opening words, says why, and gives the ways to credit or silence it', () => {
    expect(uncreditedMessage('content/articles/x.md', { line: 12, text: 'There is nothing to discuss' })).toBe(
      'content/articles/x.md:12: no source found for the quote “There is nothing to discuss”, so it is left uncredited: ' +
        'it stays in the story but not in the sidebar or on anyone’s page. ' +
        `${WAYS_OUT} If the source is listed already, add the words the text uses for them to its aliases. ` +
        'To leave it uncredited and stop this warning, add quotes.uncredited: ["There is nothing to discuss"].',
    );
  });

  it('says when the pronoun could be more than one person, and how to tell the finder', () => {
    expect(uncreditedMessage('x.md', { line: 7, text: 'It was useful', pronoun: 'she' })).toBe(
      'x.md:7: no source found for the quote “It was useful”: the text’s “she” could mean more than one person, ' +
        'so it is left uncredited: it stays in the story but not in the sidebar or on anyone’s page. ' +
        `${WAYS_OUT} If the source is listed already, give that person their pronoun (pronoun: she). ` +
        'To leave it uncredited and stop this warning, add quotes.uncredited: ["It was useful"].',
    );
  });

  it('offers the opening words the warning quotes, cut at a word, without the ellipsis', () => {
    const text = 'We must tell the truth that we will not be able to end the war without direct talks with Russia';
    expect(openingWords(text)).toBe('We must tell the truth that we will not be able to end the');
    expect(uncreditedMessage('x.md', { line: 1, text })).toContain(
      'add quotes.uncredited: ["We must tell the truth that we will not be able to end the"]',
    );
  });
});

describe('silenceUncredited', () => {
  const quotes = [{ text: 'There is nothing to discuss' }, { text: 'Let’s be honest, the war goes on' }];

  it('leaves out the quotations an entry opens, whatever the case, spacing, quote marks or a final ellipsis', () => {
    expect(silenceUncredited(quotes, ['there is  nothing…', "Let's be"])).toEqual({ reported: [], bad: [] });
    expect(silenceUncredited(quotes, ['There is nothing to discuss'])).toEqual({ reported: [quotes[1]], bad: [] });
    expect(silenceUncredited(quotes, [])).toEqual({ reported: quotes, bad: [] });
  });

  it('names each entry that opens no uncredited quotation', () => {
    expect(silenceUncredited(quotes, ['There is', 'nothing to discuss', '…'])).toEqual({
      reported: [quotes[1]],
      bad: [
        { field: 'quotes.uncredited[1]', opening: 'nothing to discuss' },
        { field: 'quotes.uncredited[2]', opening: '…' },
      ],
    });
  });
});

describe('badOpeningMessage', () => {
  it('names the file, the field and the entry, and lists the openings there are', () => {
    const bad = { field: 'quotes.uncredited[0]', opening: 'We must walk' };
    expect(badOpeningMessage('x.md', bad, [{ line: 3, text: 'We must talk, knowing' }])).toBe(
      'x.md: quotes.uncredited[0]: "We must walk" opens no uncredited quotation in this article. ' +
        'The uncredited quotations open: "We must talk, knowing". Use one of them, or remove the entry.',
    );
    expect(badOpeningMessage('x.md', bad, [])).toBe(
      'x.md: quotes.uncredited[0]: "We must walk" opens no uncredited quotation in this article. ' +
        'Every quotation in it is credited: remove the entry.',
    );
  });
});
