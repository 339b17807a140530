/** The robots tags: each choice for agency copy changes exactly the tags it names. */
import { describe, expect, it } from 'vitest';
import { isUnmodifiedAgencyCopy } from '../../../src/article/publishing';
import { robotsTags } from '../../../src/page-data/robots';
import { agencyCopyRobots } from '../../../src/site.config';

const large = { name: 'robots', content: 'max-image-preview:large' };

describe('the robots tags', () => {
  it('allow large image previews on every indexable page, whatever the choice', () => {
    for (const choice of ['index', 'no-news', 'noindex'] as const) {
      expect(robotsTags({ choice })).toEqual([large]);
      expect(robotsTags({ choice, agencyCopy: false })).toEqual([large]);
    }
  });

  it('index: agency copy is tagged like any page', () => {
    expect(robotsTags({ choice: 'index', agencyCopy: true })).toEqual([large]);
  });

  it('no-news: agency copy adds googlebot-news noindex and keeps the rest', () => {
    expect(robotsTags({ choice: 'no-news', agencyCopy: true })).toEqual([large, { name: 'googlebot-news', content: 'noindex' }]);
  });

  it('noindex: agency copy is kept out of every index', () => {
    expect(robotsTags({ choice: 'noindex', agencyCopy: true })).toEqual([{ name: 'robots', content: 'noindex' }]);
  });

  it('keeps the 404 page and a killed story’s notice out, whatever the choice', () => {
    expect(robotsTags({ choice: 'index', noindex: true })).toEqual([{ name: 'robots', content: 'noindex' }]);
  });

  it('gives an expiring story its unavailable_after', () => {
    expect(robotsTags({ choice: 'index', agencyCopy: true, unavailableAfter: '2021-12-08T18:00:00+01:00' })).toEqual([
      { name: 'robots', content: 'max-image-preview:large, unavailable_after: 2021-12-08T18:00:00+01:00' },
    ]);
  });

  it('counts a story as agency copy unless the newsroom added its own reporting', () => {
    expect(isUnmodifiedAgencyCopy({ source: {} })).toBe(true);
    expect(isUnmodifiedAgencyCopy({ source: { ownReporting: false } })).toBe(true);
    expect(isUnmodifiedAgencyCopy({ source: { ownReporting: true } })).toBe(false);
  });
});

describe('the site’s choice', () => {
  it('is the config’s unless AGENCY_COPY_ROBOTS names another', () => {
    expect(agencyCopyRobots('')).toBe('index');
    expect(agencyCopyRobots('no-news')).toBe('no-news');
    expect(agencyCopyRobots('noindex')).toBe('noindex');
  });

  it('refuses a value it does not know, naming the ones it does', () => {
    expect(() => agencyCopyRobots('nonews')).toThrow('AGENCY_COPY_ROBOTS is "nonews": write one of index, no-news, noindex');
  });
});
