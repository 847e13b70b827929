/**
 * `npm run check:content`: checks every content file in seconds, without a full build.
 * First the schemas (through `astro sync`, so editors see the same messages as the build),
 * then the plain-English and accessibility checks. Errors fail; warnings are advice.
 */
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkFile, type Finding } from '../lib/content-checks/check-file.ts';
import { formatFindings, summarise } from '../lib/content-checks/format.ts';
import { knownAbbreviations } from '../lib/content-checks/known-abbreviations.ts';
import { contentDirectory } from '../lib/content-directory.ts';
import { todayUtc } from '../lib/dates.ts';

const root = path.resolve(contentDirectory());
const skipSchemas = process.argv.includes('--prose-only');

if (!skipSchemas) {
  try {
    execFileSync('npx', ['astro', 'sync'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  } catch (error) {
    process.stderr.write(String((error as { stderr?: Buffer }).stderr ?? error));
    process.stderr.write(
      '\nContent does not match its schema: fix the field named above, then run npm run check:content again.\n',
    );
    process.exit(1);
  }
}

const files = (await readdir(root, { recursive: true }))
  .filter((name) => /\.mdx?$/.test(name) && !path.basename(name).startsWith('_'))
  .sort();
const known = knownAbbreviations(await readFile(path.join(root, 'glossary.yaml'), 'utf8'));
const today = todayUtc();
const findings: Finding[] = [];
for (const name of files) {
  const text = await readFile(path.join(root, name), 'utf8');
  findings.push(
    ...(await checkFile(path.join(path.relative(process.cwd(), root), name), text, {
      knownAbbreviations: known,
      today,
    })),
  );
}

findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
if (findings.length > 0) console.log(formatFindings(findings));
console.log(`Checked ${files.length} files: ${summarise(findings)}.`);
process.exit(findings.some((finding) => finding.severity === 'error') ? 1 : 0);
