import { describe, expect, it } from 'vitest';
import { copyrightNotice, leadPhotoWidths, MIN_LEAD_PHOTO_WIDTH } from '../../../src/article/lead-photo';

describe('copyrightNotice', () => {
  it('names the agency of an agency-style credit', () => {
    expect(copyrightNotice('Sergei SUPINSKY / AFP')).toBe('© AFP');
    expect(copyrightNotice('Genya SAVILOV / POOL / AFP')).toBe('© AFP');
  });

  it('names the whole credit when it names one holder', () => {
    expect(copyrightNotice('Reuters')).toBe('© Reuters');
  });
});

describe('leadPhotoWidths', () => {
  it('offers sizes up to the photo’s own width, never wider', () => {
    expect(leadPhotoWidths(MIN_LEAD_PHOTO_WIDTH)).toEqual([480, 800, 1200]);
    expect(leadPhotoWidths(4000)).toEqual([480, 800, 1200, 1600]);
  });
});
