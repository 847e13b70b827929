import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBenchContent } from '../../bench/write-content.ts';
import { projectRoot, syncContent } from '../support/astro.ts';

describe('the benchmark page generator, against the real schemas', () => {
  it('writes files that pass the real schemas', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'send-bench-test-'));
    try {
      const files = await writeBenchContent(path.join(projectRoot, 'content'), folder, 5, 3);
      expect(files.map((file) => file.kind)).toContain('impact-report');
      const result = await syncContent(folder);
      expect(result.output).not.toContain('InvalidContentEntryDataError');
      expect(result.ok).toBe(true);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
