import { toCsv, type CsvCell } from './csv';

/** Hands the rows to the browser as a file download. */
export const downloadCsv = (fileName: string, rows: readonly (readonly CsvCell[])[]): void => {
  const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
