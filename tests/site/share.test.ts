/** Share links on the built article: plain links carrying the page's own canonical URL and headline. */
import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, SITE_BUILDS } from '../support/builds';
import { page } from '../support/html';

describe.each(SITE_BUILDS)('the $name build ($base)', (build) => {
  const doc = page(build.outDir, `articles/${ARTICLE_SLUG}/index.html`);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const headline = doc.querySelector('h1')?.textContent;
  const section = doc.querySelector('section[aria-labelledby="share-heading"]');
  const links = [...(section?.querySelectorAll('a') ?? [])];

  it('ends the story with a labelled list of six share links, each named for where it goes', () => {
    expect(doc.getElementById('share-heading')?.textContent).toBe('Share this story');
    expect(links.map((a) => a.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Share by Email',
      'Share on WhatsApp',
      'Share on Bluesky',
      'Share on X',
      'Share on LinkedIn',
      'Share on Facebook',
    ]);
    // After the story's last paragraph, inside the article.
    expect(section?.closest('article.story')).not.toBeNull();
  });

  it('carries the canonical URL under the base, and the headline where the service takes text', () => {
    expect(canonical).toBe(new URL(`${build.base}articles/${ARTICLE_SLUG}/`, build.site).href);
    const decoded = links.map((a) => decodeURIComponent(a.getAttribute('href') ?? ''));
    for (const href of decoded) expect(href).toContain(canonical);
    for (const service of ['mailto:', 'wa.me', 'bsky.app', 'x.com']) {
      expect(
        decoded.find((h) => h.includes(service)),
        service,
      ).toContain(headline);
    }
  });

  it('are plain links: no script, no form, nothing embedded from those hosts', () => {
    expect(section?.querySelectorAll('script, form, iframe, img, button')).toHaveLength(0);
    for (const a of links) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
