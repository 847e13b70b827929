/** Facts about a request that are safe to log: never the message, the email address or the page. */
export type LogDetails = Record<string, string | number | boolean>;

/** Where the feedback endpoint reports what happened. */
export type FeedbackLogger = (event: string, details?: LogDetails) => void;

/** One JSON line per event on the console, which Netlify's function logs keep. */
export const consoleLogger: FeedbackLogger = (event, details = {}) => {
  console.info(JSON.stringify({ event, ...details }));
};

/** What kind of error something thrown was, without its message (which could quote input). */
export function errorKind(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
