import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editBaseUrl, editUrl, repositoryWebAddress } from '../../src/lib/edit-link.ts';
import { repositoryPath } from '../../src/lib/repository-path.ts';

const unset = { url: '', branch: 'main' };

describe('"Edit this page" links', () => {
  it('open the file on GitHub or GitLab, from the repository address in the site configuration', () => {
    const github = editBaseUrl({ url: 'https://github.com/dorset/send-site', branch: 'main' });
    expect(editUrl(github, 'content/progress/2019-02-13-ofsted-cqc-revisit.md')).toBe(
      'https://github.com/dorset/send-site/edit/main/content/progress/2019-02-13-ofsted-cqc-revisit.md',
    );
    const gitlab = editBaseUrl({ url: 'https://gitlab.com/dorset/web/send-site.git', branch: 'live' });
    expect(editUrl(gitlab, 'content/pages/privacy.md')).toBe(
      'https://gitlab.com/dorset/web/send-site/-/edit/live/content/pages/privacy.md',
    );
  });

  it('use the repository and branch Netlify builds from when none is configured', () => {
    expect(editBaseUrl(unset, { REPOSITORY_URL: 'https://github.com/dorset/send-site', BRANCH: 'main' })).toBe(
      'https://github.com/dorset/send-site/edit/main/',
    );
    expect(editBaseUrl(unset, { REPOSITORY_URL: 'git@github.com:dorset/send-site.git', BRANCH: 'release/2027' })).toBe(
      'https://github.com/dorset/send-site/edit/release/2027/',
    );
  });

  it("prefer the configured repository to Netlify's", () => {
    expect(
      editBaseUrl(
        { url: 'https://github.com/dorset/send-site', branch: 'main' },
        { REPOSITORY_URL: 'https://github.com/fork/send-site', BRANCH: 'preview' },
      ),
    ).toBe('https://github.com/dorset/send-site/edit/main/');
  });

  it('never put a token from the build into a page', () => {
    const base = editBaseUrl(unset, {
      REPOSITORY_URL: 'https://x-access-token:v1.secret@github.com/dorset/send-site',
      BRANCH: 'main',
    });
    expect(base).toBe('https://github.com/dorset/send-site/edit/main/');
    expect(repositoryWebAddress('https://user:pass@gitlab.com/a/b')?.address).toBe('https://gitlab.com/a/b');
  });

  it('are left out when there is no repository, or one on a host whose edit pages we do not know', () => {
    expect(editBaseUrl(unset, {})).toBe('');
    expect(editBaseUrl({ url: 'https://git.example.org/dorset/send-site', branch: 'main' })).toBe('');
    expect(editBaseUrl({ url: 'https://github.com/dorset', branch: 'main' })).toBe('');
    expect(editBaseUrl({ url: 'not an address', branch: 'main' })).toBe('');
    expect(editUrl('', 'content/pages/privacy.md')).toBeUndefined();
  });

  it('give each content file its path under content/, wherever the build read content from', () => {
    expect(repositoryPath('content/progress/a.md', './content')).toBe('content/progress/a.md');
    expect(repositoryPath(path.join('/tmp/fixture', 'pages', 'privacy.md'), '/tmp/fixture')).toBe(
      'content/pages/privacy.md',
    );
    expect(repositoryPath('src/pages/index.astro', './content')).toBeUndefined();
    expect(repositoryPath(undefined, './content')).toBeUndefined();
  });
});
