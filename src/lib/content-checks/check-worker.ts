/**
 * A worker thread for src/lib/content-checks/check-files.ts: loads the checks as it starts, then checks the files
 * it is sent and posts the findings back.
 */
import { parentPort } from 'node:worker_threads';
import type { MdxIds } from '../cms/mdx-body.ts';
import { checkFile, type CheckContext, type Finding } from './check-file.ts';

interface Job {
  files: Array<{ name: string; text: string }>;
  context: { knownAbbreviations: string[]; today: string; errorsOnly: boolean; mdx: MdxIds | undefined };
}

parentPort?.once('message', async (job: Job) => {
  const context: CheckContext = {
    knownAbbreviations: new Set(job.context.knownAbbreviations),
    today: new Date(job.context.today),
    errorsOnly: job.context.errorsOnly,
    mdx: job.context.mdx,
  };
  const results: Finding[][] = [];
  for (const file of job.files) results.push(await checkFile(file.name, file.text, context));
  parentPort?.postMessage(results);
});
