/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: rules in file
 * order, each a path line then indented "Name: value" lines, "#" starting a
 * comment; a request gets the headers of every rule whose path matches it,
 * where "*" matches any run of characters (a splat).
 *
 * No imports, so Node 24 can load it directly (type stripping) through
 * tests/support/static-server.ts from scripts/bench.mjs.
 */

export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
    if (!name || rules.length === 0) throw new Error(`_headers: cannot read "${line}"`);
    rules.at(-1)!.headers.push([name.trim(), value.trim()]);
  }
  return rules;
}

/** The rules whose path matches a request path. */
export function rulesFor(rules: readonly HeaderRule[], path: string): HeaderRule[] {
  return rules.filter(({ path: pattern }) => {
    const source = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    return new RegExp(`^${source}$`).test(path);
  });
}

/** Every header the rules give a request path, in file order. */
export function headersFor(rules: readonly HeaderRule[], path: string): [name: string, value: string][] {
  return rulesFor(rules, path).flatMap((rule) => rule.headers);
}
