import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDirectory } from './lib/content-directory.ts';
import { contactSchema } from './schemas/contact.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { impactReportSchema } from './schemas/impact-report.ts';
import { improvementSchema } from './schemas/improvement.ts';
import { measureSchema } from './schemas/measure.ts';
import { pageSchema } from './schemas/page.ts';
import { progressSchema } from './schemas/progress.ts';
import { statementSchema } from './schemas/statement.ts';
import { whereThingsStandSchema } from './schemas/where-things-stand.ts';

const root = contentDirectory();
// Files starting with "_" are notes and templates for editors, not pages. Only the rendered HTML is
// kept, not the Markdown it came from: nothing reads it, and it would double the data store (issue 8).
const markdown = (folder: string) =>
  glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: `${root}/${folder}`, retainBody: false });

export const collections = {
  statement: defineCollection({ loader: markdown('statement'), schema: statementSchema }),
  progress: defineCollection({ loader: markdown('progress'), schema: progressSchema }),
  'impact-reports': defineCollection({ loader: markdown('impact-reports'), schema: impactReportSchema }),
  pages: defineCollection({ loader: markdown('pages'), schema: pageSchema }),
  glossary: defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossaryTermSchema }),
  /** Routes to help: pages show them with <Contact id> and <Contacts ids>, never typed into the text. */
  contacts: defineCollection({ loader: file(`${root}/contacts.yaml`), schema: contactSchema }),
  /** The 2024 inspection's areas for improvement: their own list, not a reopening of the 2017 priority areas. */
  improvements: defineCollection({ loader: file(`${root}/inspection-2024.yaml`), schema: improvementSchema }),
  /** "Where things stand now", the one dated summary at the top of the home page. */
  now: defineCollection({
    loader: glob({ pattern: 'where-things-stand.md', base: root, retainBody: false }),
    schema: whereThingsStandSchema,
  }),
  measures: defineCollection({
    loader: glob({ pattern: ['**/*.yaml', '!**/_*'], base: `${root}/measures` }),
    schema: measureSchema,
  }),
};
