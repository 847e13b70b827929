import { parse } from 'yaml';
import { listFieldName, markdownFormat, originalTextKey, yamlFormat, yamlListFormat } from '../../../lib/cms/config.ts';
import { readMarkdownFile, writeMarkdownFile } from '../../../lib/cms/markdown-file.ts';
import { yamlKeepingComments } from '../../../lib/cms/yaml-keep-comments.ts';
import { checkOnSave } from './check-on-save.ts';
import { registerMdxComponents, type MdxData } from './mdx-editing.ts';
import { registerPreviews, registerSiteStyles } from './previews.ts';

/** Loads Decap's prebuilt file, copied beside this page by the build (src/integrations/decap-cms.ts). */
function loadDecap(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/admin/decap-cms.js';
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('Could not load /admin/decap-cms.js')));
    document.body.append(script);
  });
}

// Decap starts by itself unless told not to; it must wait until the site's format, save checks and
// previews are registered, or it would read config.yml before it knows the "yaml-list" format.
window.CMS_MANUAL_INIT = true;
await loadDecap();
const cms = window.CMS;
const h = window.h;
if (!cms || !h) throw new Error('Decap CMS did not start: window.CMS is missing.');

// YAML files are saved over the text they were read from, so their comments (the rules for editors
// at the top of content/contacts.yaml, a measure's note on where its figures come from) survive.
type Read = Record<string, unknown>;
const withoutOriginal = ({ [originalTextKey]: original, ...data }: Read) => ({ data, original: original as string });
cms.registerCustomFormat(yamlFormat, 'yaml', {
  fromFile: (text) => ({ ...(parse(text) as Read), [originalTextKey]: text }),
  toFile: (read) => {
    const { data, original } = withoutOriginal(read as Read);
    return yamlKeepingComments(data, original);
  },
});
// Markdown and MDX files likewise keep their front matter as written; the body is Decap's Markdown.
cms.registerCustomFormat(markdownFormat, 'md', {
  fromFile: (text) => {
    const { frontMatter, body, frontMatterText } = readMarkdownFile(text);
    return { ...frontMatter, body, [originalTextKey]: frontMatterText };
  },
  toFile: (read) => {
    const { data, original } = withoutOriginal(read as Read);
    const { body, ...frontMatter } = data;
    return writeMarkdownFile(frontMatter, typeof body === 'string' ? body : '', original);
  },
});
// The glossary, contacts and areas for improvement are each one YAML file holding a list (Astro's
// file() loader); Decap edits a file as an object, so the list is held under one field meanwhile.
cms.registerCustomFormat(yamlListFormat, 'yaml', {
  fromFile: (text) => ({ [listFieldName]: parse(text) ?? [], [originalTextKey]: text }),
  toFile: (read) => {
    const { data, original } = withoutOriginal(read as Read);
    return yamlKeepingComments(data[listFieldName] ?? [], original);
  },
});
const mdxData: MdxData = {
  contacts: JSON.parse(document.body.dataset.contacts ?? '[]'),
  measures: JSON.parse(document.body.dataset.measures ?? '[]'),
};
registerMdxComponents(cms, mdxData);
checkOnSave(cms, {
  contactIds: mdxData.contacts.map((contact) => contact.id),
  measureIds: mdxData.measures.map((measure) => measure.id),
});
const areaTitles = new Map<string, string>(JSON.parse(document.body.dataset.areaTitles ?? '[]'));
registerPreviews(cms, h, areaTitles);
cms.init();
// Previews read their styles when an entry opens, so the editor need not wait for them. Without the
// site's styles the preview is plain but still correct: never stop the editor for it.
registerSiteStyles(cms).catch((error: unknown) => console.warn('Preview styles not loaded:', error));
