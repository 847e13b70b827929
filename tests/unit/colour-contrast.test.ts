import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { contrastRatio, relativeLuminance } from '../support/contrast.ts';

const white = '#ffffff';

describe('colour contrast', () => {
  it('computes WCAG contrast the standard way', () => {
    expect(contrastRatio('#000000', white)).toBeCloseTo(21);
    expect(contrastRatio(white, white)).toBe(1);
    // GOV.UK blue on white, as GOV.UK Frontend's palette documents it.
    expect(contrastRatio('#1d70b8', white)).toBeCloseTo(5.17, 1);
  });

  it('reads colours only as #rrggbb, saying what it got', () => {
    expect(() => relativeLuminance('green')).toThrow('Expected a colour written as #rrggbb, but got "green".');
  });

  it("puts the header's white text on the brand colour at 4.5:1 or more (WCAG AA), whatever colour an area sets", () => {
    expect(contrastRatio(white, siteConfig.brandColour)).toBeGreaterThanOrEqual(4.5);
  });
});
