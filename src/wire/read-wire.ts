/**
 * Reads a wire file of any supported format into the stories it holds. The
 * format is told from the content, never the file name: the bytes are
 * decoded as declared (bytes.ts); JSON is IPTC ninjs, bare or in an API
 * envelope (envelopes.ts); XML is read by its root element and namespace:
 * NewsML-G2 (news-message.ts), NewsML 1.2 (newsml-1.ts), NITF (nitf.ts) or
 * Ritzau's RBNews (ritzau.ts);
 * an IPTC 7901 transmission is told by its first bytes (iptc-7901.ts, which
 * decodes it: 7901 says nothing of its encoding); other text is agency plain
 * text. Every other XML root is refused, naming it.
 */
import { decodeWire } from './bytes.ts';
import { readJson } from './envelopes.ts';
import { decodeIptc7901, isIptc7901, readIptc7901 } from './iptc-7901.ts';
import { isNewsMlG2, notNewsMlG2, readG2Document } from './news-message.ts';
import { isNewsMl1, readNewsMl1 } from './newsml-1.ts';
import { isNitf, readNitf } from './nitf.ts';
import { readPlainText } from './plain-text.ts';
import { isRitzau, readRitzau } from './ritzau.ts';
import { WireError, type WireStory } from './story.ts';
import { FORMATS, single, type WireFile } from './wire-file.ts';
import { parseXml } from './xml.ts';

/** A file's stories, from its bytes (or text already decoded). */
export function readWireFile(content: Uint8Array | string): WireFile {
  // 7901 is told by its first bytes, before decoding: it is often in a single-byte encoding that says nothing of itself.
  if (isIptc7901(typeof content === 'string' ? content.slice(0, 300) : String.fromCharCode(...content.subarray(0, 300)))) {
    return readIptc7901(typeof content === 'string' ? content : decodeIptc7901(content));
  }
  const text = (typeof content === 'string' ? content : decodeWire(content)).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new WireError('the file is empty: there is no headline and no story');
  // Control characters other than tab and line breaks: a binary file (a picture, a PDF, a zip).
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    throw new WireError(`unrecognised format: the file is not text. Import ${FORMATS}`);
  }
  const opening = text.trimStart()[0];
  if (opening === '{' || opening === '[') return readJson(text);
  if (opening === '<') return readXml(text);
  return single('agency plain text', readPlainText(text));
}

/** The one story of a file that holds one (the tests' way in). */
export function readWire(content: Uint8Array | string): WireStory {
  const { stories, container } = readWireFile(content);
  if (stories.length !== 1) throw new WireError(`the ${container} holds ${stories.length} stories, not one`);
  return stories[0];
}

function readXml(text: string): WireFile {
  const root = parseXml(text);
  if (isNewsMlG2(root)) return readG2Document(root);
  if (isNewsMl1(root)) return readNewsMl1(root);
  if (isNitf(root)) return single('IPTC NITF', readNitf(root));
  if (isRitzau(root)) return single('Ritzau RBNews', readRitzau(root));
  throw notNewsMlG2(root) ?? unknownRoot(root.nodeName, root.namespaceURI);
}

/** The G2 parts that are never sent alone, and other roots the desk knows by name. */
const FRAGMENTS = ['contentSet', 'contentMeta', 'itemMeta', 'inlineXML', 'itemSet'];
function unknownRoot(name: string, ns: string | null): WireError {
  const local = name.replace(/^[^:]*:/, '');
  if (FRAGMENTS.includes(local)) {
    return new WireError(
      `unrecognised format: XML whose root element is <${name}>, a part of a NewsML-G2 item, not a whole item`,
    );
  }
  if (local === 'sports-content')
    return new WireError('unrecognised format: SportsML (sports results and statistics), not a story');
  const where = ns ? ` in namespace ${ns}` : ' in no namespace';
  return new WireError(
    `unrecognised format: XML whose root element is <${name}>${where}: vendor XML the desk does not read. Import ${FORMATS}`,
  );
}
