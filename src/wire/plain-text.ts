/**
 * Agency plain text, laid out as AFP's seed file is
 * (tests/fixtures/afp-ukraine-talks.txt): the headline on a line of its own,
 * a blank line, then the story: a lede that opens with the dateline
 * ("Kiev (AFP) – …"), paragraphs separated by blank lines, and crossheads as
 * short lines without final punctuation. Plain text carries no id, version
 * or date: `npm run import` takes those from the file's address and options.
 */
import { blocksFromPlainText, emptyStory, WireError, type WireStory } from './story.ts';

export function readPlainText(text: string): WireStory {
  const story = emptyStory('agency plain text');
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const start = lines.findIndex((line) => line.trim() !== '');
  if (start < 0) throw new WireError('the file is empty: there is no headline and no story');
  const next = lines[start + 1];
  if (next !== undefined && next.trim() !== '') {
    throw new WireError(
      `no headline on line ${start + 1}: agency plain text starts with the headline on a line of its own, ` +
        'then a blank line, then the story',
      { line: start + 1 },
    );
  }
  story.headline = lines[start].trim();
  story.blocks = blocksFromPlainText(lines.slice(start + 1).join('\n'));
  return story;
}
