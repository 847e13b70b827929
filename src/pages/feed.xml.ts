import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { impactReports, progressUpdates } from '../data/collections.ts';
import { paths } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';

/** How many items the feed carries: feed readers keep what they have seen, so it needs only the newest. */
const feedLength = 50;

/** Progress updates and impact reports, newest first, for families who follow the site in a feed reader. */
export const GET: APIRoute = async ({ site }) => {
  const updates = (await progressUpdates()).map((update) => ({
    title: update.data.title,
    description: update.data.description,
    pubDate: update.data.date,
    link: paths.progressUpdate(update.id),
    categories: ['Progress update'],
  }));
  const reports = (await impactReports()).map((report) => ({
    title: report.data.title,
    description: report.data.description,
    pubDate: report.data.published,
    link: paths.impactReport(report.id),
    categories: ['Impact report'],
  }));
  return rss({
    title: `${siteConfig.name}: progress updates and impact reports`,
    description: siteConfig.tagline,
    site: site ?? siteConfig.url,
    items: [...updates, ...reports].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, feedLength),
    customData: '<language>en-gb</language>',
  });
};
