/**
 * Deletes feedback older than the retention period in src/site.config.ts (the period the
 * privacy notice states). Netlify runs the same purge daily (src/functions/feedback-purge.ts).
 *
 *   npm run feedback:purge              the local store that `npm start` writes
 *   npm run feedback:purge -- --dry-run count what would go, delete nothing
 *
 * Uses Netlify's store when NETLIFY_SITE_ID and NETLIFY_AUTH_TOKEN are set (or with --source netlify).
 */
import { parseArgs } from 'node:util';
import { purgeOldFeedback } from '../lib/feedback/purge.ts';
import { siteConfig } from '../site.config.ts';
import { openStoreFor } from '../server/open-store.ts';

const { values } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    source: { type: 'string' },
    'data-dir': { type: 'string', default: '.data' },
  },
});

try {
  const opened = await openStoreFor(values.source, values['data-dir']);
  try {
    const retentionDays = siteConfig.feedbackRetentionDays;
    const result = await purgeOldFeedback(opened.store, { now: new Date(), retentionDays, dryRun: values['dry-run'] });
    const verb = values['dry-run'] ? 'Would delete' : 'Deleted';
    const kept = result.kept === null ? 'did not have time to count those kept' : `kept ${result.kept}`;
    console.log(
      `${verb} ${result.deleted} submission${result.deleted === 1 ? '' : 's'} received before ${result.cutoffDay} (UTC; ${retentionDays} days' retention) from ${opened.description}; ${kept}.`,
    );
    if (result.failed > 0) console.log(`Could not delete ${result.failed}: run the purge again.`);
    if (!result.complete)
      console.log('Stopped before finishing, to stay within Netlify’s 30 seconds: run it again to carry on.');
    if (result.unrecognised.length > 0)
      console.log(
        `Left ${result.unrecognised.length} entries alone whose keys are not feedback keys: ${result.unrecognised.join(', ')}`,
      );
  } finally {
    await opened.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
