import { consoleLogger, errorKind } from '../lib/feedback/log.ts';
import { purgeOldFeedback } from '../lib/feedback/purge.ts';
import { openFeedbackStore } from '../lib/feedback/store.ts';
import { siteConfig } from '../site.config.ts';

/** Every day, deletes feedback older than the retention period the privacy notice states. */
export default async (): Promise<Response> => {
  try {
    const result = await purgeOldFeedback(openFeedbackStore(), {
      now: new Date(),
      retentionDays: siteConfig.feedbackRetentionDays,
    });
    consoleLogger('feedback.purged', { ...result, retentionDays: siteConfig.feedbackRetentionDays });
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
