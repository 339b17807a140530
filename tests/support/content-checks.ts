/**
 * What an editor can break, checked on any articles folder and its build,
 * whatever the articles say: every published article has its page, one h1,
 * its dateline, a sidebar whose quotes are in its body, facts traced to its
 * body, JSON-LD that parses, and a place in the feed and the sitemap.
 * Used by the live-content test (npm run check) and the editing-guide test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { DOMParser } from 'linkedom';
import { FEED_LENGTH } from '../../src/page-data/feeds';
import { normaliseTypography, page } from './html';

export interface PublishedArticle {
  file: string;
  slug: string;
  title: string;
  place: string;
  agency: string;
}

/** The articles of a folder that a build publishes (not drafts, nor killed stories), with what their pages must show. */
export function publishedArticles(articlesDir: string): PublishedArticle[] {
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const data = parseFrontmatter(readFileSync(join(articlesDir, name), 'utf8')).frontmatter;
      if (data.draft === true || data.withdrawn !== undefined) return [];
      const slug = typeof data.slug === 'string' ? data.slug : name.replace(/\.md$/, '');
      return [
        { file: name, slug, title: String(data.title), place: String(data.dateline?.place), agency: String(data.source?.agency) },
      ];
    });
}

const text = (el: Element | null | undefined) => normaliseTypography(el?.textContent ?? '');

/** The story's own text on the page: the lede and the body, never the sidebar or the facts box. */
function storyBlocks(doc: Document): Element[] {
  return [...doc.querySelectorAll('p.lede, .story-text > *')];
}

/** Where an in-page link lands, if it lands in the story's text. */
function storyTarget(doc: Document, href: string | null): Element | undefined {
  const target = href?.startsWith('#') ? doc.getElementById(decodeURIComponent(href.slice(1))) : null;
  return storyBlocks(doc).find((block) => block === target || block.contains(target));
}

/** Everything wrong with one article's page; an empty list when it is right. */
export function articleProblems(outDir: string, article: PublishedArticle): string[] {
  const problems: string[] = [];
  let doc: Document;
  try {
    doc = page(outDir, `articles/${article.slug}/index.html`);
  } catch {
    return [`${article.file}: no page at articles/${article.slug}/`];
  }
  const h1s = doc.querySelectorAll('h1');
  if (h1s.length !== 1) problems.push(`${article.file}: ${h1s.length} h1 elements`);
  if (text(h1s[0]) !== normaliseTypography(article.title)) problems.push(`${article.file}: h1 is "${text(h1s[0])}"`);

  const dateline = text(doc.querySelector('p.lede .dateline'));
  if (!dateline.startsWith(`${article.place.toUpperCase()} (${article.agency})`)) {
    problems.push(`${article.file}: the lede's dateline is "${dateline}"`);
  }
  const story = storyBlocks(doc)
    .map((block) => text(block))
    .join('\n');
  if (story.length === 0) problems.push(`${article.file}: no story text`);

  for (const figure of doc.querySelectorAll('aside.quotes-sidebar .pull-quote')) {
    const quote = text(figure.querySelector('blockquote'));
    const target = storyTarget(doc, figure.querySelector('a.pull-quote__source')?.getAttribute('href') ?? null);
    // A long quote is shortened with an ellipsis: each part must be in the paragraphs it links to.
    const parts = quote
      .split('…')
      .map((part) => part.trim())
      .filter(Boolean);
    if (!target) problems.push(`${article.file}: the sidebar quote "${quote}" links nowhere in the story`);
    else if (parts.length === 0 || parts.some((part) => !story.includes(part))) {
      problems.push(`${article.file}: the sidebar quote "${quote}" is not in the story`);
    }
  }

  for (const fact of doc.querySelectorAll('aside.key-facts .key-fact')) {
    const link = fact.querySelector('.key-fact__trace a');
    const figureText = text(link?.querySelector('.visually-hidden')).replace(/^:\s*/, '');
    const target = storyTarget(doc, link?.getAttribute('href') ?? null);
    if (!target || figureText === '' || !text(target).includes(figureText)) {
      problems.push(`${article.file}: the key fact "${text(fact)}" is not traced to the story`);
    }
  }

  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  try {
    const ld = JSON.parse(scripts[0]?.textContent ?? '') as Record<string, unknown>;
    if (scripts.length !== 1 || ld['@type'] !== 'NewsArticle' || ld.headline !== h1s[0]?.textContent) {
      problems.push(`${article.file}: the JSON-LD is not one NewsArticle with the page's headline`);
    }
  } catch {
    problems.push(`${article.file}: the JSON-LD does not parse`);
  }
  return problems;
}

/** Every <loc> (sitemap) or <guid> (feed) in an XML file of the build. */
function urlsIn(outDir: string, file: string, tag: 'loc' | 'guid'): string[] {
  const xml = new DOMParser().parseFromString(readFileSync(join(outDir, file), 'utf8'), 'text/xml');
  return [...xml.getElementsByTagName(tag)].map((element) => element.textContent ?? '');
}

/** Articles missing from the feed (while it holds fewer than its FEED_LENGTH newest stories) or the sitemap. */
export function listingProblems(outDir: string, home: string, articles: PublishedArticle[]): string[] {
  // Each item's guid is its article's address (src/page-data/feed-items.ts).
  const items = urlsIn(outDir, 'rss.xml', 'guid');
  const feed = new Set(items);
  const feedIsFull = items.length === FEED_LENGTH;
  const sitemaps = urlsIn(outDir, 'sitemap-index.xml', 'loc').map((loc) => loc.slice(home.length));
  const sitemap = new Set(sitemaps.flatMap((file) => urlsIn(outDir, file, 'loc')));
  return articles.flatMap((article) => {
    const url = `${home}articles/${article.slug}/`;
    return [
      ...(feed.has(url) || feedIsFull ? [] : [`${article.file}: not in the feed`]),
      ...(sitemap.has(url) ? [] : [`${article.file}: not in the sitemap`]),
    ];
  });
}
