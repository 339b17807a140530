/**
 * Small wire items written for the convention tests, in the agencies'
 * shapes but with text of our own: a NewsML-G2 newsItem assembled from its
 * parts, a ninjs object, a bare NITF document, a NewsML 1.2 file, plain
 * text; and a dry import of any of them into a temporary articles folder,
 * returning the article file as it would be written.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { importWire, type DeskOptions } from '../../src/wire/desk';

const NAR = 'http://iptc.org/std/nar/2006-10-01/';
export const NOW = new Date('2024-03-05T12:00:00Z');

export interface G2Parts {
  guid?: string;
  version?: string;
  lang?: string;
  /** Extra elements of itemMeta (after versionCreated and pubStatus). */
  itemMeta?: string;
  /** Elements of contentMeta besides the headline. */
  contentMeta?: string;
  headline?: string;
  /** The XHTML body's inner HTML, or use `inlineData` for a plain-text body. */
  body?: string;
  inlineData?: string;
  versionCreated?: string;
}

export function g2Item(parts: G2Parts): string {
  const content =
    parts.inlineData !== undefined
      ? `<inlineData contenttype="text/plain"><![CDATA[${parts.inlineData}]]></inlineData>`
      : `<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${parts.body ?? ''}</body></html></inlineXML>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="${NAR}" guid="${parts.guid ?? 'urn:newsml:example.org:20240305:test-1'}" version="${parts.version ?? '1'}" standard="NewsML-G2" standardversion="2.29"${parts.lang ? ` xml:lang="${parts.lang}"` : ''}>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <versionCreated>${parts.versionCreated ?? '2024-03-05T09:00:00Z'}</versionCreated>
    <pubStatus qcode="stat:usable"/>
    ${parts.itemMeta ?? ''}
  </itemMeta>
  <contentMeta>
    <headline>${parts.headline ?? 'Ministers agree on a plan for the river'}</headline>
    ${parts.contentMeta ?? ''}
  </contentMeta>
  <contentSet>${content}</contentSet>
</newsItem>`;
}

/** A ninjs 2.x item: the given properties over a minimal text item. */
export function ninjsItem(props: Record<string, unknown>): string {
  return JSON.stringify({
    uri: 'urn:example:ninjs:1',
    type: 'text',
    version: '1',
    versioncreated: '2024-03-05T09:00:00Z',
    headlines: [{ role: 'main', value: 'Ministers agree on a plan for the river' }],
    ...props,
  });
}

export interface Desk {
  articles: string;
  /** Writes the item to a file and imports it, dry unless told; the result has the file's text. */
  run(content: string, options?: Partial<DeskOptions>, name?: string): ReturnType<typeof importWire>;
}

/** A temporary desk for the calling test file, removed after it. */
export function conventionDesk(): Desk {
  const work = mkdtempSync(join(tmpdir(), 'wire-conventions-'));
  const articles = join(work, 'articles');
  mkdirSync(articles);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let count = 0;
  const desk: Desk = {
    articles,
    run(content, options = {}, name) {
      const opening = content.trimStart()[0];
      const extension = opening === '<' ? 'xml' : opening === '{' ? 'json' : 'txt';
      const file = join(work, name ?? `item-${++count}.${extension}`);
      writeFileSync(file, content);
      return importWire({ file, articlesDir: articles, now: NOW, dryRun: true, ...options });
    },
  };
  return desk;
}

export interface NitfParts {
  id?: string;
  version?: string;
  /** management-status: usable (the default), canceled, withheld. */
  status?: string;
  baselang?: string;
  /** Extra elements of docdata (an ed-msg). */
  docdata?: string;
  /** Elements of body.head after the hedline (byline, dateline, distributor). */
  bodyHead?: string;
  headline?: string;
  /** The body.content's inner markup. */
  body: string;
}

/** A bare NITF 3.x document, as AP and NTB send it (no namespace). */
export function nitfItem(parts: NitfParts): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN"${parts.baselang ? ` baselang="${parts.baselang}"` : ''}>
  <head>
    <docdata management-status="${parts.status ?? 'usable'}">
      <doc-id regsrc="AP" id-string="${parts.id ?? 'AP-TEST-1'}"/>
      <du-key version="${parts.version ?? '1'}"/>
      <date.issue norm="20240305T090000Z"/>
      ${parts.docdata ?? ''}
      <doc.copyright holder="The Associated Press"/>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>${parts.headline ?? 'Ministers agree on a plan for the river'}</hl1></hedline>
      ${parts.bodyHead ?? ''}
    </body.head>
    <body.content>${parts.body}</body.content>
  </body>
</nitf>`;
}

export interface NewsMl1Parts {
  /** NewsLines after the HeadLine (ByLine, DateLine, NewsLine). */
  lines?: string;
  /** DescriptiveMetadata's children (Language, Location). */
  descriptive?: string;
  /** The text ContentItem's DataContent. */
  content: string;
  lang?: string;
}

/** A NewsML 1.2 file of one NewsItem, as AFP sends it. */
export function newsMl1Item(parts: NewsMl1Parts): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
  <NewsItem${parts.lang ? ` xml:lang="${parts.lang}"` : ''}>
    <Identification><NewsIdentifier><ProviderId>afp.com</ProviderId><DateId>20240305</DateId>
      <NewsItemId>TX-TEST-1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId></NewsIdentifier></Identification>
    <NewsManagement><NewsItemType FormalName="News"/><FirstCreated>20240305T090000+0000</FirstCreated>
      <ThisRevisionCreated>20240305T090000+0000</ThisRevisionCreated><Status FormalName="Usable"/></NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>Ministers agree on a plan for the river</HeadLine>${parts.lines ?? ''}</NewsLines>
      <AdministrativeMetadata><Provider><Party FormalName="AFP"/></Provider></AdministrativeMetadata>
      <DescriptiveMetadata>${parts.descriptive ?? ''}</DescriptiveMetadata>
      <ContentItem><MediaType FormalName="Text"/><DataContent>${parts.content}</DataContent></ContentItem>
    </NewsComponent>
  </NewsItem>
</NewsML>`;
}
