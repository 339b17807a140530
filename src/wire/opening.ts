/**
 * The head of the story, read by the agencies' conventions before the lede:
 * a byline paragraph (Reuters' `By Jane Roe`) is the byline; a note in
 * brackets about the version (Reuters' `(Adds quotes, background)`,
 * `(In Jan. 3 story, corrects last paragraph …)`) is taken off, and a
 * correcting one is the correction's text (it was written for clients to
 * print); a heading before the first paragraph is the lead (STT's `<h2>`)
 * and becomes the standfirst. The first paragraph then is the lede, and the
 * dateline it opens with is read and taken off (lede-dateline.ts). A lead
 * the agency set apart that opens with the dateline (Ritzau's `p.lead`,
 * `København /ritzau/: …`) is the lede, not a standfirst.
 */
import type { Paragraph } from 'mdast';
import { isBylineParagraph } from './byline.ts';
import { readDateline, type Dateline } from './lede-dateline.ts';
import { noBody } from './missing-text.ts';
import { blockText, paragraph, type Block, type WireStory } from './story.ts';

export interface Opening {
  lede: Paragraph;
  rest: Block[];
  dateline: Dateline;
  /** Byline paragraphs taken off the head of the body. */
  bylines: string[];
  standfirst?: string;
  /** A correction's text the agency printed at the head of the body. */
  correctionNote?: string;
}

const VERSION_NOTE =
  /^\((?:(?:in|for)\s[^)]{0,60}?\s(?:story|item),?\s)?(?:adds|updates|corrects|recasts|refiles|repeats|changes|removes|fixes|inserts|rewrites|writes\s+through|releads|overwrites|clarifies|deletes|amends|moves|withdraws|tops|replaces|restores|expands|trims)\b[^)]*\)$/i;

export function readOpening(story: WireStory): Opening {
  const ledeApart = story.standfirst !== undefined && readDateline(story.standfirst) !== undefined;
  const blocks = ledeApart ? [paragraph([{ type: 'text', value: story.standfirst! }]), ...story.blocks] : [...story.blocks];
  const bylines: string[] = [];
  const lead: string[] = [];
  let correctionNote: string | undefined;
  let versionNotes = 0;
  while (blocks.length > 0) {
    const block = blocks[0];
    const text = blockText(block).trim();
    if (block.type === 'heading') lead.push(text);
    else if (lead.length === 0 && isBylineParagraph(text, story.bylines)) bylines.push(text);
    else if (VERSION_NOTE.test(text)) {
      versionNotes += 1;
      if (/\bcorrects\b/i.test(text)) correctionNote = sentence(text.slice(1, -1));
    } else break;
    blocks.shift();
  }
  const first = blocks.shift();
  if (!first || first.type !== 'paragraph') {
    const held = [
      ...(bylines.length > 0 ? ['its byline'] : []),
      ...(lead.length > 0 || story.standfirst ? ['a lead'] : []),
      ...(versionNotes > 0 ? ['a note on the version'] : []),
    ];
    throw noBody(story, held);
  }
  const taken = takeDateline(first);
  const { dateline } = taken;
  let { lede } = taken;
  // A dateline that was a paragraph of its own leads the next one.
  if (lede.children.length === 0 && blocks[0]?.type === 'paragraph') lede = blocks.shift() as Paragraph;
  const standfirst = [ledeApart ? undefined : story.standfirst, ...lead].filter((t) => t !== undefined && t !== '').join(' ');
  return {
    lede,
    rest: blocks,
    dateline,
    bylines,
    ...(standfirst !== '' ? { standfirst } : {}),
    ...(correctionNote ? { correctionNote } : {}),
  };
}

/** "In Jan. 3 story, corrects …" as a sentence: a capital first, a full stop last. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return `${trimmed[0].toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}

/** The lede without its dateline, and what the dateline said. */
function takeDateline(lede: Paragraph): { lede: Paragraph; dateline: Dateline } {
  const first = lede.children[0];
  const found = first?.type === 'text' ? readDateline(first.value) : undefined;
  if (!found || first?.type !== 'text') return { lede, dateline: {} };
  const { length, ...dateline } = found;
  const rest = first.value.slice(length);
  const children = [...(rest === '' ? [] : [{ ...first, value: rest }]), ...lede.children.slice(1)];
  return { lede: { ...lede, children }, dateline };
}
