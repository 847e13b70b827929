// UUID version 7 (RFC 9562 section 5.7): 48 bits of Unix time in milliseconds, then random bits.
// Time-ordered, so keys made from it sort in the order people sent them, and 74 random bits make
// a clash between two submissions in the same millisecond practically impossible.
const uuidV7Pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Whether `value` is a UUIDv7 in lower case, the only form of submission id the endpoint accepts. */
export function isSubmissionId(value: unknown): value is string {
  return typeof value === 'string' && uuidV7Pattern.test(value);
}

/**
 * A new id for one submission, made where the person presses Send (the browser, or the server
 * for a form posted without JavaScript). A resend of the same submission carries the same id,
 * so it is stored once. Never put one in a page: everyone who loaded it would share it.
 */
export function newSubmissionId(now: number = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let time = now;
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
