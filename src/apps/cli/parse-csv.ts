/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. Yields rows with their line numbers. */
export function* parseCsv(text: string): Generator<{ line: number; cells: string[] }> {
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.length > 1 || row[0] !== '') yield { line: rowLine, cells: row };
      row = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  row.push(cell);
  if (row.length > 1 || row[0] !== '') yield { line: rowLine, cells: row };
}
