import { describe, expect, it } from 'vitest';
import { checkMeasureId } from '../../src/lib/measure-id.ts';

const known = ['tribunal-appeal-rate', 'ehc-plans-in-place'];

describe('the id of a <Measure> in a page', () => {
  it('is taken when it names a measure', () => {
    expect(checkMeasureId('ehc-plans-in-place', known)).toBe('ehc-plans-in-place');
  });

  it('stops the build with the ids an editor can use', () => {
    expect(() => checkMeasureId('ehc-plans', known)).toThrowErrorMatchingInlineSnapshot(
      `[UnknownMeasureError: <Measure id="ehc-plans" /> names no official figures. Use the file name of one of content/measures without .yaml, one of: ehc-plans-in-place, tribunal-appeal-rate. For example: <Measure id="ehc-plans-in-place" />]`,
    );
    expect(() => checkMeasureId(undefined, known)).toThrow('<Measure id=undefined />');
  });
});
