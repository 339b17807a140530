import { describe, expect, it } from 'vitest';
import { shareTargets } from '../../../src/page-data/share';
import { en } from '../../../src/editions/en';

const url = 'https://example.org/news/articles/a-b/';
const headline = 'Q&A: “Talks?” #Ukraine 100% sure';

/** A query parameter of a share link, decoded as the service decodes it. */
function param(href: string, name: string): string | null {
  return new URL(href).searchParams.get(name);
}

describe('shareTargets', () => {
  const targets = shareTargets(url, headline, en);
  const byService = Object.fromEntries(targets.map((t) => [t.service, t.href]));

  it('offers email, WhatsApp, Bluesky, X, LinkedIn and Facebook, each named for where it goes', () => {
    expect(targets.map((t) => `${t.lead} ${t.service}`)).toEqual([
      'Share by Email',
      'Share on WhatsApp',
      'Share on Bluesky',
      'Share on X',
      'Share on LinkedIn',
      'Share on Facebook',
    ]);
  });

  it('carries the headline and the canonical URL intact through the encoding', () => {
    expect(param(byService.WhatsApp, 'text')).toBe(`${headline} ${url}`);
    expect(param(byService.Bluesky, 'text')).toBe(`${headline} ${url}`);
    expect([param(byService.X, 'text'), param(byService.X, 'url')]).toEqual([headline, url]);
    expect(param(byService.LinkedIn, 'url')).toBe(url);
    expect(param(byService.Facebook, 'u')).toBe(url);
    expect(new URL(byService.X).host).toBe('x.com');
  });

  it('writes a mailto: link with the headline as subject, spaces as %20 and CRLF line breaks', () => {
    const mail = byService.Email;
    expect(mail.startsWith('mailto:?subject=')).toBe(true);
    expect(mail).not.toMatch(/[ +#]/);
    const query = new URLSearchParams(mail.slice('mailto:?'.length));
    expect(query.get('subject')).toBe(headline);
    expect(query.get('body')).toBe(`${headline}\r\n\r\n${url}`);
  });

  it('leaves no raw character that could end a parameter early', () => {
    for (const { href } of targets) {
      const query = href.slice(href.indexOf('?') + 1);
      for (const part of query.split('&')) expect(part, href).toMatch(/^[a-z]+=[A-Za-z0-9%._~!*'()-]*$/);
    }
  });
});
