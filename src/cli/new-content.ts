/**
 * `npm run new -- progress "Title"` (or `impact-report`, `glossary`): starts a valid content file
 * from a template with today's date, marked as a draft, and says what to do next.
 */
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDirectory } from '../lib/content-directory.ts';
import { todayUtc } from '../lib/dates.ts';
import {
  academicYearFromTitle,
  academicYearOf,
  glossaryTemplate,
  impactReportTemplate,
  progressTemplate,
  scaffoldKinds,
  scaffoldPath,
  slugify,
  type ScaffoldKind,
} from '../lib/scaffold.ts';

const usage = `Usage: npm run new -- <kind> "Title"
  kinds: ${scaffoldKinds.join(', ')}
  for example: npm run new -- progress "Progress update: spring 2027"`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

const [kindArgument, title] = process.argv.slice(2);
if (!kindArgument || !scaffoldKinds.includes(kindArgument as ScaffoldKind))
  fail(`Say what to create: ${scaffoldKinds.join(', ')}.`);
if (!title?.trim()) fail('Give a title in quotes.');
const kind = kindArgument as ScaffoldKind;
const root = contentDirectory();
const today = todayUtc();
const relative = scaffoldPath(kind, title, today);
const target = path.join(root, relative);

/** The first priority area's file name, so the new update names a real one. */
async function firstPriorityArea(): Promise<string> {
  const files = (await readdir(path.join(root, 'statement'))).filter((name) => /\.mdx?$/.test(name)).sort();
  for (const name of files) {
    if (/^type:\s*priority-area\s*$/m.test(await readFile(path.join(root, 'statement', name), 'utf8')))
      return name.replace(/\.mdx?$/, '');
  }
  fail('There are no priority areas in content/statement to report on.');
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

if (kind === 'glossary') {
  const glossary = await readFile(target, 'utf8');
  if (new RegExp(`^- id: ${slugify(title)}$`, 'm').test(glossary))
    fail(`The glossary already has an entry with id ${slugify(title)}.`);
  await appendFile(target, glossaryTemplate(title));
} else {
  // The same name as .md or .mdx is the same page: Astro would find two entries with one id.
  const sameName = [target, target.replace(/\.md$/, '.mdx')];
  for (const file of sameName)
    if (await exists(file)) fail(`${file} already exists. Choose another title, or edit that file.`);
  const text =
    kind === 'progress'
      ? progressTemplate(title, today, await firstPriorityArea())
      : impactReportTemplate(title, today, academicYearFromTitle(title) ?? academicYearOf(today));
  await writeFile(target, text, { flag: 'wx' });
}

console.log(`Created ${kind === 'glossary' ? `a draft entry at the end of ${target}` : target}.

Next:
  1. Open it and replace every sentence in quotes with your own words.
  2. Preview it: npm run dev, then open http://localhost:4321/ (drafts show there).
  3. Check it: npm run check:content
  4. When it is ready, delete the line "draft: true" so it is published.
See CONTRIBUTING.md for what each field means.`);
