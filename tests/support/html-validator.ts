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

/**
 * The JVM's options for one short run: the quick compiler only (the optimising one spends more CPU
 * compiling than a run of seconds gets back: about half the CPU, measured on the built site) and one
 * garbage collector thread. The quick compiler's deeper stack needs more than vnu's 512 KiB minimum.
 */
const javaOptions = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss16m'];

/**
 * Runs the Nu Html Checker (the W3C validator) over every HTML file in the folders, in one run;
 * returns each folder's errors, in the order of `roots`, each file named relative to its folder.
 */
export async function validateHtml(...roots: string[]): Promise<HtmlError[][]> {
  const args = [...javaOptions, '-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', ...roots];
  // vnu exits 1 when it finds errors and writes its JSON report to stderr either way.
  const output = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stderr }) => stderr,
    (error: { stderr?: string }) => error.stderr ?? '',
  );
  const report = JSON.parse(output) as {
    messages: Array<{ type: string; url?: string; lastLine?: number; message: string }>;
  };
  const errors = report.messages
    .filter((message) => message.type === 'error')
    .map((message) => ({
      path: (message.url ?? '').replace(/^file:/, ''),
      line: message.lastLine,
      message: message.message,
    }));
  const inRoot = (root: string) => (error: { path: string }) => error.path.startsWith(`${root}/`);
  // An error in no folder (one without a file, say) is still an error: never dropped.
  const unplaced = errors.filter((error) => !roots.some((root) => inRoot(root)(error)));
  if (unplaced.length > 0) throw new Error(`The Nu Html Checker reported:\n${JSON.stringify(unplaced, null, 2)}`);
  return roots.map((root) =>
    errors
      .filter(inRoot(root))
      .map(({ path, line, message }) => ({ file: path.slice(root.length + 1), line, message })),
  );
}
