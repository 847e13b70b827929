import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editorCollections } from '../../src/lib/cms/collections.ts';
import { contactPreviewHtml } from '../../src/lib/cms/component-previews.ts';
import { readMarkdownFile, writeMarkdownFile } from '../../src/lib/cms/markdown-file.ts';
import { mdxBodyProblems } from '../../src/lib/cms/mdx-body.ts';
import { editorComponentSpecs } from '../../src/lib/cms/mdx-components.ts';

const root = path.resolve(import.meta.dirname, '../..');
const contentFiles = async () =>
  (await readdir(path.join(root, 'content'), { recursive: true }))
    .filter((name) => /\.mdx?$/.test(name) && !path.basename(name).startsWith('_'))
    .map((name) => path.join('content', name));

const contactIds = (
  (await parse(await readFile(path.join(root, 'content/contacts.yaml'), 'utf8'))) as { id: string }[]
).map((contact) => contact.id);
const measureIds = (await readdir(path.join(root, 'content/measures')))
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => name.replace(/\.yaml$/, ''));
const choices = {
  contacts: contactIds.map((id) => ({ value: id, label: id })),
  measures: measureIds.map((id) => ({ value: id, label: id })),
};
const pageRules = { components: ['Contact', 'Contacts', 'SiteSetting'] as const, contactIds, measureIds };

describe('Markdown and MDX files saved from the editor', () => {
  it('writes every content file back exactly as it was when nothing changed', async () => {
    const files = await contentFiles();
    expect(files.some((name) => name.endsWith('.mdx'))).toBe(true);
    for (const name of files) {
      const text = await readFile(path.join(root, name), 'utf8');
      const { frontMatter, body, frontMatterText } = readMarkdownFile(text);
      expect(writeMarkdownFile(frontMatter, body, frontMatterText), name).toBe(text);
    }
  });

  it('changes only the front matter field that changed, keeping quotes and order', () => {
    const original =
      '---\ntitle: "Contact"\n# Shown in search results.\ndescription: "Who to contact."\n---\n\nText.\n';
    const { frontMatter, body, frontMatterText } = readMarkdownFile(original);
    const written = writeMarkdownFile({ ...frontMatter, title: 'Contact us' }, body, frontMatterText);
    expect(written).toBe(
      '---\ntitle: "Contact us"\n# Shown in search results.\ndescription: "Who to contact."\n---\n\nText.\n',
    );
  });

  it('lays out a new file as the site’s files are', () => {
    expect(writeMarkdownFile({ title: 'New page', published: '2026-11-25' }, 'Some text.\n\n')).toBe(
      '---\ntitle: New page\npublished: 2026-11-25\n---\n\nSome text.\n',
    );
  });
});

describe('MDX components in the editor', () => {
  it('reads and writes back every component line in the content exactly', async () => {
    const specs = editorComponentSpecs(choices);
    let seen = 0;
    for (const name of (await contentFiles()).filter((file) => file.endsWith('.mdx'))) {
      const lines = (await readFile(path.join(root, name), 'utf8')).split('\n');
      for (const line of lines.filter((text) => /^<(Contact|Contacts|Measure) /.test(text))) {
        const spec = specs.find((candidate) => candidate.pattern.test(line));
        expect(spec, `${name}: ${line}`).toBeDefined();
        const match = line.match(spec!.pattern)!;
        expect(spec!.toBlock(spec!.fromBlock(match))).toBe(line);
        seen += 1;
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('offers the real contact and measure ids as choices, so none can be mistyped', () => {
    const [contact, contacts, measure] = editorComponentSpecs(choices);
    expect(contact?.fields[0]?.options).toEqual(choices.contacts);
    expect(contacts?.fields[0]).toMatchObject({ multiple: true, options: choices.contacts });
    expect(measure?.fields[0]?.options).toEqual(choices.measures);
  });

  it('writes a list of contacts in the order chosen, as the files write it', () => {
    const contacts = editorComponentSpecs(choices).find((spec) => spec.id === 'Contacts')!;
    expect(contacts.toBlock({ ids: ['b', 'a'] })).toBe('<Contacts ids={["b", "a"]} />');
  });

  it('uses the components the site’s pages pass to MDX, and no others', async () => {
    const standing = await readFile(path.join(root, 'src/pages/[page].astro'), 'utf8');
    const shared = await readFile(path.join(root, 'src/components/mdx/index.ts'), 'utf8');
    const names = (source: string, pattern: RegExp) =>
      (pattern.exec(source)?.[1] ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .sort();
    const mdxOf = (collection: string) => {
      const spec = editorCollections.find((candidate) => candidate.collection === collection);
      return spec?.source.kind === 'markdown-folder' ? [...(spec.source.mdx?.components ?? [])].sort() : [];
    };
    expect(mdxOf('pages')).toEqual(names(standing, /const components = \{([^}]*)\}/));
    expect(mdxOf('progress')).toEqual(names(shared, /export const mdxComponents = \{([^}]*)\}/));
    expect(mdxOf('impact-reports')).toEqual(names(shared, /export const mdxComponents = \{([^}]*)\}/));
  });
});

describe('checking an MDX body before it is saved', () => {
  const file = 'content/pages/contact.mdx';

  it('passes every .mdx file in the content as it is', async () => {
    for (const name of (await contentFiles()).filter((file) => file.endsWith('.mdx'))) {
      const { body } = readMarkdownFile(await readFile(path.join(root, name), 'utf8'));
      const components = name.includes('/pages/') ? pageRules.components : (['Measure'] as const);
      expect(mdxBodyProblems(body, { ...pageRules, components }, name), name).toEqual([]);
    }
  });

  it('gives the build’s own messages for a wrong id or setting name', () => {
    const body = [
      '<Contact id="nobody" />',
      '<Contacts ids={["dorset-sendiass", "nobody-else"]} />',
      'Contact <SiteSetting name="dataControler" />.',
    ].join('\n\n');
    const problems = mdxBodyProblems(body, pageRules, file);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^Unknown contact id "nobody" in content\/pages\/contact.mdx. Use one of: /);
    expect(problems[1]).toMatch(/^Unknown contact id "nobody-else" in content\/pages\/contact.mdx/);
    expect(problems[2]).toMatch(/^Unknown site setting "dataControler" in content\/pages\/contact.mdx. Use one of: /);
  });

  it('refuses a component the page cannot use, and text MDX would read as code', () => {
    expect(mdxBodyProblems('<Measure id="requests-refused" />', pageRules, file)).toEqual([
      '<Measure> cannot be used in this page. Use one of: <Contact>, <Contacts>, <SiteSetting>.',
    ]);
    expect(mdxBodyProblems('Costs went up {a lot}.', pageRules, file)).toEqual([
      'A { or } in the text stops the page building: MDX reads it as code. Take it out or reword it.',
    ]);
    expect(mdxBodyProblems('Fewer than 5 < 6 families.', pageRules, file)).toEqual([
      'A < followed by a space or a number stops the page building: MDX reads it as a component. Write "less than" instead.',
    ]);
    expect(mdxBodyProblems('Write `{` in code.', pageRules, file)).toEqual([]);
  });
});

describe('previews of MDX components', () => {
  it('shows a contact in the site’s markup, with its text made safe', () => {
    const html = contactPreviewHtml({
      id: 'x',
      name: 'Help & advice',
      description: 'Free <advice>.',
      phone: '01305 221122',
      source: { name: 'A source', url: 'https://example.org/' },
      checked: '2026-11-25',
    });
    expect(html).toContain('Help &amp; advice');
    expect(html).toContain('Free &lt;advice&gt;.');
    expect(html).toContain('<a class="govuk-link" href="tel:01305221122">01305 221122</a>');
    expect(html).toContain('Checked <time datetime="2026-11-25">25 November 2026</time>');
  });
});
