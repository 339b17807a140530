import { describe, expect, it } from 'vitest';
import {
  isValidTimeZone,
  lastChange,
  lastTextChange,
  parseLocalDate,
  startOfLocalDay,
  toUTCDate,
  toZonedISO,
} from '../../../src/article/dates';
import { en } from '../../../src/editions/en';

describe('parseLocalDate', () => {
  it('accepts real calendar days', () => {
    expect(parseLocalDate('2021-12-01')).toEqual({ year: 2021, month: 12, day: 1 });
    expect(parseLocalDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
  it('rejects days that do not exist and other shapes', () => {
    for (const bad of ['2021-02-30', '2023-02-29', '2021-13-01', '2021-12-1', '1 December 2021', '2021-12-01T10:00']) {
      expect(parseLocalDate(bad), bad).toBeNull();
    }
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA names, old and new', () => {
    expect(isValidTimeZone('Europe/Kyiv')).toBe(true);
    expect(isValidTimeZone('Europe/Kiev')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
  });
  it('rejects made-up zones and bare offsets', () => {
    expect(isValidTimeZone('Europe/Kyyv')).toBe(false);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('+02:00')).toBe(false);
  });
});

describe('dates in the article’s own zone, whatever the machine’s', () => {
  it('is the day for readers, in the edition’s words', () => {
    expect(en.longDate(startOfLocalDay('2021-12-01', 'Europe/Kyiv'))).toBe('Wednesday 1 December 2021');
    // Late in the evening UTC it is already the next day in Kiritimati: the day is the article's.
    expect(en.longDate(startOfLocalDay('2021-12-01', 'Pacific/Kiritimati'))).toBe('Wednesday 1 December 2021');
  });

  it('gives machines the start of that day with the zone’s offset, winter and summer', () => {
    expect(toZonedISO('2021-12-01', 'Europe/Kyiv')).toBe('2021-12-01T00:00:00+02:00');
    expect(toZonedISO('2021-07-01', 'Europe/Kyiv')).toBe('2021-07-01T00:00:00+03:00');
    expect(toZonedISO('2021-12-01', 'Pacific/Kiritimati')).toBe('2021-12-01T00:00:00+14:00');
    expect(toZonedISO('2021-12-01', 'America/Los_Angeles')).toBe('2021-12-01T00:00:00-08:00');
  });

  it('is the same instant for feeds', () => {
    expect(toUTCDate('2021-12-01', 'Europe/Kyiv').toISOString()).toBe('2021-11-30T22:00:00.000Z');
  });

  it('does not depend on the process time zone', () => {
    const original = process.env.TZ;
    try {
      const results = ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'].map((tz) => {
        process.env.TZ = tz;
        return [en.longDate(startOfLocalDay('2021-12-01', 'Europe/Kyiv')), toZonedISO('2021-12-01', 'Europe/Kyiv')];
      });
      expect(new Set(results.map((r) => r.join('|'))).size).toBe(1);
    } finally {
      process.env.TZ = original;
    }
  });
});

describe('when the article last changed', () => {
  const dateline = { date: '2021-12-01' };
  it('is the latest of publication, update and corrections', () => {
    expect(lastTextChange({ dateline, corrections: [] })).toBe('2021-12-01');
    expect(lastTextChange({ dateline, updated: '2021-12-02', corrections: [] })).toBe('2021-12-02');
    expect(
      lastTextChange({ dateline, updated: '2021-12-02', corrections: [{ date: '2021-12-05' }, { date: '2021-12-03' }] }),
    ).toBe('2021-12-05');
  });

  it('dates a killed story’s last change by its withdrawal, and its text’s by the rest', () => {
    const corrections = [{ date: '2021-12-02', text: 'A correction.', prominent: false }];
    const withdrawn = { date: '2021-12-03', reason: 'AFP has withdrawn this story.' };
    expect(lastChange({ dateline, updated: undefined, corrections, withdrawn: undefined })).toBe('2021-12-02');
    const killed = { dateline, updated: '2021-12-02', corrections, withdrawn };
    expect(lastChange(killed)).toBe('2021-12-03');
    expect(lastTextChange(killed)).toBe('2021-12-02');
  });
});
