/**
 * Malformed JSON said as editors count: line and column. JSON.parse gives a
 * character position for some mistakes and only a snippet for others (an
 * unexpected `]` after a trailing comma), so where it gives none the text
 * is scanned for the first place its grammar breaks, without recursion.
 */
import { WireError } from './story.ts';

export function jsonError(text: string, message: string): WireError {
  const given = /at position (\d+)/.exec(message)?.[1];
  const said = message
    .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
    .replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '');
  const position = given === undefined ? firstError(text) : Number(given);
  if (position === undefined) return new WireError(`malformed JSON: ${said}`);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return new WireError(`malformed JSON on line ${line}, column ${column}: ${said}`, { line, column });
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
type Expect = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after';
// eslint-disable-next-line no-control-regex -- a JSON string may not hold raw control characters
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** The offset of the first character where the text stops being JSON; undefined if it never does. */
function firstError(text: string): number | undefined {
  /** What may come next: a value (or, first in a list, its end), a key (or, first, the object's end), a colon, a comma or an end. */
  // Declared by assertion: step() changes it, which the compiler's narrowing would not see.
  let expect = 'value' as Expect;
  const open: string[] = [];
  let i = 0;
  const at = (pattern: RegExp) => {
    pattern.lastIndex = i;
    return pattern.exec(text)?.[0].length ?? 0;
  };
  const step = (length: number, next: Expect) => {
    i += length;
    expect = next;
  };
  const close = () => {
    open.pop();
    step(1, 'after');
  };
  while (true) {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
    if (open.length === 0 && expect === 'after') return i < text.length ? i : undefined;
    if (i >= text.length) return i;
    const c = text[i];
    const inObject = open.at(-1) === '{';
    if (expect === 'colon') {
      if (c !== ':') return i;
      step(1, 'value');
    } else if (expect === 'after') {
      if (c === ',') step(1, inObject ? 'key' : 'value');
      else if (c === (inObject ? '}' : ']')) close();
      else return i;
    } else if (expect === 'key' || expect === 'firstKey') {
      if (c === '}' && expect === 'firstKey') close();
      else if (c === '"' && at(STRING) > 0) step(at(STRING), 'colon');
      else return i;
    } else if (c === ']' && expect === 'firstValue') {
      close();
    } else if (c === '{' || c === '[') {
      open.push(c);
      step(1, c === '{' ? 'firstKey' : 'firstValue');
    } else {
      const length = at(c === '"' ? STRING : LITERAL);
      if (length === 0) return i;
      step(length, 'after');
    }
  }
}
