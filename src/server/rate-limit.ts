/** Netlify's code-based rate limit, as a function's `config.rateLimit` gives it. */
export interface RateLimitRule {
  /** Requests allowed in one window. */
  windowLimit: number;
  /** The window, in seconds. */
  windowSize: number;
}

/** Whether a client may go ahead and, if not, how many seconds until it may. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts each client's requests over the last `windowSize` seconds and refuses the one past
 * `windowLimit`, as Netlify does for a function with `config.rateLimit` (it answers 429). `npm start`
 * applies it because Netlify's local emulator does not.
 */
export function rateLimiter(
  rule: RateLimitRule,
  clock: () => number = Date.now,
): (client: string) => RateLimitDecision {
  const windowMs = rule.windowSize * 1000;
  const seen = new Map<string, number[]>();
  return (client) => {
    const now = clock();
    const recent = (seen.get(client) ?? []).filter((time) => now - time < windowMs);
    if (recent.length >= rule.windowLimit) {
      seen.set(client, recent);
      const oldest = recent[0] ?? now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
    }
    recent.push(now);
    seen.set(client, recent);
    // Forget clients that have gone quiet, so a long run does not grow without end.
    if (seen.size > 10_000)
      for (const [key, times] of seen) if (times.every((time) => now - time >= windowMs)) seen.delete(key);
    return { allowed: true };
  };
}

/** A function's `config.rateLimit`, if it has a usable one. */
export function rateLimitOf(config: unknown): RateLimitRule | null {
  const rule = (config as { rateLimit?: { windowLimit?: unknown; windowSize?: unknown } } | undefined)?.rateLimit;
  const { windowLimit, windowSize } = rule ?? {};
  return typeof windowLimit === 'number' && typeof windowSize === 'number' ? { windowLimit, windowSize } : null;
}
