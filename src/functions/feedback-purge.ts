import { consoleLogger, errorKind } from '../lib/feedback/log.ts';
import { purgeOldFeedback } from '../lib/feedback/purge.ts';
import { openFeedbackStore } from '../lib/feedback/store.ts';
import { siteConfig } from '../site.config.ts';

/**
 * Every day, deletes feedback older than the retention period the privacy notice states. It stops
 * before Netlify's 30-second limit for scheduled functions; if it had more to do, the log says so
 * (`complete: false`) and the next day's run carries on.
 */
export default async (): Promise<Response> => {
  try {
    const { unrecognised, ...result } = await purgeOldFeedback(openFeedbackStore(), {
      now: new Date(),
      retentionDays: siteConfig.feedbackRetentionDays,
    });
    consoleLogger(result.complete ? 'feedback.purged' : 'feedback.purge-unfinished', {
      ...result,
      kept: result.kept ?? 'not counted',
      unrecognised: unrecognised.length,
      retentionDays: siteConfig.feedbackRetentionDays,
    });
    // Keys are a day and a random id: no personal data.
    if (unrecognised.length > 0)
      consoleLogger('feedback.purge-unrecognised', { keys: unrecognised.slice(0, 20).join(',') });
    return new Response(null, { status: 204 });
  } catch (error) {
    // Logged for the team; the next day's run tries again.
    consoleLogger('feedback.purge-failed', { error: errorKind(error) });
    return new Response(null, { status: 500 });
  }
};

// Netlify reads this object without running the code, so its values must be literals.
export const config = {
  schedule: '@daily',
};
