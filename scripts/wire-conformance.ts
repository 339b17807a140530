/**
 * `npm run wire-conformance -- [<folder>] [--markdown]` tries the wire desk
 * on every file of a folder (recursively; the folder's own README.md and
 * origins.tsv are its description, not items), each imported on its own as
 * a dry run into an empty temporary articles folder, and prints one line per
 * file: `imported` (headline, dateline place and day, paragraphs, for each
 * story), `withdrawal` (a kill of a story the empty folder does not have),
 * `refused: <why>` (the desk's own message, and, when the readers got
 * through the file, what they read: `[read: 1 story, 7 paragraphs]`), or
 * `FAILED: <error>` (a crash:
 * a bug of the desk), then the counts per outcome and per format. Without a
 * folder it reads ../shared/wire-samples/ (or $WIRE_SAMPLES), the real
 * agency files kept beside the project, and says so and stops when there is
 * none (a clone has none).
 * With --markdown it prints Markdown tables for docs/wire-conformance.md,
 * quoting nothing of the agencies' text. It writes nothing and exits 1 only
 * when a file crashed the desk.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { importFile, type DeskResult } from '../src/wire/desk.ts';
import { formatOf } from '../src/wire/format-of.ts';
import { readWireFile } from '../src/wire/read-wire.ts';
import { WireError } from '../src/wire/story.ts';
import { splitArticle } from '../src/wire/writer.ts';

/** The real agency files, beside the project (WIRE_SAMPLES names another place). */
const DEFAULT = process.env.WIRE_SAMPLES ?? resolve(import.meta.dirname, '../../shared/wire-samples');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { markdown: { type: 'boolean', default: false } } });
const folder = resolve(positionals[0] ?? DEFAULT);
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  if (positionals[0] !== undefined) {
    console.error(`${positionals[0]} is not a folder. Usage: npm run wire-conformance -- <folder of wire files> [--markdown]`);
    process.exit(2);
  }
  console.log(`No wire samples at ${folder} (they are kept beside the project, not in it): nothing to try.`);
  process.exit(0);
}

type Outcome = 'imported' | 'withdrawal' | 'refused' | 'FAILED';
interface Row {
  file: string;
  format: string;
  outcome: Outcome;
  said: string;
}

const articles = mkdtempSync(join(tmpdir(), 'wire-conformance-'));
const rows: Row[] = [];
try {
  for (const path of filesIn(folder)) rows.push(tryFile(path));
} finally {
  rmSync(articles, { recursive: true, force: true });
}
print(rows);
process.exit(rows.some((row) => row.outcome === 'FAILED') ? 1 : 0);

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !(dir === folder && ['README.md', 'origins.tsv'].includes(entry.name)))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function tryFile(path: string): Row {
  const file = relative(folder, path);
  const bytes = readFileSync(path);
  const format = formatOf(bytes);
  try {
    const results = importFile({ file: path, articlesDir: articles, dryRun: true });
    const imported = results.filter((r) => r.text !== undefined);
    if (imported.length === 0) return { file, format, outcome: 'withdrawal', said: results.map((r) => r.message).join('; ') };
    return { file, format, outcome: 'imported', said: imported.map((r) => describe(r)).join('; ') };
  } catch (error) {
    if (error instanceof WireError) {
      return { file, format, outcome: 'refused', said: `${withoutPath(error.message, path)}${howFar(bytes)}` };
    }
    const said = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
    return { file, format, outcome: 'FAILED', said };
  }
}

/** For a refusal after the file was read: what the readers made of it, to show how far its stories got. */
function howFar(bytes: Uint8Array): string {
  try {
    const { stories } = readWireFile(bytes);
    const paragraphs = stories.map((s) => s.blocks.filter((b) => b.type === 'paragraph').length);
    return ` [read: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, ${paragraphs.join(' + ')} paragraphs]`;
  } catch {
    return '';
  }
}

/** A message without the file's path (and line) it opens with. */
function withoutPath(message: string, path: string): string {
  const shown = [path, relative(process.cwd(), path)].find((p) => message.startsWith(`${p}:`));
  return shown === undefined ? message : message.slice(shown.length).replace(/^(:\d+)*: /, '');
}

/**
 * "Headline" (Place, 2021-12-01, 7 paragraphs), from the article the desk
 * would write, and what the draft leaves for the editor to write in (a
 * place or an agency the item does not give: "to review: place"); with
 * --markdown, for a page kept in the project, the headline is said by its
 * length, never in the agency's words.
 */
function describe(result: DeskResult): string {
  const parts = splitArticle(result.text!)!;
  const data = parse(parts.frontmatter) as {
    title?: string;
    dateline: { place?: string; date: string };
    source: { agency?: string };
  };
  const review = [
    data.title ? [] : ['headline'],
    data.dateline.place ? [] : ['place'],
    data.source.agency ? [] : ['agency'],
  ].flat();
  const place = data.dateline.place ?? 'no place';
  const left = review.length > 0 ? `; a draft to review: ${review.join(' and ')}` : '';
  const paragraphs = parts.body.split(/\n\s*\n/).filter((b) => b.trim() !== '' && !/^\s*(#|<!--)/.test(b)).length;
  const headline =
    data.title === undefined
      ? 'no headline'
      : values.markdown
        ? `a headline of ${data.title.split(/\s+/).length} words`
        : `"${data.title}"`;
  return `${headline} (${place}, ${data.dateline.date}, ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}${left})`;
}

/** With --markdown, what the desk quotes from the item (a headline, a crosshead, a name) is left out: "…". */
function quoted(said: string): string {
  return values.markdown
    ? said
        .replace(/"[^"]*"/g, '"…"')
        .replace(/“[^”]*”/g, '“…”')
        .replace(/«[^»]*»/g, '«…»')
    : said;
}

/** A refusal's kind, for the summary: its words up to the first detail ("no time zone known for the dateline"). */
function kindOf(said: string): string {
  return said
    .replace(/ \[read: [^\]]*\]$/, '')
    .replace(/^item \d+ of \d+( \([^)]*\))?: /, '')
    .replace(/"[^"]*"/g, '…')
    .replace(/ on line \d+(, column \d+)?/, '')
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-][\d:]+)?/g, '…')
    .split(/[:;(]/)[0]
    .trim();
}

function print(all: Row[]): void {
  const md = values.markdown;
  // In a Markdown table: a | would end the cell, a < open an HTML tag.
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\s+/g, ' ');
  if (md) console.log('| file | format | outcome |\n| --- | --- | --- |');
  for (const row of all) {
    const outcome = `${row.outcome}: ${row.outcome === 'imported' ? row.said : quoted(row.said)}`;
    console.log(md ? `| ${cell(row.file)} | ${cell(row.format)} | ${cell(outcome)} |` : `${row.file}\t${row.format}\t${outcome}`);
  }
  const outcomes: Outcome[] = ['imported', 'withdrawal', 'refused', 'FAILED'];
  const count = (rows: Row[], outcome: Outcome) => rows.filter((r) => r.outcome === outcome).length;
  console.log(`\n${all.length} files: ${outcomes.map((o) => `${count(all, o)} ${o}`).join(', ')}\n`);
  const formats = [...new Set(all.map((r) => r.format))].sort();
  if (md) console.log(`| format | files | ${outcomes.join(' | ')} |\n| --- | --- | ${outcomes.map(() => '---').join(' | ')} |`);
  for (const format of formats) {
    const rows = all.filter((r) => r.format === format);
    const counts = outcomes.map((o) => count(rows, o));
    console.log(
      md ? `| ${cell(format)} | ${rows.length} | ${counts.join(' | ')} |` : `${format}: ${rows.length} (${counts.join(' / ')})`,
    );
  }
  const kinds = new Map<string, number>();
  for (const row of all.filter((r) => r.outcome === 'refused'))
    kinds.set(kindOf(row.said), (kinds.get(kindOf(row.said)) ?? 0) + 1);
  console.log(md ? '\n| refused because | files |\n| --- | --- |' : '\nRefused because:');
  for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(md ? `| ${cell(kind)} | ${n} |` : `${n}\t${kind}`);
}
