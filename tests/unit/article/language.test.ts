/** Which way a page reads: right to left for the languages written in Arabic or Hebrew script, whatever the engine. */
import { afterEach, describe, expect, it } from 'vitest';
import { directionOf } from '../../../src/article/language';

const RIGHT_TO_LEFT = ['ar', 'ar-EG', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi', 'az-Arab', 'pa-Arab', 'dv', 'syr'];
const LEFT_TO_RIGHT = ['en', 'en-GB', 'fr', 'de', 'ru', 'el', 'zh-Hans', 'ja', 'hi', 'az', 'ar-Latn', 'tr', 'not a tag'];

const expectations = () => {
  for (const lang of RIGHT_TO_LEFT) expect(directionOf(lang), lang).toBe('rtl');
  for (const lang of LEFT_TO_RIGHT) expect(directionOf(lang), lang).toBe('ltr');
};

describe('directionOf', () => {
  it('reads right to left in Arabic, Hebrew, Persian, Urdu, Pashto, Sorani, Yiddish, Dhivehi and Syriac, left to right otherwise', () => {
    expectations();
  });

  describe('on an engine whose Intl.Locale gives no text info', () => {
    const prototype = Intl.Locale.prototype as object;
    const saved = ['getTextInfo', 'textInfo'].map((key) => [key, Object.getOwnPropertyDescriptor(prototype, key)] as const);
    afterEach(() => {
      for (const [key, descriptor] of saved)
        if (descriptor === undefined) Reflect.deleteProperty(prototype, key);
        else Object.defineProperty(prototype, key, descriptor);
    });

    it('decides by the language’s likely script, with the same answers', () => {
      for (const [key] of saved) Object.defineProperty(prototype, key, { value: undefined, configurable: true });
      expect(new Intl.Locale('ar') as object).not.toHaveProperty('textInfo.direction');
      expectations();
    });
  });
});
