/**
 * What a wire file is, in a word or two ("NewsML-G2 newsMessage", "ninjs
 * 2.x", "JSON envelope", "NITF"), told from its bytes without reading it as
 * a story: the conformance run's column, which must name a format even for
 * a file the desk refuses. Best effort, never a refusal.
 */
import { decodeWire } from './bytes.ts';
import { isIptc7901 } from './iptc-7901.ts';
import { ninjsGeneration } from './ninjs.ts';
import { isNewsMlG2 } from './news-message.ts';
import { isNewsMl1 } from './newsml-1.ts';
import { isNitf } from './nitf.ts';
import { isRitzau } from './ritzau.ts';
import { parseXml } from './xml.ts';

export function formatOf(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'empty';
  if (isIptc7901(String.fromCharCode(...bytes.subarray(0, 300)))) return 'IPTC 7901';
  let text: string;
  try {
    text = decodeWire(bytes).replace(/^\uFEFF/, '');
  } catch {
    return 'undecodable';
  }
  const opening = text.trimStart()[0];
  if (opening === '{' || opening === '[') return jsonFormat(text);
  if (opening === '<') return xmlFormat(text);
  return 'plain text';
}

function jsonFormat(text: string): string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'JSON (malformed)';
  }
  if (Array.isArray(data)) return 'JSON list';
  if (typeof data !== 'object' || data === null) return 'JSON (not ninjs)';
  const generation = ninjsGeneration(data as Record<string, unknown>);
  if (generation !== undefined) return `ninjs ${generation}.x`;
  return ['data', 'item', 'items', '_items', 'results'].some((key) => key in data) ? 'JSON envelope' : 'JSON (not ninjs)';
}

function xmlFormat(text: string): string {
  try {
    const root = parseXml(text);
    if (isNewsMlG2(root)) return `NewsML-G2 ${root.localName}`;
    if (isNewsMl1(root)) return 'NewsML 1.2';
    if (isNitf(root)) return 'NITF';
    if (isRitzau(root)) return 'Ritzau RBNews';
    return `XML <${root.nodeName}>`;
  } catch {
    return 'XML (malformed)';
  }
}
