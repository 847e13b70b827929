/**
 * The one CSV writer: the measures' downloads and the feedback export. CSV that Excel and
 * LibreOffice open correctly and safely: a byte order mark so they read UTF-8 (notes hold
 * "–" and "’"), CRLF line ends and every cell quoted with its quotes doubled (RFC 4180).
 */

// A cell starting with one of these is a formula to Excel and LibreOffice; a leading apostrophe makes it text
// (OWASP "CSV Injection"). Percentages and counts of plans are not negative; one that were would become text.
const formulaStart = /^[=+\-@\t\r]/;

/** One cell: text, never a formula, quoted with its quotes doubled. An absent value is an empty cell. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Rows of cells as a CSV file, the first row being the column headings. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `\uFEFF${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
