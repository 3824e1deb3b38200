import { toCsv, type CsvCell } from './csv';

/** Hands a text to the browser as a file download. */
export const downloadText = (fileName: string, type: string, text: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/** Hands the rows to the browser as a CSV file. */
export const downloadCsv = (fileName: string, rows: readonly (readonly CsvCell[])[]): void => downloadText(fileName, 'text/csv;charset=utf-8', toCsv(rows));
