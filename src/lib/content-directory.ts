/**
 * The folder content is read from. Tests and the benchmark point it elsewhere
 * with SEND_CONTENT_DIR, so bad fixtures can be built without touching content/.
 */
export function contentDirectory(env: Record<string, string | undefined> = process.env): string {
  return (env.SEND_CONTENT_DIR ?? './content').replace(/\/+$/, '');
}
