import { describe, expect, it } from 'vitest';
import { copyrightNotice, leadPhotoWidths, MIN_LEAD_PHOTO_WIDTH, photoCrops } from '../../../src/article/lead-photo';

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

describe('photoCrops', () => {
  it('makes the 16:9, 4:3 and 1:1 crops 1,200 px wide when the photo holds them', () => {
    expect(photoCrops(3000, 2000)).toEqual([
      { name: '16:9', width: 1200, height: 675 },
      { name: '4:3', width: 1200, height: 900 },
      { name: '1:1', width: 1200, height: 1200 },
    ]);
  });

  it('never enlarges: a crop the photo cannot hold at 1,200 px is as wide as it can be', () => {
    expect(photoCrops(1600, 1000)).toEqual([
      { name: '16:9', width: 1200, height: 675 },
      { name: '4:3', width: 1200, height: 900 },
      { name: '1:1', width: 1000, height: 1000 },
    ]);
  });
});
