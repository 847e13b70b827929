/** A worker thread for src/lib/content-checks/check-files.ts: checks the files it is given and posts the findings back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { MdxIds } from '../cms/mdx-body.ts';
import { checkFile, type CheckContext, type Finding } from './check-file.ts';

interface Job {
  files: Array<{ name: string; text: string }>;
  context: { knownAbbreviations: string[]; today: string; errorsOnly: boolean; mdx: MdxIds | undefined };
}

const job = workerData as Job;
const context: CheckContext = {
  knownAbbreviations: new Set(job.context.knownAbbreviations),
  today: new Date(job.context.today),
  errorsOnly: job.context.errorsOnly,
  mdx: job.context.mdx,
};
const results: Finding[][] = [];
for (const file of job.files) results.push(await checkFile(file.name, file.text, context));
parentPort?.postMessage(results);
