/**
 * Writes the benchmark's pages as text: progress updates and impact reports that satisfy the
 * real schemas (src/schemas/), 600 to 1,500 words of plain English each, the same for the same
 * seed. Pure: it returns files and touches no disk (bench/write-content.ts writes them).
 */
import { bulletList, countWords, lowerFirst, paragraph, sentence } from './prose.ts';
import { seededRandom, type Random } from './random.ts';
import {
  months,
  partnerRoles,
  places,
  progressHeadings,
  reportHeadings,
  sourceNames,
  titleTopics,
} from './word-banks.ts';

/** One generated content file. */
export interface GeneratedFile {
  /** Where it goes, relative to the content folder, such as "progress/2021-03-14-annual-reviews-in-wool-b00042.md". */
  path: string;
  /** The whole file: front matter and MDX body. */
  text: string;
  kind: 'progress' | 'impact-report';
  /** Words in the body (bench/prose.ts countWords). */
  words: number;
}

/** What to generate. */
export interface GenerateOptions {
  /** How many files in all. */
  pages: number;
  seed: number;
  /** Ids of the priority areas in content/statement, which progress updates report on. */
  areaIds: readonly string[];
  /** First years of academic years that already have an impact report, which must not be used again. */
  takenAcademicYears?: readonly number[];
}

/** Body length limits, from the issue: 600 to 1,500 words. */
export const wordLimits = { min: 600, max: 1500 } as const;

// A block is at most about 160 words, so aiming no higher than this keeps the last one under the maximum.
const highestTarget = wordLimits.max - 170;
const statuses = ['not-started', 'in-progress', 'done', 'delayed'] as const;
const day = 24 * 60 * 60 * 1000;

const iso = (date: Date) => date.toISOString().slice(0, 10);
const quote = (text: string) => JSON.stringify(text);
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A Markdown body of headed sections, between 600 and 1,500 words. */
function body(random: Random, year: number, headings: readonly string[]): string {
  const target = random.int(wordLimits.min, highestTarget);
  const blocks = [paragraph(random, year)];
  let words = countWords(blocks[0] ?? '');
  const sectionHeadings = random.sample(headings, headings.length);
  let section = 0;
  let afterHeading = false;
  // Never a heading straight after a heading or last: every section has something in it.
  while (words < target || afterHeading) {
    const wantsHeading: boolean =
      !afterHeading && section < sectionHeadings.length && (blocks.length === 1 || random.chance(0.3));
    let block: string = wantsHeading
      ? `## ${sectionHeadings[section++]}`
      : random.chance(0.15)
        ? bulletList(random)
        : paragraph(random, year);
    if (words + countWords(block) > wordLimits.max) block = sentence(random, year);
    afterHeading = block.startsWith('## ');
    blocks.push(block);
    words += countWords(block);
  }
  return `${blocks.join('\n\n')}\n`;
}

/** A list of 1 to 3 sources, some with a web address or a date. */
function sources(random: Random, year: number, indent = ''): string {
  return random
    .sample(sourceNames, random.int(1, 3))
    .map((name) => {
      const lines = [`${indent}  - name: ${quote(name)}`];
      if (random.chance(0.3)) lines.push(`${indent}    url: https://www.dorsetcouncil.gov.uk/send-${slug(name)}`);
      if (random.chance(0.3))
        lines.push(
          `${indent}    date: ${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        );
      return lines.join('\n');
    })
    .join('\n');
}

/** `updated` and `changes` for a page that was changed after it was published, or nothing. */
function changeHistory(random: Random, published: Date): string[] {
  if (!random.chance(0.2)) return [];
  const updated = new Date(published.getTime() + random.int(10, 200) * day);
  return [
    `updated: ${iso(updated)}`,
    'changes:',
    `  - date: ${iso(updated)}`,
    `    summary: ${quote(`Added the figures for ${random.pick(months)}.`)}`,
  ];
}

/** One progress update, dated between mid 2017 and late 2026. */
function progressUpdate(random: Random, index: number, areaIds: readonly string[]): GeneratedFile {
  const date = new Date(Date.UTC(2017, 5, 1) + random.int(0, 3440) * day);
  const year = date.getUTCFullYear();
  const published = new Date(date.getTime() + random.int(0, 30) * day);
  const topic = random.pick(titleTopics);
  const place = random.pick(places);
  const month = months[date.getUTCMonth()] ?? 'January';
  const areas = random.sample(areaIds, random.int(1, Math.min(4, areaIds.length))).map((area) => {
    const lines = [`  - area: ${area}`];
    if (random.chance(0.7)) lines.push(`    status: ${random.pick(statuses)}`);
    if (random.chance(0.5)) lines.push(`    note: ${quote(sentence(random, year))}`);
    return lines.join('\n');
  });
  const frontMatter = [
    `title: ${quote(`${topic} in ${place}: ${month} ${year}`)}`,
    `description: ${quote(`What happened with ${lowerFirst(topic)} in ${place} in ${month} ${year}, and what happens next.`)}`,
    `published: ${iso(published)}`,
    ...changeHistory(random, published),
    `date: ${iso(date)}`,
    ...(random.chance(0.05) ? [`dateLabel: ${quote(`${month} ${year}`)}`] : []),
    'areas:',
    ...areas,
    'sources:',
    sources(random, year),
  ];
  const text = body(random, year, progressHeadings);
  const name = `${iso(date)}-${slug(topic)}-in-${slug(place)}-b${String(index).padStart(5, '0')}`;
  return {
    path: `progress/${name}.md`,
    text: `---\n${frontMatter.join('\n')}\n---\n\n${text}`,
    kind: 'progress',
    words: countWords(text),
  };
}

/** Sentences up to a length limit, for fields with a maximum. */
function sentencesWithin(random: Random, year: number, maxLength: number, count: number): string {
  let text = sentence(random, year);
  for (let i = 1; i < count; i++) {
    const next = `${text} ${sentence(random, year)}`;
    if (next.length > maxLength) break;
    text = next;
  }
  return text;
}

/** One impact report for the academic year starting in `start`. */
function impactReport(random: Random, start: number): GeneratedFile {
  const academicYear = `${start} to ${start + 1}`;
  const reportName = `Dorset Council, SEND Impact Report ${academicYear}`;
  const published = new Date(Date.UTC(start + 1, 10, random.int(1, 28)));
  const achievements = Array.from({ length: random.int(3, 8) }, () =>
    [`  - text: ${quote(sentence(random, start))}`, '    source:', `      name: ${quote(reportName)}`].join('\n'),
  );
  const statements = random
    .sample(partnerRoles, random.int(2, 4))
    .map((role) =>
      [`  - role: ${quote(role)}`, `    summary: ${quote(sentencesWithin(random, start, 600, 3))}`].join('\n'),
    );
  const inspection = random.chance(0.2)
    ? [
        'inspection:',
        `  published: ${start + 1}-05-15`,
        `  outcome: ${quote('The partnership was found to be improving, with more to do on annual reviews.')}`,
        '  source:',
        `    name: ${quote(`Ofsted and CQC, Area SEND inspection ${start + 1}`)}`,
      ]
    : [];
  const frontMatter = [
    `title: ${quote(`SEND impact report: ${academicYear}`)}`,
    `description: ${quote(`What the SEND partnership achieved in ${academicYear}, and what our partners said.`)}`,
    `published: ${iso(published)}`,
    ...changeHistory(random, published),
    `academicYear: ${quote(academicYear)}`,
    'achievements:',
    ...achievements,
    'partnerStatements:',
    ...statements,
    ...inspection,
    'sources:',
    `  - name: ${quote(reportName)}`,
    sources(random, start),
  ];
  const text = body(random, start, reportHeadings);
  return {
    path: `impact-reports/${start}-to-${start + 1}.md`,
    text: `---\n${frontMatter.join('\n')}\n---\n\n${text}`,
    kind: 'impact-report',
    words: countWords(text),
  };
}

/** How many of the pages are impact reports: about 1 in 25, at most 40 (one per academic year, so years run out). */
export function impactReportCount(pages: number): number {
  return pages < 2 ? 0 : Math.max(1, Math.min(40, Math.round(pages / 25)));
}

/** Generates `pages` content files: mostly progress updates, some impact reports for years not yet taken. */
export function generateBenchContent(options: GenerateOptions): GeneratedFile[] {
  if (options.areaIds.length === 0)
    throw new Error('generateBenchContent needs the ids of the priority areas in content/statement, but got none');
  const random = seededRandom(options.seed);
  const taken = new Set(options.takenAcademicYears ?? []);
  const reportYears: number[] = [];
  for (let start = 2022; reportYears.length < impactReportCount(options.pages); start--)
    if (!taken.has(start)) reportYears.push(start);
  const reports = reportYears.map((start) => impactReport(random, start));
  const updates = Array.from({ length: options.pages - reports.length }, (_, index) =>
    progressUpdate(random, index, options.areaIds),
  );
  return [...updates, ...reports];
}
