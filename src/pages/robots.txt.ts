/**
 * robots.txt naming the sitemap and the Google News sitemap by their absolute URLs, base included. Crawlers
 * only read robots.txt at a host's root: under a sub-path, copy these lines
 * into the host's own robots.txt (see docs/deploy.md).
 */
import { base } from 'astro:config/client';
import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config';
import { absoluteUrl } from '../page-data/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl('sitemap-index.xml', site ?? siteConfig.defaultSiteUrl, base);
  const news = absoluteUrl('news-sitemap.xml', site ?? siteConfig.defaultSiteUrl, base);
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap}`, `Sitemap: ${news}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
