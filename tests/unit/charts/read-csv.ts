/** A small RFC 4180 reader, so tests check a download the way a spreadsheet reads it. Rows must end in CRLF. */
export function parseCsv(file: string): string[][] {
  // A byte order mark says the file is UTF-8; spreadsheets read it and do not show it.
  const text = file.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('Expected the CSV to end with a CRLF line break.');
  return rows;
}
