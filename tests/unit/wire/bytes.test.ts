/**
 * Bytes as declared (src/wire/bytes.ts): XML in the encoding its byte order
 * mark or declaration names, JSON and plain text in UTF-8 only, and bytes
 * that are not what they claim refused with the line, never read as `�`.
 * The files are written here, byte for byte, with Buffer.
 */
import { describe, expect, it } from 'vitest';
import { decodeWire } from '../../../src/wire/bytes';
import { readWire } from '../../../src/wire/read-wire';
import { blockText } from '../../../src/wire/story';

const G2 = 'http://iptc.org/std/nar/2006-10-01/';
const LEDE = 'Zürich (dpa) – Das Café öffnet „bald“.';
/** ISO-8859-1 has the letters but not the dash and quotes. */
const LATIN1_LEDE = 'Zürich (dpa) - Das Café öffnet «bald».';
/** A NewsML-G2 text item whose headline and body carry letters beyond ASCII. */
const item = (declaration: string, lede = LEDE) =>
  `${declaration}\n<newsItem xmlns="${G2}" guid="urn:x" version="1"><contentMeta><headline>Café in Zürich</headline></contentMeta>` +
  `<contentSet><inlineXML><p>${lede}</p></inlineXML></contentSet></newsItem>\n`;
/** Text as Windows-1252 bytes: Latin-1's letters as themselves, the dash and quotes at 0x96, 0x84, 0x93. */
const cp1252 = (text: string) => Buffer.from([...text].map((c) => ({ '–': 0x96, '„': 0x84, '“': 0x93 })[c] ?? c.charCodeAt(0)));
const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]));
};
const refusal = (bytes: Uint8Array) => {
  try {
    readWire(bytes);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('XML is read in the encoding it declares', () => {
  it('ISO-8859-1 and Latin-1 (one byte per letter)', () => {
    for (const name of ['ISO-8859-1', 'latin1']) {
      const story = readWire(Buffer.from(item(`<?xml version="1.0" encoding="${name}"?>`, LATIN1_LEDE), 'latin1'));
      expect(story.headline).toBe('Café in Zürich');
      expect(blockText(story.blocks[0])).toBe(LATIN1_LEDE);
    }
  });

  it('Windows-1252, whose typographic quotes and dashes ISO-8859-1 lacks', () => {
    const story = readWire(cp1252(item('<?xml version="1.0" encoding="windows-1252"?>')));
    expect(blockText(story.blocks[0])).toBe(LEDE);
  });

  it('UTF-16, little- and big-endian, by its byte order mark', () => {
    for (const endian of ['le', 'be'] as const) {
      const story = readWire(utf16(item('<?xml version="1.0" encoding="UTF-16"?>'), endian));
      expect(story.headline).toBe('Café in Zürich');
      expect(blockText(story.blocks[0])).toBe(LEDE);
    }
  });

  it('UTF-8 with or without its byte order mark, and with no declaration', () => {
    const text = item('<?xml version="1.0"?>');
    expect(readWire(Buffer.from(text)).headline).toBe('Café in Zürich');
    expect(readWire(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).headline).toBe('Café in Zürich');
  });

  it('refuses UTF-8 bytes under a single-byte declaration, showing a letter both ways', () => {
    const bytes = Buffer.from(item('<?xml version="1.0" encoding="ISO-8859-1"?>'));
    expect(refusal(bytes)).toBe(
      'the XML declares encoding="ISO-8859-1", but its bytes are UTF-8 (line 2 has "é", which ISO-8859-1 would read as "Ã©"): ' +
        'the declaration is wrong; ask the agency to correct it, or change it to encoding="UTF-8"',
    );
  });

  it('refuses Latin-1 bytes in XML that declares UTF-8 (or nothing), naming the byte and line', () => {
    const bytes = Buffer.from(item('<?xml version="1.0" encoding="UTF-8"?>', LATIN1_LEDE), 'latin1');
    expect(refusal(bytes)).toMatch(
      /^the file is XML declaring encoding="UTF-8", but its bytes are not \(byte 0xE9 on line 2\); it may be ISO-8859-1 or Windows-1252/,
    );
  });

  it('refuses an encoding it cannot decode, and a UTF-16 declaration over single bytes', () => {
    expect(refusal(Buffer.from(item('<?xml version="1.0" encoding="EBCDIC-CP-US"?>')))).toMatch(
      /^the XML declares encoding="EBCDIC-CP-US", which the desk cannot decode/,
    );
    expect(refusal(Buffer.from(item('<?xml version="1.0" encoding="UTF-16"?>')))).toMatch(
      /^the XML declares encoding="UTF-16", but its bytes are not UTF-16/,
    );
  });
});

describe('JSON and plain text are UTF-8', () => {
  const ninjs = JSON.stringify({ uri: 'urn:x', headline: 'Café', body_text: 'Zürich (dpa) – Text.' });

  it('refuses JSON in Latin-1, naming the byte and its line, never decoding it to �', () => {
    const message = refusal(cp1252(`{\n${ninjs.slice(1)}`));
    expect(message).toMatch(/^the file is JSON, which must be UTF-8 \(RFC 8259\), but its bytes are not \(byte 0xE9 on line 2\)/);
    expect(message).not.toContain('\uFFFD');
  });

  it('refuses JSON in UTF-16, even with its byte order mark', () => {
    expect(refusal(utf16(ninjs, 'le'))).toBe(
      'the JSON is UTF-16; JSON must be UTF-8 (RFC 8259): ask the agency to resend it as UTF-8',
    );
  });

  it('refuses plain text that is not UTF-8', () => {
    expect(refusal(Buffer.from('Café\n\nParis (AFP) - Text.\n', 'latin1'))).toMatch(
      /^the file is plain text, which must be UTF-8/,
    );
  });

  it('decodes UTF-8 JSON as it is', () => {
    expect(decodeWire(Buffer.from(ninjs))).toBe(ninjs);
  });
});
