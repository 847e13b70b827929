import type { Finding } from './check-file.ts';

/** One line per finding, as "file:line:column  warning  message  (rule)", which editors' tools can link to. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.message}  (${f.rule})`).join('\n');
}

/** A closing line such as "2 errors, 5 warnings". */
export function summarise(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
}
