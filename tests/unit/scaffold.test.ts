import { describe, expect, it } from 'vitest';
import { academicYearOf, scaffoldPath, slugify } from '../../src/lib/scaffold.ts';

describe('file names for new content', () => {
  it('turn a title into a short file name', () => {
    expect(slugify('Progress update: spring 2027!')).toBe('progress-update-spring-2027');
    expect(slugify('Café & “quotes”')).toBe('cafe-quotes');
  });

  it('put a progress update under today’s date', () => {
    expect(scaffoldPath('progress', 'Spring 2027', new Date('2027-04-01T00:00:00Z'))).toBe(
      'progress/2027-04-01-spring-2027.md',
    );
  });

  it('name an impact report for the academic year in its title, or the current one', () => {
    expect(scaffoldPath('impact-report', 'SEND impact report: 2025 to 2026', new Date('2027-01-01T00:00:00Z'))).toBe(
      'impact-reports/2025-to-2026.md',
    );
    expect(academicYearOf(new Date('2026-11-25T00:00:00Z'))).toEqual([2026, 2027]);
    expect(academicYearOf(new Date('2027-07-31T00:00:00Z'))).toEqual([2026, 2027]);
  });
});
