/** A wire item's expiry, and the build's clock that decides whether it has passed. */
import { describe, expect, it } from 'vitest';
import { buildTime, expiryInstant, hasExpired, isExpiry } from '../../../src/article/expiry';

const story = (expires?: string) => ({ dateline: { timeZone: 'Europe/Kyiv' }, source: { expires } });

describe('an expiry', () => {
  it('is a day (its start in the dateline’s zone) or an instant with its offset', () => {
    expect(expiryInstant(story('2021-12-08'))).toBe('2021-12-08T00:00:00+02:00');
    expect(expiryInstant(story('2021-12-08T18:00:00Z'))).toBe('2021-12-08T18:00:00Z');
    expect(expiryInstant(story())).toBeUndefined();
  });

  it('is refused without an offset, or when it is no real day', () => {
    expect(['2021-12-08', '2021-12-08T18:00+01:00'].map(isExpiry)).toEqual([true, true]);
    expect(['2021-12-08T18:00:00', '2021-02-30', 'next week'].map(isExpiry)).toEqual([false, false, false]);
  });

  it('has passed from its instant on', () => {
    const at = (iso: string) => new Date(iso);
    expect(hasExpired(story('2021-12-08'), at('2021-12-07T21:59:59Z'))).toBe(false);
    expect(hasExpired(story('2021-12-08'), at('2021-12-07T22:00:00Z'))).toBe(true);
    expect(hasExpired(story(), at('2099-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('the build’s time', () => {
  it('is SOURCE_DATE_EPOCH when set, else the clock’s', () => {
    expect(buildTime('1638316800').toISOString()).toBe('2021-12-01T00:00:00.000Z');
    const clock = () => new Date('2030-01-01T00:00:00Z');
    expect(buildTime(undefined, clock)).toEqual(clock());
    expect(buildTime('', clock)).toEqual(clock());
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildTime('2021-12-01')).toThrow(
      'SOURCE_DATE_EPOCH is "2021-12-01": it must be whole seconds since 1970-01-01 UTC',
    );
  });
});
