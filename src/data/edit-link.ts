import { contentDirectory } from '../lib/content-directory.ts';
import { editBaseUrl, editUrl } from '../lib/edit-link.ts';
import { repositoryPath } from '../lib/repository-path.ts';
import { siteConfig } from '../site.config.ts';

/**
 * The "Edit this page" address for a content file, or undefined when editing is not set up. It reads the
 * build's environment (Netlify's REPOSITORY_URL and BRANCH) and the content folder, so layouts never do.
 */
export function editLinkFor(filePath: string | undefined): string | undefined {
  return editUrl(editBaseUrl(siteConfig.repository, process.env), repositoryPath(filePath, contentDirectory()));
}
