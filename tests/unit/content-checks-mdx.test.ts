import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, type CheckContext } from '../../src/lib/content-checks/check-file.ts';
import { checkFiles } from '../../src/lib/content-checks/check-files.ts';
import { mdxIds } from '../../src/lib/content-checks/mdx-components.ts';

const mdx = { contactIds: ['dorset-sendiass'], measureIds: ['ehc-plans-in-place'] };
const context: CheckContext = {
  knownAbbreviations: new Set<string>(),
  today: new Date('2026-11-25T00:00:00Z'),
  errorsOnly: true,
  mdx,
};
const page = (body: string) => `---\ntitle: "A page"\ndescription: "What it is."\n---\n\n${body}\n`;

/** The findings for a file, as "line:column severity rule: message". */
async function findingsFor(name: string, text: string, own: CheckContext = context): Promise<string[]> {
  return (await checkFile(name, text, own)).map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`);
}

describe('the ids .mdx components may name', () => {
  it('are the contacts’ ids and the measures’ file names, notes left out', () => {
    const contacts =
      '# Routes to help\n- id: b-service\n  name: "B"\n- id: a-service\n  name: "A"\n- name: "No id yet"\n';
    expect(mdxIds(contacts, ['_README.md', 'tribunal.yaml', 'ehc-plans.yaml', '_template.yaml'])).toEqual({
      contactIds: ['a-service', 'b-service'],
      measureIds: ['ehc-plans', 'tribunal'],
    });
    expect(mdxIds('', [])).toEqual({ contactIds: [], measureIds: [] });
  });
});

describe('the checks on an .mdx page', () => {
  it('find nothing wrong in components that name real entries', async () => {
    const update = page('We count plans.\n\n<Measure id="ehc-plans-in-place" />');
    expect(await findingsFor('content/progress/2026-11-01-plans.mdx', update)).toEqual([]);
    const contact = page('<Contact id="dorset-sendiass" />\n\nWrite to <SiteSetting name="privacyContact" />.');
    expect(await findingsFor('content/pages/contact.mdx', contact)).toEqual([]);
  });

  it('fail an id that names nothing, at its line, with the build’s message and the ids to use', async () => {
    const text = page('Figures below.\n\n<Measure id="ehc-plans" />');
    expect(await findingsFor('content/impact-reports/2025-to-2026.mdx', text)).toEqual([
      '8:1 error mdx-component: <Measure id="ehc-plans" /> names no official figures. Use the file name of one of content/measures without .yaml, one of: ehc-plans-in-place. For example: <Measure id="ehc-plans-in-place" />',
    ]);
    expect(await findingsFor('content/pages/contact.mdx', page('Ask:\n\n  <Contact id="nobody" />'))).toEqual([
      '8:3 error mdx-component: Unknown contact id "nobody" in content/pages/contact.mdx. Use one of: dorset-sendiass.',
    ]);
  });

  it('fail a component the folder’s pages are not given, and text MDX cannot read, without stopping', async () => {
    const text = page('<Contact id="dorset-sendiass" />\n\nMore than {5} families.');
    expect(await findingsFor('content/progress/2026-11-01-plans.mdx', text)).toEqual([
      '6:1 error mdx-component: <Contact> cannot be used in this page. Use one of: <Measure>.',
      '8:11 error mdx-component: A { or } in the text stops the page building: MDX reads it as code. Take it out or reword it.',
    ]);
  });

  it('leave components alone in Markdown files and in code, and when no ids are given', async () => {
    expect(await findingsFor('content/progress/a.md', page('Write <Measure id="x" /> in a .mdx file.'))).toEqual([]);
    expect(await findingsFor('content/progress/a.mdx', page('Write `<Measure id="x" />` like this.'))).toEqual([]);
    const withoutIds = { ...context, mdx: undefined };
    expect(await findingsFor('content/progress/a.mdx', page('<Measure id="x" />'), withoutIds)).toEqual([]);
  });

  it('check a file again when the ids change, not from the cache', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'send-check-mdx-'));
    try {
      const cache = path.join(folder, 'build.json');
      const files = [{ name: 'content/progress/a.mdx', text: page('<Measure id="tribunal" />') }];
      expect((await checkFiles(files, context, cache)).findings).toHaveLength(1);
      const added = { ...mdx, measureIds: [...mdx.measureIds, 'tribunal'] };
      const again = await checkFiles(files, { ...context, mdx: added }, cache);
      expect(again).toEqual({ findings: [], checked: 1 });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
