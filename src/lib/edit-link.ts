/** The "Edit this page" address for a content file, or undefined when no repository is configured. */
export function editUrl(editBaseUrl: string, filePath: string | undefined): string | undefined {
  if (!editBaseUrl || !filePath) return undefined;
  const relative = filePath.replace(/^\.\//, '').replace(/^\/+/, '');
  return new URL(relative, editBaseUrl.endsWith('/') ? editBaseUrl : `${editBaseUrl}/`).toString();
}
