/**
 * A missing browser must show up as a failed test with the way to fix it, not
 * as a run where every browser test was quietly skipped.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from '../support/chromium';

describe('Chromium for the browser tests', () => {
  it('is installed (CHROME_PATH or /usr/bin/chromium)', () => {
    expect(chromiumPath()).toBeTruthy();
  });

  it('launches headless and reports its version', async () => {
    const browser = await launchChromium();
    try {
      expect(browser.version()).toMatch(/^\d+\./);
    } finally {
      await browser.close();
    }
  });
});
