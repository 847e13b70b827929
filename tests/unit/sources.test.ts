import { describe, expect, it } from 'vitest';
import { mergeSources } from '../../src/lib/sources.ts';

describe('one source list per page', () => {
  const dfe = { name: 'Department for Education, Education, health and care plans', url: 'https://example.org/ehcp' };
  const report = { name: 'Dorset Council, SEND Impact Report 2023 to 2024' };

  it('keeps the page sources first, then adds each figure source once', () => {
    const file = { name: 'Department for Education, file caseload.csv', url: 'https://example.org/ehcp' };
    expect(mergeSources([report, dfe], [dfe, file], [file])).toEqual([report, dfe, file]);
  });

  it('keeps two sources with the same name but different dates', () => {
    const earlier = { ...report, date: new Date('2024-01-01') };
    const later = { ...report, date: new Date('2025-01-01') };
    expect(mergeSources([earlier, later, { ...later }])).toEqual([earlier, later]);
  });
});
