/**
 * A labelled corpus story as an agency would send it, in the formats the
 * wire desk reads: plain text (the headline on a line of its own, a blank
 * line, `Place (AGENCY) - ` and the lede, the paragraphs: nothing else, so no
 * date or zone), ninjs 2.x and 3.x JSON, and a NewsML-G2 newsMessage holding
 * one newsItem. The structured items carry what the agencies' own do: the
 * headline, the dateline place, the agency as provider and copyright holder,
 * a firstCreated and versionCreated at noon of the story's day in its zone
 * (with that zone's offset), and the body as XHTML paragraphs (crossheads as
 * `<h2>`) whose lede opens with the dateline, as AFP, AP and Reuters file it.
 * Every item is built from the story's own frontmatter and body; nothing of
 * the labels goes in.
 */
import { TZDate } from '@date-fns/tz';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root, Text } from 'hast';
import { articleSchema, type Article } from '../../src/article/schema';

export const AGENCY_FORMATS = ['text', 'ninjs', 'ninjs-3', 'newsml-g2'] as const;
export type AgencyFormat = (typeof AGENCY_FORMATS)[number];

export interface AgencyCopy {
  /** The file's extension, as an agency's file would have. */
  extension: 'txt' | 'json' | 'xml';
  content: string;
}

interface Story {
  article: Article;
  body: string;
}

const readStory = (markdown: string): Story => {
  const parsed = parseFrontmatter(markdown, { frontmatter: 'empty-with-spaces' });
  return { article: articleSchema.parse(parsed.frontmatter), body: parsed.content.trim() };
};

const datelineOf = (article: Article) => `${article.dateline.place} (${article.source.agency}) - `;

/** The story as agency plain text, its lede opened by the dateline. */
export function agencyPlainText(markdown: string): string {
  const { article, body } = readStory(markdown);
  const blocks = body.split(/\n\s*\n/).map((block) => block.trim().replace(/^#+\s+/, ''));
  const [lede, ...rest] = blocks;
  return [article.title, `${datelineOf(article)}${lede}`, ...rest].join('\n\n') + '\n';
}

/** Noon of the story's day in its zone, with the zone's offset: `2023-10-09T12:00:00+04:30`. */
export function filedAt(article: Article): string {
  const [year, month, day] = article.dateline.date.split('-').map(Number);
  return new TZDate(year, month - 1, day, 12, 0, 0, article.dateline.timeZone).toISOString().replace('.000', '');
}

/** The body as XHTML: its paragraphs and crossheads, the lede opened by the dateline. */
async function xhtmlBody({ article, body }: Story): Promise<string> {
  const processor = await createMarkdownProcessor({ gfm: false, smartypants: false });
  const tree: Root = fromHtml((await processor.render(body)).code, { fragment: true });
  tree.children = tree.children.filter((node) => node.type === 'element');
  for (const node of tree.children as Element[]) if (/^h[1-6]$/.test(node.tagName)) node.tagName = 'h2';
  const lede = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p');
  lede?.children.unshift({ type: 'text', value: datelineOf(article) } satisfies Text);
  return toHtml(tree, { space: 'html', closeEmptyElements: true });
}

const slugOf = (story: string) => story.replace(/[^a-z0-9-]/g, '');
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

async function ninjs(story: Story, name: string, generation: 2 | 3): Promise<string> {
  const { article } = story;
  const stamp = filedAt(article);
  const uri = `urn:${article.source.agency.toLowerCase().replace(/\W/g, '')}:corpus:${slugOf(name)}`;
  const body = await xhtmlBody(story);
  const item =
    generation === 2
      ? {
          standard: { name: 'ninjs', version: '2.1' },
          uri,
          type: 'text',
          version: '1',
          firstcreated: stamp,
          versioncreated: stamp,
          pubstatus: 'usable',
          copyrightholder: article.source.name,
          infosources: [{ name: article.source.name, role: 'originfo' }],
          headlines: [{ role: 'main', value: article.title }],
          bodies: [{ role: 'main', contenttype: 'application/xhtml+xml', value: body }],
        }
      : {
          standard: { name: 'ninjs', version: '3.0' },
          uri,
          type: 'text',
          version: '1',
          firstCreated: stamp,
          versionCreated: stamp,
          pubStatus: 'usable',
          infoSources: [{ name: article.source.name, role: 'originfo' }],
          headlines: [{ role: 'main', value: article.title }],
          bodies: [{ role: 'main', contentType: 'application/xhtml+xml', value: body }],
        };
  return `${JSON.stringify(item, null, 2)}\n`;
}

const NAR = 'http://iptc.org/std/nar/2006-10-01/';

async function newsMessage(story: Story, name: string): Promise<string> {
  const { article } = story;
  const stamp = filedAt(article);
  const code = article.source.agency.replace(/\W/g, '');
  const provider = `<provider qcode="nprov:${code}"><name>${escapeXml(article.source.name)}</name></provider>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="${NAR}">
  <header><sent>${stamp}</sent></header>
  <itemSet>
    <newsItem guid="urn:newsml:${code.toLowerCase()}:corpus:${slugOf(name)}" version="1" standard="NewsML-G2" standardversion="2.29" xml:lang="en">
      <rightsInfo><copyrightHolder><name>${escapeXml(article.source.name)}</name></copyrightHolder></rightsInfo>
      <itemMeta>
        <itemClass qcode="ninat:text"/>
        ${provider}
        <versionCreated>${stamp}</versionCreated>
        <firstCreated>${stamp}</firstCreated>
        <pubStatus qcode="stat:usable"/>
      </itemMeta>
      <contentMeta>
        <headline>${escapeXml(article.title)}</headline>
        <dateline>${escapeXml(article.dateline.place)}</dateline>
      </contentMeta>
      <contentSet>
        <inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${await xhtmlBody(story)}</body></html></inlineXML>
      </contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
`;
}

/** The corpus story `name` (its Markdown file's text) as the agency would send it in `format`. */
export async function agencyCopy(markdown: string, name: string, format: AgencyFormat): Promise<AgencyCopy> {
  if (format === 'text') return { extension: 'txt', content: agencyPlainText(markdown) };
  const story = readStory(markdown);
  if (format === 'newsml-g2') return { extension: 'xml', content: await newsMessage(story, name) };
  return { extension: 'json', content: await ninjs(story, name, format === 'ninjs' ? 2 : 3) };
}
