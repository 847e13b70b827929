import { handleFeedback } from '../lib/feedback/handler.ts';
import { shellLoader } from '../lib/feedback/shell.ts';
import { blobsWriter } from '../lib/feedback/store.ts';

const loadShell = shellLoader();

// Opened per write, inside the handler's error handling: a missing Blobs environment is a store
// outage (503), not a crash; so is any answer but a confirmed write (see blobsWriter).
const store = blobsWriter();

/** POST /api/feedback: both feedback forms, with or without JavaScript (see src/lib/feedback/handler.ts). */
export default async (request: Request): Promise<Response> => handleFeedback(request, { store, loadShell });

// Netlify reads this object without running the code, so its values must be literals.
export const config = {
  path: '/api/feedback',
  // Per visitor (IP address) on this site: 20 submissions a minute is far more than a person
  // sends and few enough to blunt a flood. Netlify answers 429 past it
  // (https://docs.netlify.com/security/secure-access-to-sites/rate-limiting/). The one setting:
  // `npm start` reads it from here and applies it too (src/server/rate-limit.ts).
  rateLimit: {
    windowLimit: 20,
    windowSize: 60,
    aggregateBy: ['ip', 'domain'],
  },
};
