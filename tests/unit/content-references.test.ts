import { getCollection, getEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';

// Astro only logs a reference to a missing entry; this makes it fail the tests instead.
describe('references between content', () => {
  it('every progress update names priority areas that exist', async () => {
    const updates = await getCollection('progress');
    expect(updates.length).toBeGreaterThan(0);
    const dangling = [];
    for (const update of updates) {
      for (const report of update.data.areas) {
        const entry = await getEntry(report.area);
        if (!entry || entry.data.type !== 'priority-area') dangling.push(`${update.id} → ${report.area.id}`);
      }
    }
    expect(dangling, 'progress updates naming a priority area that is not in content/statement').toEqual([]);
  });

  it('no update reports on the same area twice', async () => {
    const repeated = (await getCollection('progress')).filter((update) => {
      const ids = update.data.areas.map((report) => report.area.id);
      return new Set(ids).size !== ids.length;
    });
    expect(repeated.map((update) => update.id)).toEqual([]);
  });
});
