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
