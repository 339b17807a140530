/**
 * The quote finder on plain text: which quoted spans are direct quotations,
 * who said them, and the sidebar selection. The rendering pipeline around it
 * is covered in remark-quote-sidebar.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import { quoteSpans } from '../../../src/quotes/quotations';
import { badQuoteReferenceMessage, quoteExcerpt, selectQuotes } from '../../../src/quotes/selection';
import { sentenceEnds, type Paragraph } from '../../../src/text/sentences';
import { mentionsOf, namedSources } from '../../../src/quotes/sources';
import type { Person } from '../../../src/article/schema';

/** The seed article as filed, frozen in the fixtures: an editor's edits to content/ never move these lines. */
const ARTICLE = 'tests/fixtures/articles/ukraine-leader-calls-for-talks-with-russia.md';

/** Splits Markdown text into paragraphs on blank lines, numbering lines from `firstLine`. */
function paragraphsOf(text: string, firstLine = 1): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lines: string[] = [];
  let start = firstLine;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') {
      if (lines.length > 0) paragraphs.push({ text: lines.join('\n'), line: start });
      lines = [];
    } else {
      if (lines.length === 0) start = firstLine + i;
      lines.push(line);
    }
  });
  if (lines.length > 0) paragraphs.push({ text: lines.join('\n'), line: start });
  return paragraphs;
}

/** The seed article's body paragraphs, as written in the file (straight quotes), with file line numbers. */
function seedParagraphs(): Paragraph[] {
  const lines = readFileSync(ARTICLE, 'utf8').split('\n');
  const fenceEnd = lines.indexOf('---', 1);
  return paragraphsOf(lines.slice(fenceEnd + 1).join('\n'), fenceEnd + 2);
}

const person = (id: string, name: string, role: string, aliases: string[] = []): Person => ({ id, name, role, aliases });

// The seed's people, as the frontmatter lists them.
const zelensky = person('zelensky', 'Volodymyr Zelensky', 'President of Ukraine');
const zakharova = person('zakharova', 'Maria Zakharova', 'Spokeswoman, Russian foreign ministry');
const putin = person('putin', 'Vladimir Putin', 'President of Russia', ['the Russian leader']);
const blinken = person('blinken', 'Antony Blinken', 'US Secretary of State');
const lavrov = person('lavrov', 'Sergei Lavrov', 'Russian Foreign Minister');
const kuleba = person('kuleba', 'Dmytro Kuleba', 'Ukrainian Foreign Minister');
const PEOPLE = [zelensky, zakharova, putin, blinken, lavrov, kuleba];

describe('the seed article', () => {
  it('has exactly six direct quotations, in article order, with their speakers and lines', () => {
    const { quotes, unattributed } = findQuotes(seedParagraphs(), PEOPLE);
    expect(unattributed).toEqual([]);
    expect(quotes.map(({ id, sourceId, line, text }) => ({ id, personId: sourceId, line, text }))).toEqual([
      {
        id: 'zelensky-1',
        personId: 'zelensky',
        line: 81,
        text: 'We must tell the truth that we will not be able to end the war without direct talks with Russia',
      },
      {
        id: 'zelensky-2',
        personId: 'zelensky',
        line: 83,
        text: "Let's be honest, the war in Donbass has been going on for eight years",
      },
      {
        id: 'zelensky-3',
        personId: 'zelensky',
        line: 85,
        text: 'We must talk, knowing that we have a strong and powerful army',
      },
      {
        id: 'zakharova-1',
        personId: 'zakharova',
        line: 97,
        text: 'The Armed Forces of Ukraine are building up their military strength, massing heavy equipment and personnel',
      },
      {
        id: 'zakharova-2',
        personId: 'zakharova',
        line: 99,
        text: 'According to some reports, the number of Ukrainian troops in the conflict zone has already reached 125,000 personnel',
      },
      {
        id: 'putin-1',
        personId: 'putin',
        line: 105,
        text: 'Look, they spoke about a possible Russian military intervention in Ukraine at the beginning of the year. But as you see this did not happen',
      },
    ]);
  });

  it('leaves the scare-quote fragments out', () => {
    const texts = findQuotes(seedParagraphs(), PEOPLE).quotes.map((q) => q.text);
    expect(texts.some((t) => t.includes('not afraid'))).toBe(false);
    expect(texts.some((t) => t.includes('deterrence package'))).toBe(false);
  });
});

describe('quoteSpans: direct quotation or fragment', () => {
  const kinds = (text: string) => quoteSpans(text).map((s) => [s.kind, s.inner]);

  it('tells the quote opening a paragraph from the fragment later in the sentence', () => {
    expect(
      kinds(
        '“We must talk, knowing that we have a strong and powerful army,” Zelensky added, saying he was “not afraid” to speak directly with Russian President Vladimir Putin.',
      ),
    ).toEqual([
      ['direct', 'We must talk, knowing that we have a strong and powerful army,'],
      ['fragment', 'not afraid'],
    ]);
  });

  it('treats a quoted phrase inside a sentence as a fragment', () => {
    expect(kinds('Kuleba called for a "deterrence package" to stop Russia.')).toEqual([['fragment', 'deterrence package']]);
  });

  it('treats a phrase with its full stop inside the marks as a fragment when it does not open the sentence', () => {
    expect(kinds('Kuleba called the offer “dead.” Talks went on.')).toEqual([['fragment', 'dead.']]);
  });

  it('treats a quote opening a sentence but without closing punctuation as a fragment', () => {
    expect(kinds('“Deterrence package” is the phrase Kuleba used.')).toEqual([['fragment', 'Deterrence package']]);
  });

  it('counts a quote introduced by a colon or following another sentence', () => {
    expect(kinds('Zelensky was blunt. “We must talk.” Then he said: “Now.”')).toEqual([
      ['direct', 'We must talk.'],
      ['direct', 'Now.'],
    ]);
  });

  it('pairs straight quote marks', () => {
    expect(kinds('"We will talk," Putin said. "Later."')).toEqual([
      ['direct', 'We will talk,'],
      ['direct', 'Later.'],
    ]);
  });

  it('joins a quote continued after its attribution', () => {
    expect(kinds('“We must talk,” Zelensky said, “because war is costly.”')).toEqual([
      ['direct', 'We must talk,'],
      ['continuation', 'because war is costly.'],
    ]);
  });

  it('runs an opening mark never closed to the end of its paragraph', () => {
    expect(kinds('“We must talk, Zelensky said.')).toEqual([['direct', 'We must talk, Zelensky said.']]);
  });
});

describe('attribution', () => {
  const credit = (text: string, people: Person[] = PEOPLE) =>
    findQuotes(paragraphsOf(text), people).quotes.map((q) => [q.id, q.text]);

  it('credits by surname, full name with title, verb first, and alias', () => {
    expect(
      credit(
        [
          '“One,” Zelensky said.',
          '',
          '“Two,” Russian foreign ministry spokeswoman Maria Zakharova told reporters.',
          '',
          '“Three,” said Russian President Vladimir Putin.',
          '',
          '“Four,” the Russian leader added.',
          '',
          'The Russian leader said: “Five.”',
        ].join('\n'),
      ),
    ).toEqual([
      ['zelensky-1', 'One'],
      ['zakharova-1', 'Two'],
      ['putin-1', 'Three'],
      ['putin-2', 'Four'],
      ['putin-3', 'Five.'],
    ]);
  });

  it('credits the speaker next to the verb, not another person in the clause', () => {
    expect(credit('“You are wrong,” Putin told Zelensky.')).toEqual([['putin-1', 'You are wrong']]);
    expect(credit('Blinken said after meeting Lavrov: “We talked.”')).toEqual([['blinken-1', 'We talked.']]);
  });

  it('lets a second quote in the paragraph share the first one’s speaker', () => {
    expect(credit('"We will talk," Putin said. "Later."')).toEqual([
      ['putin-1', 'We will talk'],
      ['putin-2', 'Later.'],
    ]);
  });

  it('reads "she" as the last named woman (the seed: Zakharova)', () => {
    const text = [
      '“The Armed Forces of Ukraine are building up,” Russian foreign ministry spokeswoman Maria Zakharova told reporters.',
      '',
      '“The number has reached 125,000,” she claimed.',
    ].join('\n');
    expect(credit(text)).toEqual([
      ['zakharova-1', 'The Armed Forces of Ukraine are building up'],
      ['zakharova-2', 'The number has reached 125,000'],
    ]);
  });

  it('reads "he" as the last named man, skipping a woman named since', () => {
    const text = [
      '“We will not attack,” Putin said.',
      '',
      '“Kiev is massing troops,” Zakharova told reporters.',
      '',
      '“We want good ties,” he added.',
    ].join('\n');
    expect(credit(text)).toEqual([
      ['putin-1', 'We will not attack'],
      ['zakharova-1', 'Kiev is massing troops'],
      ['putin-2', 'We want good ties'],
    ]);
  });

  it('learns a pronoun from a title word in the text when the role does not give one', () => {
    const ana = person('ana', 'Ana Petrova', 'Official');
    const text = [
      '“Nothing is decided,” Putin said.',
      '',
      '“Talks will go on,” spokeswoman Ana Petrova said.',
      '',
      '“We are waiting,” he said. “Talks are welcome,” she said.',
    ].join('\n');
    expect(credit(text, [putin, ana])).toEqual([
      ['putin-1', 'Nothing is decided'],
      ['ana-1', 'Talks will go on'],
      ['putin-2', 'We are waiting'],
      ['ana-2', 'Talks are welcome'],
    ]);
  });

  it('reads "he" as the nearest person named before it, outside quote marks', () => {
    const text = [
      'Putin on Tuesday declined to say whether Moscow planned to move troops.',
      '',
      '“Zelensky knows our position,” he said.',
    ].join('\n');
    expect(credit(text)).toEqual([['putin-1', 'Zelensky knows our position']]);
  });

  it('does not credit a person named in the possessive', () => {
    const { quotes, unattributed } = findQuotes(paragraphsOf('“We will respond,” said Putin’s spokesman.'), PEOPLE);
    expect(quotes).toEqual([]);
    expect(unattributed.map((q) => q.text)).toEqual(['We will respond']);
  });

  it('reads past the full stops of abbreviations and initials in the attribution', () => {
    expect(credit('“We stand with Kiev,” U.S. Secretary of State Antony Blinken said.')).toEqual([
      ['blinken-1', 'We stand with Kiev'],
    ]);
    expect(credit('“Talks are possible,” said Mr. Lavrov.')).toEqual([['lavrov-1', 'Talks are possible']]);
  });

  it('keeps nested single quotes and apostrophes inside curly quotes', () => {
    expect(credit('“He said ‘no’ today, and that’s final,” Zelensky said.')).toEqual([
      ['zelensky-1', 'He said ‘no’ today, and that’s final'],
    ]);
    expect(credit('Zelensky said: “Putin told me ‘no.’”')).toEqual([['zelensky-1', 'Putin told me ‘no.’']]);
  });

  it('joins a continued quote into one, with its comma', () => {
    expect(credit('“We must talk,” Zelensky said, “because war is costly.”')).toEqual([
      ['zelensky-1', 'We must talk, because war is costly.'],
    ]);
  });

  it('matches names with their case, aliases also with a capital first letter', () => {
    const may = person('may', 'Theresa May', 'Prime Minister');
    expect(mentionsOf('talks may resume', namedSources([may]))).toEqual([]);
    expect(mentionsOf('as May said', namedSources([may])).map((m) => m.sourceId)).toEqual(['may']);
    expect(mentionsOf('The Russian leader and the Russian leader', namedSources([putin])).map((m) => [m.start, m.end])).toEqual([
      [0, 18],
      [23, 41],
    ]);
  });

  it('matches a possessive written with a straight apostrophe against a curly one in the text', () => {
    const withAlias = person('zelensky', 'Volodymyr Zelensky', 'President of Ukraine', ["Zelensky's office"]);
    const text = '“No comment,” Zelensky’s office said.';
    expect(mentionsOf(text, namedSources([withAlias]))).toMatchObject([{ sourceId: 'zelensky', start: 14, end: 31 }]);
  });

  it('reports a quote nobody can be credited with, with its line', () => {
    const result = findQuotes(
      paragraphsOf('“We must talk,” Zelensky said.\n\n“There is nothing to discuss,”\nPeskov said.', 10),
      PEOPLE,
    );
    expect(result.quotes.map((q) => q.id)).toEqual(['zelensky-1']);
    expect(result.unattributed).toEqual([{ text: 'There is nothing to discuss', paragraphIndex: 1, line: 12 }]);
  });
});

describe('sentenceEnds', () => {
  it('ends sentences at . ? ! before a space, with their closing marks, but not after abbreviations', () => {
    const text = '“Is it over?” he asked. Mr. Putin met U.S. envoys. It grew 1.5 percent!';
    expect(sentenceEnds(text).map((e) => text.slice(0, e.after).split(' ').at(-1))).toEqual([
      'over?”',
      'asked.',
      'envoys.',
      'percent!',
    ]);
  });
});

describe('messages', () => {
  it('cuts a long quote at a word before 60 characters', () => {
    expect(quoteExcerpt('We must tell the truth that we will not be able to end the war without direct talks with Russia')).toBe(
      'We must tell the truth that we will not be able to end the…',
    );
    expect(quoteExcerpt('Short enough.')).toBe('Short enough.');
  });

  it('names the file, the field, the bad id and the ids that exist', () => {
    expect(badQuoteReferenceMessage('content/articles/x.md', 'quotes.exclude[1]', 'zelensky-9', ['zelensky-1', 'putin-1'])).toBe(
      'content/articles/x.md: quotes.exclude[1]: "zelensky-9" is not a quote in this article. ' +
        'The quote ids are: zelensky-1, putin-1. Use one of them, or remove the entry.',
    );
    expect(badQuoteReferenceMessage('x.md', 'quotes.feature[0]', 'a-1', [])).toBe(
      'x.md: quotes.feature[0]: "a-1" is not a quote in this article. The article has no direct quotations. Use one of them, or remove the entry.',
    );
  });
});

describe('selectQuotes', () => {
  const quotes = ['zelensky-1', 'zelensky-2', 'zakharova-1', 'putin-1'].map((id) => ({ id }));

  it('shows every quote by default', () => {
    expect(selectQuotes(quotes, {}).selected.map((q) => q.id)).toEqual(['zelensky-1', 'zelensky-2', 'zakharova-1', 'putin-1']);
  });

  it('shows only featured quotes, in article order whatever the list order', () => {
    const { selected, bad } = selectQuotes(quotes, { feature: ['putin-1', 'zelensky-2'] });
    expect(selected.map((q) => q.id)).toEqual(['zelensky-2', 'putin-1']);
    expect(bad).toEqual([]);
  });

  it('leaves excluded quotes out, also from the featured ones', () => {
    expect(selectQuotes(quotes, { exclude: ['zelensky-1'] }).selected.map((q) => q.id)).toEqual([
      'zelensky-2',
      'zakharova-1',
      'putin-1',
    ]);
    expect(selectQuotes(quotes, { feature: ['putin-1', 'zelensky-2'], exclude: ['putin-1'] }).selected.map((q) => q.id)).toEqual([
      'zelensky-2',
    ]);
  });

  it('reports each reference that matches no quote, with its field', () => {
    expect(selectQuotes(quotes, { feature: ['zelensky-1', 'zelensky-9'], exclude: ['kuleba-1'] }).bad).toEqual([
      { field: 'quotes.feature[1]', id: 'zelensky-9' },
      { field: 'quotes.exclude[0]', id: 'kuleba-1' },
    ]);
  });
});
