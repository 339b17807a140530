import { describe, expect, it } from 'vitest';
import { datelineLabel, datelineText } from '../../../src/article/dateline';

describe('the agency dateline', () => {
  it('puts the place in capitals before the agency, as AFP prints it', () => {
    expect(datelineLabel('Kiev', 'AFP')).toBe('KIEV (AFP)');
    expect(datelineText('Kiev', 'AFP')).toBe('KIEV (AFP) –');
    expect(datelineText('New York', 'AP')).toBe('NEW YORK (AP) –');
  });
});
