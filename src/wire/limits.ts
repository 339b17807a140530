/**
 * How much the desk reads, and the refusal when a file is more: a wire
 * file's size, and how deeply its JSON or XML nests. Agencies' items are
 * kilobytes and nest a few dozen levels at most; a file far past that is
 * broken or hostile, and is refused with these messages before any reader
 * walks it (the readers recurse, and would otherwise overflow the stack).
 */
import type { Node as DomNode } from '@xmldom/xmldom';
import { WireError } from './story.ts';

/** The largest wire file the desk reads: a long story with markup is some 100 KB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The deepest nesting of JSON values or XML elements the desk reads. */
export const MAX_DEPTH = 200;

export function checkSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new WireError(
      `the file is ${mb(bytes)}; the desk reads wire files of up to ${mb(MAX_FILE_BYTES)} (a story is some kilobytes): ` +
        'is this a wire item?',
    );
  }
}

const tooDeep = (what: string, depth = `more than ${MAX_DEPTH} levels deep`) =>
  new WireError(
    `the ${what} nests ${depth}; no news item does, so the file is refused rather than read: ask the agency to resend it`,
  );

/** Refuses JSON nested deeper than MAX_DEPTH (walked without recursion). */
export function checkJsonDepth(value: unknown): void {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [next, depth] = stack.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    if (depth > MAX_DEPTH) throw tooDeep('JSON');
    for (const inner of Object.values(next)) stack.push([inner, depth + 1]);
  }
}

/** Refuses an XML tree nested deeper than MAX_DEPTH elements (walked without recursion). */
export function checkXmlDepth(root: DomNode): void {
  const stack: [DomNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) throw tooDeep('XML');
    for (const child of node.childNodes as unknown as DomNode[]) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
}

/** A JavaScript stack overflow: what a reader hits on nesting the checks above did not see (markup inside a JSON string). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

export const nestedTooDeep = () => tooDeep("item's markup", 'too deeply to read');
