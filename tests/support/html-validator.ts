import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
// vnu-jar's main module exports the path of vnu.jar.
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

/** One error the Nu Html Checker found. */
export interface HtmlError {
  file: string;
  line: number | undefined;
  message: string;
}

/** Runs the Nu Html Checker (the W3C validator) over every HTML file in a folder; returns its errors. */
export async function validateHtml(root: string): Promise<HtmlError[]> {
  const args = ['-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', root];
  // vnu exits 1 when it finds errors and writes its JSON report to stderr either way.
  const output = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stderr }) => stderr,
    (error: { stderr?: string }) => error.stderr ?? '',
  );
  const report = JSON.parse(output) as {
    messages: Array<{ type: string; url?: string; lastLine?: number; message: string }>;
  };
  return report.messages
    .filter((message) => message.type === 'error')
    .map((message) => ({
      file: (message.url ?? '').replace(/^file:/, '').replace(`${root}/`, ''),
      line: message.lastLine,
      message: message.message,
    }));
}
