/**
 * Reading an accessibility-tree snapshot (playwright-core's `ariaSnapshot()` YAML) as a listener would:
 * the names and text it holds, and the sentences that come back again and again.
 */

/** Undoes YAML's quoting of a scalar: "double" (JSON-like escapes) or 'single' ('' is one quote). */
function unquote(scalar: string): string {
  const value = scalar.trim();
  if (value.startsWith('"') && value.endsWith('"')) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value.slice(1, -1);
    }
  }
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replaceAll("''", "'");
  return value;
}

/** Splits one snapshot line's key (`role "name" [attrs]`) from its text, undoing the quoting of both. */
function splitLine(line: string): { key: string; value: string } {
  if (line.startsWith("'")) {
    // The key ends at the first single quote not doubled; it is followed by ":" and the text, if any.
    let index = 1;
    for (; index < line.length; index += 1) {
      if (line[index] === "'") {
        if (line[index + 1] === "'") index += 1;
        else break;
      }
    }
    return { key: unquote(line.slice(0, index + 1)), value: unquote(line.slice(index + 2)) };
  }
  // The first ": " outside the double-quoted name ends the key.
  const colon = line.replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => '_'.repeat(quoted.length)).search(/:(\s|$)/);
  if (colon === -1) return { key: line, value: '' };
  return { key: line.slice(0, colon), value: unquote(line.slice(colon + 1)) };
}

/** Every name and text in a snapshot, one string for each, in reading order (link addresses left out). */
export function snapshotTexts(snapshot: string): string[] {
  const texts: string[] = [];
  for (const raw of snapshot.split('\n')) {
    const line = raw.replace(/^\s*-\s+/, '').trim();
    if (line === '' || line.startsWith('/url:') || line.startsWith('/placeholder:')) continue;
    const { key, value } = splitLine(line);
    const name = /^[a-z]+ ("(?:[^"\\]|\\.)*")/.exec(key)?.[1];
    if (name) texts.push(unquote(name));
    else if (!/^[a-z]+(\s\[[^\]]*\])*$/.test(key)) texts.push(key);
    if (value) texts.push(value);
  }
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * The sentences in a text: pieces that end in ".", "!" or "?" (before any closing quote or bracket).
 * Names and titles without a full stop (a page title in a heading, a link and a breadcrumb) are not sentences.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]['"’”)]*)\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[.!?]['"’”)]*$/.test(sentence));
}

/** Sentences of at least `minWords` words heard more than `maxTimes` times, with how often. */
export function repeatedSentences(
  snapshot: string,
  { minWords = 8, maxTimes = 2 }: { minWords?: number; maxTimes?: number } = {},
): Array<{ sentence: string; times: number }> {
  const counts = new Map<string, number>();
  for (const sentence of snapshotTexts(snapshot).flatMap(sentences)) {
    if (sentence.split(' ').length < minWords) continue;
    counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, times]) => times > maxTimes)
    .map(([sentence, times]) => ({ sentence, times }))
    .sort((a, b) => b.times - a.times || a.sentence.localeCompare(b.sentence));
}
