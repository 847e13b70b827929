import { shellLoader } from '../lib/feedback/shell.ts';
import { handleThankYou } from '../lib/feedback/thank-you.ts';

const loadShell = shellLoader();

/** GET /feedback/thank-you/?page=…: thanks, and a link back to where they were, without needing JavaScript. */
export default async (request: Request): Promise<Response> => handleThankYou(request, loadShell);

// Netlify reads this object without running the code, so its values must be literals.
export const config = {
  path: '/feedback/thank-you/',
};
