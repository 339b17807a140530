/**
 * IPTC 7901 transmissions (tests/fixtures/wire/iptc-7901/, stories written
 * for these tests in the layouts dpa, ATS and Kyodo send): the story comes
 * through word for word, its lines joined, whether the control characters
 * are kept or stripped; the heading, sign-off and trailer are metadata; the
 * notebook and its contacts never reach the article; Latin-1 bytes are read
 * as letters; a heading with no end mark is refused.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importWire } from '../../../src/wire/desk';
import { readTrailer } from '../../../src/wire/iptc-7901-metadata';
import { readWireFile } from '../../../src/wire/read-wire';
import { blockText, type WireStory } from '../../../src/wire/story';
import { tempDesk } from '../../support/wire';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/wire/iptc-7901');
const fixture = (name: string) => join(FIXTURES, name);
const NOW = new Date('2024-06-01T12:00:00Z');
const desk = tempDesk();
afterAll(() => rmSync(desk.work, { recursive: true, force: true }));

const story = (content: Uint8Array | string): WireStory => readWireFile(content).stories[0];
const paragraphs = (s: WireStory) => s.blocks.map(blockText);
const imported = (name: string) => importWire({ file: fixture(name), articlesDir: desk.articles, now: NOW, dryRun: true });
/** The bytes with every control character but the line breaks taken out, as some feeds deliver 7901. */
// eslint-disable-next-line no-control-regex -- taking out 7901's control characters is the point
const stripped = (bytes: Buffer) => bytes.toString('latin1').replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, '');

const DUTCH = [
  'Utrecht (dpa) - The Dutch national rail operator will run a night train from Utrecht to Prague three times a week from the spring, the company said on Monday.',
  'The service will stop in Cologne and Dresden and take just under fourteen hours, a spokeswoman said. Tickets go on sale next month.',
  '"Demand for overnight travel has never been higher," the operator\'s head of international services, Marloes Verbeek, told reporters.',
];

describe('a transmission framed by its control characters', () => {
  const bytes = readFileSync(fixture('framed-dpa.txt'));

  it('is read as 7901: the headline without its mark, the wrapped lines joined with one space', () => {
    const file = readWireFile(bytes);
    expect(file.container).toBe('IPTC 7901 transmission');
    expect(file.stories[0].headline).toBe('Dutch rail operator to run night trains from Utrecht to Prague');
    expect(paragraphs(file.stories[0])).toEqual(DUTCH);
  });

  it('reads the same story with the control characters stripped', () => {
    const plain = story(stripped(bytes));
    expect(plain.headline).toBe('Dutch rail operator to run night trains from Utrecht to Prague');
    expect(paragraphs(plain)).toEqual(DUTCH);
    expect(plain.versionCreated).toBe('2024-03-04T15:30:00Z');
  });

  it('leaves the notebook, its contacts and the sign-off out of the article, and says so', () => {
    const result = imported('framed-dpa.txt');
    const body = result.text!.split('\n---\n')[1];
    expect(body).toContain('told reporters.');
    for (const privateText of ['NOTEBOOK', 'not for publication', 'Anna Beispiel', '+49', 'desk@example.com', 'dpa ab cd']) {
      expect(result.text).not.toContain(privateText);
    }
    expect(result.notes).toContainEqual(expect.stringMatching(/the 6 lines from «# dpa NOTEBOOK» on/));
  });

  it('dates the story by the trailer, in the dateline place, credited to the header and dateline agency', () => {
    const text = imported('framed-dpa.txt').text!;
    expect(text).toContain('place: "Utrecht"');
    expect(text).toContain('date: "2024-03-04"');
    expect(text).toContain('agency: "dpa"');
    expect(text).toContain('versionCreated: "2024-03-04T15:30:00Z"');
    expect(text).not.toContain('Utrecht (dpa) -');
  });
});

describe('a transmission with no control characters', () => {
  const read = () => story(readFileSync(fixture('unframed-dpa.txt')));

  it('takes the header line, keywords and take line as metadata, and the marked byline as the byline', () => {
    expect(read().headline).toBe('Hamburg port opens first hydrogen terminal for ships');
    expect(read().bylines).toEqual(['By Erika Muster, dpa']);
    expect(paragraphs(read())).toEqual([
      'Hamburg (dpa) - The port of Hamburg opened its first terminal for refuelling ships with hydrogen on Tuesday, the port authority said.',
      'Two harbour ferries will use the terminal from the start, with container feeders to follow next year.',
    ]);
  });

  it('reads the trailer on the last line, a German month, as UTC', () => {
    expect(read().versionCreated).toBe('2023-12-12T08:45:00Z');
    expect(read().removed).toEqual([expect.stringMatching(/the 3 lines from «# Notebook» on/)]);
  });
});

describe('ATS copy in Latin-1', () => {
  const text = () => imported('latin1-ats.txt').text!;

  it('reads 0xAB and 0xE9 as « and é, never as a refusal or �', () => {
    expect(text()).toContain('title: "Genève: le lac accueille une «régate du siècle» (organisateurs)"');
    expect(text()).toContain("«Nous n'avions jamais vu autant de bateaux», a déclaré une porte-parole.");
    expect(text()).not.toContain('\uFFFD');
  });

  it('reads the dash-less dateline, keeps the labels above the headline and the sign-off out', () => {
    expect(text()).toContain('place: "Genève"');
    expect(text()).toContain('agency: "Keystone-SDA"');
    expect(text()).toContain('\nPlus de trois cents voiliers ont pris le départ samedi');
    for (const metadata of ['(ats afp)', 'Situation', 'Suisse', '(ATS/xy)']) expect(text()).not.toContain(metadata);
  });

  it('dates the story by a trailer with no zone as the local day (a French month)', () => {
    expect(text()).toContain('date: "2024-05-18"');
    expect(text()).toContain('versionCreated: "2024-05-18T09:15:00"');
  });
});

describe("Kyodo's ANPA layout", () => {
  it('ends the heading at "+", starts a paragraph at each indented line, and reads its dateline and trailer', () => {
    const read = story(readFileSync(fixture('kyodo-anpa.txt')));
    expect(read.headline).toBe('Shinkansen line extended to Tsuruga after 9 years of work');
    expect(read.dateline).toBe('KANAZAWA, Japan, March 14 Kyodo');
    expect(paragraphs(read)).toEqual([
      'Bullet trains began running to Tsuruga on Thursday, extending the line along the Sea of Japan coast.',
      'Local leaders said the extension would bring more visitors to the region.',
    ]);
    expect(read.versionCreated).toBe('2024-03-14T09:05:00');
    const text = imported('kyodo-anpa.txt').text!;
    expect(text).toContain('place: "Kanazawa"');
    expect(text).toContain('agency: "Kyodo"');
  });
});

describe('a file of several transmissions, and text that only mentions a marker', () => {
  it('reads each transmission that opens with SOH as its own story, in order', () => {
    const two = Buffer.concat([readFileSync(fixture('framed-dpa.txt')), readFileSync(fixture('kyodo-anpa.txt'))]);
    const file = readWireFile(two);
    expect(file.stories.map((s) => s.headline)).toEqual([
      'Dutch rail operator to run night trains from Utrecht to Prague',
      'Shinkansen line extended to Tsuruga after 9 years of work',
    ]);
  });

  it('keeps a wrapped line that mentions "not for publication" as story text', () => {
    const text =
      'eca002 3 i 30   dpa 0002\n\nslug/\nA leaked memo =\n\nBonn (dpa) - The memo, which was stamped as\n' +
      'not for publication\nby the ministry, reached reporters on Friday.\n\nSecond paragraph.\n';
    expect(paragraphs(story(text))).toEqual([
      'Bonn (dpa) - The memo, which was stamped as not for publication by the ministry, reached reporters on Friday.',
      'Second paragraph.',
    ]);
  });
});

describe('what the reader cannot make a story of', () => {
  const framed = (heading: string, body = 'Bonn (dpa) - A story.\r\n') =>
    `\u0001eca001 3 i 10   dpa 0001\r\n\r\nslug/\r\n\u0002${heading}\r\n\r\n${body}\r\n\u0003010101 GMT Jan 24\r\n\u0004`;

  it('refuses a heading without its " =" mark, naming the headline', () => {
    expect(() => readWireFile(framed('A headline without its mark'))).toThrow(
      /^no headline: the IPTC 7901 item has no heading line marked " ="/,
    );
  });

  it('refuses a heading with no story after it, naming where the story belongs', () => {
    const file = join(desk.work, 'heading-only.txt');
    writeFileSync(file, framed('A headline =', ''));
    expect(() => importWire({ file, articlesDir: desk.articles, now: NOW, dryRun: true })).toThrow(
      /no body: the IPTC 7901 item has no story text in the lines after its heading/,
    );
  });

  it('reads a take or flash line above the headline as a signal, not the headline', () => {
    expect(story(framed('EXTRA\r\nA headline after the flash line =')).headline).toBe('A headline after the flash line');
  });

  it('refuses a text that is only the notebook', () => {
    expect(() => readWireFile(framed('A headline =', '# Notebook\r\n\r\n- [Link](http://example.com)\r\n'))).toThrow(
      /^the item's text says it is not for publication \(«# Notebook» opens it\)/,
    );
  });

  it('refuses a trailer that is no real time, and takes none from a trailer in no known form', () => {
    expect(() => readWireFile(framed('A headline =').replace('010101 GMT Jan 24', '320101 GMT Jan 24'))).toThrow(
      /trailer "320101 GMT Jan 24" .* is not a real time/,
    );
    expect(story(framed('A headline =').replace('010101 GMT Jan 24', 'end of item')).versionCreated).toBeUndefined();
  });
});

describe('the trailer forms', () => {
  it.each([
    ['041530 GMT Mar 24', '2024-03-04T15:30:00Z'],
    ['290005 UTC Feb 2024', '2024-02-29T00:05:00Z'],
    ['071200 okt 99', '1999-10-07T12:00:00'],
    ['NYC-23:59-31-12-23', '2023-12-31T23:59:00'],
  ])('%s is %s', (trailer, iso) => {
    expect(readTrailer(trailer)).toBe(iso);
  });
});
