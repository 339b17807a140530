/**
 * The site as publisher: one NewsMediaOrganization, named by one @id (the
 * home page's `#publisher`), with its logo and the trust pages as the
 * policies a news publisher states. An article carries it whole; every other
 * page points at it by that @id, so search engines read one publisher.
 */
import type { IdReference, NewsMediaOrganizationLeaf } from 'schema-dts';
import { siteConfig, TRUST_PAGES, type PolicyProperty } from '../site.config.ts';
import { absoluteUrl } from './urls.ts';

export interface PublisherInput {
  name: string;
  site: URL | string;
  base: string;
  logoPath: string;
}

/** The publisher's @id: its home page with the fragment `#publisher`. */
export function publisherId(site: URL | string, base: string): string {
  return `${absoluteUrl('', site, base)}#publisher`;
}

/** A reference to the publisher, for pages that need not repeat it. */
export function publisherRef(site: URL | string, base: string): IdReference {
  return { '@id': publisherId(site, base) };
}

/** Each policy property, with the address of the trust page that states it. */
export function policyPages(site: URL | string, base: string): Partial<Record<PolicyProperty, string>> {
  return Object.fromEntries(
    TRUST_PAGES.flatMap((page) => page.policies.map((policy) => [policy, absoluteUrl(`${page.slug}/`, site, base)])),
  );
}

export function buildPublisher(input: PublisherInput): NewsMediaOrganizationLeaf {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': publisherId(input.site, input.base),
    name: input.name,
    url: absoluteUrl('', input.site, input.base),
    logo: { '@type': 'ImageObject', url: absoluteUrl(input.logoPath, input.site, input.base) },
    ...policyPages(input.site, input.base),
  };
}

/** This site as publisher, at its address. */
export const sitePublisher = (site: URL | string, base: string) =>
  buildPublisher({ name: siteConfig.name, site, base, logoPath: siteConfig.logoPath });
