/**
 * Our scripts find what they work on by `data-app-*` attributes (STYLE.md 9: `app-` for our own
 * names). So a script is needed on a page when the page has one of the attributes it looks for,
 * and a page that loads a script without any of them downloads and runs it for nothing.
 */

/** The `data-app-*` attribute names a script's code mentions, such as "data-app-feedback-form". */
export function scriptMarkers(code: string): string[] {
  return [...new Set(code.match(/data-app-[a-z0-9-]*[a-z0-9]/g) ?? [])].sort();
}

/** Whether an HTML page has at least one of the attributes, or the script names none (a helper such as a shared chunk). */
export function isNeededOn(html: string, markers: readonly string[]): boolean {
  return markers.length === 0 || markers.some((marker) => new RegExp(`\\s${marker}(?=[\\s=>/])`).test(html));
}
