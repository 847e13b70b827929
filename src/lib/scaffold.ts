import { isoDay } from './dates.ts';

/** The kinds of content `npm run new` can start. */
export const scaffoldKinds = ['progress', 'impact-report', 'glossary'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

/** Turns a title into a file-name part: "The 2019 revisit!" → "the-2019-revisit". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The academic year a date falls in (September to August), as [start, end]. */
export function academicYearOf(date: Date): [number, number] {
  const year = date.getUTCFullYear();
  return date.getUTCMonth() >= 8 ? [year, year + 1] : [year - 1, year];
}

const quote = (text: string) => JSON.stringify(text);

/** A new progress update: valid as it stands, marked as a draft until the editor is ready. */
export function progressTemplate(title: string, today: Date, areaId: string): string {
  const day = isoDay(today);
  return `---
title: ${quote(title)}
description: "Write one or two sentences that say what this update is about."
published: ${day}
date: ${day}
draft: true
areas:
  - area: ${areaId}
    status: in-progress
    note: "Say in one or two sentences what changed for this priority area."
sources:
  - name: "Name the document or page these facts come from"
---

Write the update here in plain English. Use short sentences and say "we" and "you".

## What we did

Say what happened, with dates like 27 December 2021.

## What happens next

Say what comes next and when.
`;
}

/** A new impact report for an academic year, marked as a draft. */
export function impactReportTemplate(title: string, today: Date, [start, end]: [number, number]): string {
  const day = isoDay(today);
  return `---
title: ${quote(title)}
description: "Write one or two sentences that say what this report covers."
published: ${day}
draft: true
academicYear: "${start} to ${end}"
achievements:
  - text: "Write one achievement in one sentence."
    source:
      name: "Name the document these facts come from"
partnerStatements:
  - role: "Give the person's role and organisation, not their name"
    summary: "Summarise what they said in your own words. Do not quote them."
sources:
  - name: "Name the document these facts come from"
---

Write the introduction here in plain English.
`;
}

/** A new glossary entry to add to the end of content/glossary.yaml, marked as a draft. */
export function glossaryTemplate(term: string): string {
  return `
- id: ${slugify(term)}
  term: ${quote(term)}
  meaning: "Say what it means in one or two plain sentences."
  otherWords: []
  draft: true
`;
}

/** Where a new file goes, relative to the content folder. */
export function scaffoldPath(kind: ScaffoldKind, title: string, today: Date): string {
  if (kind === 'progress') return `progress/${isoDay(today)}-${slugify(title)}.md`;
  if (kind === 'impact-report') {
    const [start, end] = academicYearFromTitle(title) ?? academicYearOf(today);
    return `impact-reports/${start}-to-${end}.md`;
  }
  return 'glossary.yaml';
}

/** "SEND impact report: 2024 to 2025" → [2024, 2025], so the file is named for the year in its title. */
export function academicYearFromTitle(title: string): [number, number] | undefined {
  const match = /(\d{4}) to (\d{4})/.exec(title);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}
