import { feedbackLimits } from './limits.ts';

/** The two kinds of body the endpoint accepts. */
export type BodyKind = 'form' | 'json';

/** What reading a request's body found. */
export type BodyResult =
  { ok: true; kind: BodyKind; fields: unknown } | { ok: false; status: 400 | 413 | 415; kind: BodyKind | null };

const acceptedCharsets = new Set(['utf-8', 'utf8', 'us-ascii']);

/** Which accepted kind of body the Content-Type header names, or null for anything else. */
export function bodyKind(contentType: string | null): BodyKind | null {
  if (!contentType) return null;
  const [mediaType = '', ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset !== undefined && !acceptedCharsets.has(charset)) return null;
  if (mediaType === 'application/x-www-form-urlencoded') return 'form';
  if (mediaType === 'application/json') return 'json';
  return null;
}

/** Reads at most `limit` bytes of the body; null as soon as there are more, without reading the rest. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A form body as an object of its fields, the first value of each name winning. */
function formFields(text: string): Record<string, string> {
  const fields = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(text)) {
    if (!fields.has(name)) fields.set(name, value);
  }
  // fromEntries defines properties, so even a field called "__proto__" is just a field.
  return Object.fromEntries(fields);
}

/**
 * The body of a feedback request, read safely: 415 unless it is a form or JSON in UTF-8,
 * 413 beyond 16 KB (checked against Content-Length first, then while reading), 400 if the JSON does not parse.
 */
export async function readFeedbackBody(
  request: Request,
  limit: number = feedbackLimits.bodyMaxBytes,
): Promise<BodyResult> {
  const kind = bodyKind(request.headers.get('content-type'));
  if (!kind) return { ok: false, status: 415, kind };
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return { ok: false, status: 413, kind };
  const bytes = await readLimited(request, limit);
  if (!bytes) return { ok: false, status: 413, kind };
  // Invalid UTF-8 becomes U+FFFD rather than an error: the text is checked by the schema next.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  if (kind === 'form') return { ok: true, kind, fields: formFields(text) };
  try {
    return { ok: true, kind, fields: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, kind };
  }
}
