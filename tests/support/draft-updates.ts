/**
 * Two progress updates an editor makes from `npm run new`'s template, as CONTRIBUTING.md says: one
 * still a draft, and one published ("draft: true" deleted) then changed ("updated" set and a line
 * added to "changes"). The long-lists build checks a production build leaves the draft out; the
 * browser editor's dev server checks an editor previewing sees it.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { progressTemplate } from '../../src/lib/scaffold.ts';

const today = new Date('2026-11-25T00:00:00Z');

export const draftUpdate = { id: '2026-11-25-draft-update', title: 'A draft update nobody should see yet' };
export const changedUpdate = { id: '2026-11-25-ready-update', title: 'Progress update: a newcomer follows the guide' };

/** Writes the draft into a content folder's progress/. */
export async function writeDraftUpdate(contentDir: string): Promise<void> {
  await writeFile(
    path.join(contentDir, 'progress', `${draftUpdate.id}.md`),
    progressTemplate(draftUpdate.title, today, 'right-first-time'),
  );
}

/** Writes the published and changed update into a content folder's progress/. */
export async function writeChangedUpdate(contentDir: string): Promise<void> {
  const published = progressTemplate(changedUpdate.title, today, 'right-first-time').replace('draft: true\n', '');
  const changed = published.replace(
    'published: 2026-11-25\n',
    'published: 2026-11-25\nupdated: 2026-12-01\nchanges:\n  - date: 2026-12-01\n    summary: "Added what happens next."\n',
  );
  if (changed === published) throw new Error('The progress template no longer has "published: 2026-11-25"');
  await writeFile(path.join(contentDir, 'progress', `${changedUpdate.id}.md`), changed);
}
