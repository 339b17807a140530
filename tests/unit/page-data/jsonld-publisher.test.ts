/** The site as publisher: one @id, its logo, and each trust page as the policy it states. */
import { describe, expect, it } from 'vitest';
import type { NewsMediaOrganizationLeaf } from 'schema-dts';
import { buildPublisher, policyPages, publisherRef } from '../../../src/page-data/jsonld-publisher';

describe('the publisher', () => {
  const publisher = buildPublisher({ name: 'The Dispatch', site: 'https://example.org', base: '/news', logoPath: 'logo.png' });

  it('is a NewsMediaOrganization named by its home page’s #publisher, with its logo', () => {
    expect(publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      '@id': 'https://example.org/news/#publisher',
      name: 'The Dispatch',
      url: 'https://example.org/news/',
      logo: { '@type': 'ImageObject', url: 'https://example.org/news/logo.png' },
    } satisfies NewsMediaOrganizationLeaf);
    expect(publisherRef('https://example.org', '/news/')).toEqual({ '@id': publisher['@id'] });
  });

  it('states every policy a news publisher is asked for, each on its trust page', () => {
    expect(publisher).toMatchObject({
      masthead: 'https://example.org/news/about/',
      publishingPrinciples: 'https://example.org/news/standards/',
      ethicsPolicy: 'https://example.org/news/standards/',
      noBylinesPolicy: 'https://example.org/news/standards/',
      unnamedSourcesPolicy: 'https://example.org/news/standards/',
      correctionsPolicy: 'https://example.org/news/corrections/',
      actionableFeedbackPolicy: 'https://example.org/news/contact/',
    } satisfies Partial<NewsMediaOrganizationLeaf>);
    expect(Object.keys(policyPages('https://example.org', '/'))).toHaveLength(7);
  });
});
