/** Strict RFC 4180 reader: CRLF records, optional trailing CRLF, quoted fields with doubled quotes. */
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let pos = 0;
  if (source === '') return rows;
  for (;;) {
    let field = '';
    if (source[pos] === '"') {
      pos++;
      for (;;) {
        const quote = source.indexOf('"', pos);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += source.slice(pos, quote);
        pos = quote + 1;
        if (source[pos] !== '"') break;
        field += '"';
        pos++;
      }
    } else {
      const match = /^[^",\r\n]*/.exec(source.slice(pos))![0];
      field = match;
      pos += match.length;
      if (source[pos] === '"') throw new Error(`quote inside an unquoted field at ${pos}`);
    }
    row.push(field);
    if (source[pos] === ',') {
      pos++;
      continue;
    }
    if (source.startsWith('\r\n', pos)) {
      pos += 2;
      rows.push(row);
      row = [];
      if (pos === source.length) return rows;
      continue;
    }
    if (pos === source.length) {
      rows.push(row);
      return rows;
    }
    throw new Error(`unexpected ${JSON.stringify(source[pos])} after a field at ${pos}`);
  }
}
