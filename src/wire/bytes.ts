/**
 * A wire file's bytes into text, as the file declares them, or a refusal
 * saying why: never a guess, and never a `�` in place of a letter. XML says
 * its encoding (a byte order mark, else the `<?xml … encoding="…"?>`
 * declaration, else UTF-8, as the XML standard has it): ISO-8859-1 and
 * Windows-1252, UTF-16 with its mark, and every other encoding Node's
 * TextDecoder knows. JSON must be UTF-8 (RFC 8259), and so must plain text,
 * which has nowhere to say otherwise. Bytes that are not what was declared
 * are refused, naming the line. Pure: the desk reads the file.
 */
import { WireError } from './story.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** What the first bytes say the file is, before it is decoded. */
type Kind = 'json' | 'xml' | 'text';

/** The file as text, decoded as it declares. */
export function decodeWire(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new WireError('the file is UTF-32 text; the desk reads UTF-8 and UTF-16: ask the agency to resend it as UTF-8');
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : undefined;
  if (utf16) {
    const text = decode(bytes.subarray(2), utf16, 'UTF-16 (as its byte order mark says)');
    if (kindOf(text) === 'json') {
      throw new WireError('the JSON is UTF-16; JSON must be UTF-8 (RFC 8259): ask the agency to resend it as UTF-8');
    }
    return text;
  }
  // UTF-16 without a mark shows itself by the zero bytes of "<?" in the declaration.
  if (startsWith(bytes, [0x3c, 0, 0x3f, 0]))
    return decode(bytes, 'utf-16le', 'UTF-16 (little-endian, without a byte order mark)');
  if (startsWith(bytes, [0, 0x3c, 0, 0x3f])) return decode(bytes, 'utf-16be', 'UTF-16 (big-endian, without a byte order mark)');
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  const head = String.fromCharCode(...body.subarray(0, 512));
  const kind = kindOf(head);
  if (kind === 'xml') return decodeXml(body, head, startsWith(bytes, UTF8_BOM));
  const said = kind === 'json' ? 'JSON, which must be UTF-8 (RFC 8259)' : 'plain text, which must be UTF-8';
  return decode(body, 'utf-8', said);
}

function kindOf(text: string): Kind {
  const opening = text.replace(/^\uFEFF/, '').trimStart()[0];
  return opening === '{' || opening === '[' ? 'json' : opening === '<' ? 'xml' : 'text';
}

/** XML in the encoding its declaration names; UTF-8 when it names none. */
function decodeXml(bytes: Uint8Array, head: string, marked: boolean): string {
  const declared = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/.exec(head)?.[1];
  if (declared === undefined) return decode(bytes, 'utf-8', 'XML without an encoding declaration, which is UTF-8');
  if (/^utf-?16/i.test(declared)) {
    throw new WireError(
      `the XML declares encoding="${declared}", but its bytes are not UTF-16 (there is no byte order mark and the ` +
        'declaration is in single bytes): ask the agency to resend it with the encoding it is really in',
    );
  }
  let label: string;
  try {
    label = new TextDecoder(declared).encoding;
  } catch {
    throw new WireError(
      `the XML declares encoding="${declared}", which the desk cannot decode; ask the agency to resend it as UTF-8`,
    );
  }
  if (marked && label !== 'utf-8') {
    throw new WireError(`the XML declares encoding="${declared}" but starts with a UTF-8 byte order mark; which is it?`);
  }
  if (label !== 'utf-8') refuseHiddenUtf8(bytes, declared, label);
  return decode(bytes, label, `XML declaring encoding="${declared}"`);
}

/**
 * A single-byte declaration over bytes that are UTF-8 with letters beyond
 * ASCII: the declaration is wrong (text in ISO-8859-1 is practically never
 * also well-formed UTF-8). Refused, showing a letter both ways.
 */
function refuseHiddenUtf8(bytes: Uint8Array, declared: string, label: string): void {
  const at = bytes.findIndex((byte) => byte >= 0x80);
  if (at < 0 || firstBadUtf8(bytes) !== undefined) return;
  const length = bytes[at] < 0xe0 ? 2 : bytes[at] < 0xf0 ? 3 : 4;
  const letter = bytes.subarray(at, at + length);
  const asUtf8 = new TextDecoder('utf-8').decode(letter);
  const asDeclared = new TextDecoder(label).decode(letter);
  throw new WireError(
    `the XML declares encoding="${declared}", but its bytes are UTF-8 (line ${lineAt(bytes, at)} has "${asUtf8}", which ` +
      `${declared} would read as "${asDeclared}"): the declaration is wrong; ask the agency to correct it, ` +
      'or change it to encoding="UTF-8"',
    { line: lineAt(bytes, at) },
  );
}

/** Decodes strictly: a byte the encoding has no letter for is refused, naming its line. */
function decode(bytes: Uint8Array, encoding: string, said: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = encoding === 'utf-8' ? firstBadUtf8(bytes) : undefined;
    const where = at === undefined ? '' : ` (byte 0x${bytes[at].toString(16).toUpperCase()} on line ${lineAt(bytes, at)})`;
    const guess = encoding === 'utf-8' ? '; it may be ISO-8859-1 or Windows-1252' : '';
    throw new WireError(
      `the file is ${said}, but its bytes are not${where}${guess}: ask the agency to resend it as UTF-8`,
      at === undefined ? {} : { line: lineAt(bytes, at) },
    );
  }
}

const lineAt = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence. */
function firstBadUtf8(bytes: Uint8Array): number | undefined {
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    try {
      strict.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return undefined;
}
