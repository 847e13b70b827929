import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/lib/edit-link.ts';

describe('"Edit this page" links', () => {
  it('point at the content file in the repository', () => {
    expect(editUrl('https://github.com/owner/repo/edit/main/', 'content/progress/2019-02-13-ofsted-cqc-revisit.mdx')).toBe(
      'https://github.com/owner/repo/edit/main/content/progress/2019-02-13-ofsted-cqc-revisit.mdx',
    );
  });

  it('cope with a base address without its last slash and a path starting "./"', () => {
    expect(editUrl('https://github.com/owner/repo/edit/main', './content/pages/privacy.mdx')).toBe('https://github.com/owner/repo/edit/main/content/pages/privacy.mdx');
  });

  it('are left out until a repository is configured', () => {
    expect(editUrl('', 'content/pages/privacy.mdx')).toBeUndefined();
  });
});
