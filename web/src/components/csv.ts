/**
 * CSV export of a list view. RFC 4180 quoting; a UTF-8 byte-order mark so Excel (what
 * officials open it with) reads Vietnamese letters instead of mojibake; cells that a
 * spreadsheet would run as a formula (=, +, -, @ first) are prefixed with a quote.
 */
export type CsvCell = string | number | null | undefined;

const cell = (value: CsvCell): string => {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? String(value) : value.normalize('NFC');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const toCsv = (rows: readonly (readonly CsvCell[])[]): string => `\ufeff${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;

/**
 * Reads a CSV file back: RFC 4180 quotes, CRLF or LF, a leading BOM, and either `,` or `;`
 * as the separator (Excel set to Vietnamese saves with `;`, since the comma is the decimal
 * mark), chosen by which occurs more in the header line outside quotes.
 */
export const parseCsv = (text: string): string[][] => {
  const src = text.replace(/^\ufeff/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const sep = (outside.match(/;/g)?.length ?? 0) > (outside.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cellText = '';
  let quoted = false;
  for (let i = 0; i < src.length; i += 1) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { cellText += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else cellText += c;
    } else if (c === '"' && cellText === '') quoted = true;
    else if (c === sep) { row.push(cellText); cellText = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i += 1;
      row.push(cellText);
      rows.push(row);
      row = [];
      cellText = '';
    } else cellText += c;
  }
  if (cellText !== '' || row.length > 0) { row.push(cellText); rows.push(row); }
  return rows.filter((r) => r.some((c) => c.trim() !== '')).map((r) => r.map((c) => c.normalize('NFC')));
};
