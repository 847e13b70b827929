import path from 'node:path';

/**
 * A content file's path in the repository, under content/, wherever this build read content from
 * (tests and the benchmark read it from elsewhere). Undefined for a file outside the content folder.
 */
export function repositoryPath(filePath: string | undefined, contentDir: string): string | undefined {
  if (!filePath) return undefined;
  const relative = path.relative(path.resolve(contentDir), path.resolve(filePath)).split(path.sep).join('/');
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : `content/${relative}`;
}
