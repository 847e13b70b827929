import { describe, expect, it } from 'vitest';
import { isVagueLinkText } from '../../src/lib/link-text.ts';

describe('vague link text', () => {
  it.each(['click here', 'Read more', ' this  page ', 'Find out more:', 'here.'])('"%s" says nothing', (text) => {
    expect(isVagueLinkText(text)).toBe(true);
  });

  it.each(['Read the 2024 inspection report', 'Report a problem with this page', 'Contact us here at the hub'])(
    '"%s" says where it goes',
    (text) => {
      expect(isVagueLinkText(text)).toBe(false);
    },
  );
});
