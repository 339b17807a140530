/** From found quotes to the sidebar: unnamed sources only when featured, long quotations shortened, captions. */
import { describe, expect, it } from 'vitest';
import { captionName, pullQuoteText, selectQuotes } from '../../../src/quotes/selection';

describe('selectQuotes and unnamed sources', () => {
  const quotes = [
    { id: 'kremlin-1', kind: 'organisation' },
    { id: 'unnamed-1', kind: 'unnamed' },
    { id: 'peskov-1', kind: 'person' },
  ];

  it('leaves quotes from unnamed sources out unless featured', () => {
    expect(selectQuotes(quotes, {}).selected.map((q) => q.id)).toEqual(['kremlin-1', 'peskov-1']);
    expect(selectQuotes(quotes, { exclude: ['peskov-1'] }).selected.map((q) => q.id)).toEqual(['kremlin-1']);
    expect(selectQuotes(quotes, { feature: ['unnamed-1', 'peskov-1'] }).selected.map((q) => q.id)).toEqual([
      'unnamed-1',
      'peskov-1',
    ]);
  });
});

describe('pullQuoteText', () => {
  const long =
    'We have said many times that Russia is not going to attack anyone. Troop movements on our own territory are our business alone. ' +
    'It is NATO that is coming closer to our borders, not the other way around';

  it('keeps a quotation of up to 160 characters whole', () => {
    expect(pullQuoteText(long.slice(0, 160))).toBe(long.slice(0, 160));
  });

  it('shortens a longer one to the sentences that fit, then an ellipsis', () => {
    expect(pullQuoteText(long)).toBe(
      'We have said many times that Russia is not going to attack anyone. Troop movements on our own territory are our business alone. …',
    );
  });

  it('cuts a first sentence longer than the limit at a word', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const shown = pullQuoteText(words, 50);
    expect(shown).toBe('word0 word1 word2 word3 word4 word5 word6 word7 …');
    expect(words.startsWith(shown.replace(' …', ''))).toBe(true);
  });

  it('does not cut at the full stop of an abbreviation', () => {
    expect(pullQuoteText('The U.S. side should not harbour any illusions about what comes next. China will act.', 75)).toBe(
      'The U.S. side should not harbour any illusions about what comes next. …',
    );
  });
});

describe('captionName', () => {
  it('opens with a capital, changing nothing else', () => {
    expect(captionName('the Kremlin')).toBe('The Kremlin');
    expect(captionName('a senior Western diplomat')).toBe('A senior Western diplomat');
    expect(captionName('OPEC+')).toBe('OPEC+');
  });
});
