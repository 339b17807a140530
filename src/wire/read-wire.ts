/**
 * Reads a wire file of any supported format into a WireStory. The format is
 * detected from the content, never the file name: JSON is IPTC ninjs, XML is
 * IPTC NewsML-G2, other text is agency plain text.
 */
import { ninjsGeneration, readNinjs } from './ninjs.ts';
import { isNewsItem, parseXml, readNewsMlG2 } from './newsml-g2.ts';
import { readPlainText } from './plain-text.ts';
import { WireError, type WireStory } from './story.ts';

const FORMATS = 'agency plain text, IPTC ninjs (JSON) or IPTC NewsML-G2 (XML)';

export function readWire(content: string): WireStory {
  const text = content.replace(/^\uFEFF/, '');
  // Control characters other than tab and line breaks: a binary file (a picture, a PDF, a zip).
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    throw new WireError(`unrecognised format: the file is not text. Import ${FORMATS}`);
  }
  const opening = text.trimStart()[0];
  if (opening === '{' || opening === '[') return readJson(text);
  if (opening === '<') {
    const root = parseXml(text);
    if (!isNewsItem(root)) {
      throw new WireError(
        `unrecognised format: XML whose root element is <${root.nodeName}>, not a NewsML-G2 <newsItem> ` +
          `(namespace http://iptc.org/std/nar/2006-10-01/). Import ${FORMATS}`,
      );
    }
    return readNewsMlG2(root);
  }
  return readPlainText(text);
}

function readJson(text: string): WireStory {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw jsonError(text, (error as Error).message);
  }
  const generation =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? ninjsGeneration(data as Record<string, unknown>)
      : undefined;
  if (generation === undefined) {
    throw new WireError(
      'unrecognised format: JSON, but not IPTC ninjs (a ninjs item is an object with a "uri" and a headline or body, ' +
        `or a "standard" naming ninjs). Import ${FORMATS}`,
    );
  }
  return readNinjs(data as Record<string, unknown>, generation);
}

/** JSON.parse says where by character position; editors count lines. */
function jsonError(text: string, message: string): WireError {
  const position = /at position (\d+)/.exec(message)?.[1];
  const said = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '');
  if (position === undefined) return new WireError(`malformed JSON: ${said}`);
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return new WireError(`malformed JSON on line ${line}, column ${column}: ${said}`, { line, column });
}
