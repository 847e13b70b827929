/** Where the site's files live in Git, as the site configuration gives it. */
export interface RepositorySetting {
  /** The repository's web address, like "https://github.com/OWNER/REPO", or '' when not set. */
  url: string;
  /** The branch editors change. */
  branch: string;
}

/** The edit page address pattern of each Git host we know, before the file's path. */
const editPaths: Record<string, (repository: string, branch: string) => string> = {
  'github.com': (repository, branch) => `${repository}/edit/${branch}/`,
  'gitlab.com': (repository, branch) => `${repository}/-/edit/${branch}/`,
};

/**
 * A repository's web address with no credentials and no ".git", from the forms Git hosts and Netlify
 * give: "https://github.com/o/r", "https://x-access-token:…@github.com/o/r.git", "git@github.com:o/r".
 * Undefined for anything else, so a token can never reach a page.
 */
export function repositoryWebAddress(address: string): { host: string; address: string } | undefined {
  const ssh = /^git@([^:/]+):(.+)$/.exec(address.trim());
  let url: URL;
  try {
    url = new URL(ssh ? `https://${ssh[1]}/${ssh[2]}` : address.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const segments = url.pathname
    .replace(/\.git\/?$/, '')
    .split('/')
    .filter(Boolean);
  if (segments.length < 2) return undefined;
  return { host: url.hostname, address: `https://${url.hostname}/${segments.join('/')}` };
}

/**
 * The address that "Edit this page" links start with: from the configured repository, or else from
 * the one Netlify builds from (its REPOSITORY_URL and BRANCH build variables), so a site deployed on
 * Netlify gets the links without configuration. Empty when neither is a GitHub or GitLab repository.
 */
export function editBaseUrl(repository: RepositorySetting, env: Record<string, string | undefined> = {}): string {
  const configured = repository.url.trim();
  const source = configured || env.REPOSITORY_URL || '';
  const branch = (configured ? repository.branch : env.BRANCH || repository.branch).trim();
  const web = repositoryWebAddress(source);
  const editPath = web && editPaths[web.host];
  if (!web || !editPath || !branch) return '';
  return editPath(web.address, branch.split('/').map(encodeURIComponent).join('/'));
}

/** The "Edit this page" address for a file in the repository, or undefined when editing is not set up. */
export function editUrl(base: string, repositoryPath: string | undefined): string | undefined {
  if (!base || !repositoryPath) return undefined;
  const relative = repositoryPath.replace(/^\.\//, '').replace(/^\/+/, '');
  return new URL(relative, base.endsWith('/') ? base : `${base}/`).toString();
}
