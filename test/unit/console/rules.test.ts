import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../../../web/src/pages/chart';
import { defaultPeriod, startedRounds } from '../../../web/src/pages/rounds';
import { fold, formatDate, formatDateTime, formatNumber, formatPeriod, parseDate, parseNumber } from '../../../web/src/i18n/format';
import { parseCsv, toCsv } from '../../../web/src/components/csv';
import { readSheet, SHEET_HEADER, templateRows } from '../../../web/src/pages/actuals-sheet';
import { statusSegments } from '../../../web/src/pages/status-bars';

/** The console's pure rules: Vietnamese formats, the round a screen opens on, the chart's geometry. */
describe('console formats', () => {
  it('writes numbers, dates and periods the Vietnamese way', () => {
    expect([formatNumber(1800), formatNumber(0.7), formatNumber(null)]).toEqual(['1.800', '0,7', '—']);
    expect(formatDate('2026-12-31')).toBe('31/12/2026');
    expect(formatDateTime('2026-10-09T17:30:00Z')).toBe('10/10/2026 00:30');
    expect(['2026-Q3', '2026-H1', '2026-09', '2026'].map((p) => formatPeriod(p))).toEqual(['Quý III/2026', '6 tháng đầu năm 2026', 'Tháng 9/2026', 'Năm 2026']);
    expect(formatPeriod('2026-Q3', 'en')).toBe('Q3 2026');
  });

  it('folds diacritics and đ for matching', () => {
    expect(fold('Đổi mới sáng tạo')).toBe('doi moi sang tao');
  });
});

describe('the round a screen opens on', () => {
  const rounds = ['Q1', 'Q2', 'Q3', 'Q4'].map((q, i) => ({
    period: `2026-${q}`,
    start: `2026-${String(i * 3 + 1).padStart(2, '0')}-01`,
    end: ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31'][i]!,
    dueOn: ['2026-04-10', '2026-07-10', '2026-10-10', '2027-01-10'][i]!,
  }));

  it('is the latest round that has ended; the picker offers only started rounds, newest first', () => {
    expect(defaultPeriod(rounds, '2026-12-04')).toBe('2026-Q3');
    expect(defaultPeriod(rounds, '2026-01-15')).toBe('2026-Q1');
    expect(startedRounds(rounds, '2026-12-04').map((r) => r.period)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1']);
    expect(startedRounds(rounds, '2025-12-31')).toEqual([]);
  });
});

describe('indicator chart geometry', () => {
  it('puts both series on one year axis scaled to the largest value', () => {
    const g = chartGeometry([{ year: 2025, value: 10 }, { year: 2030, value: 50 }], [{ year: 2026, value: 20 }], 236, 136, 18)!;
    expect(g.years).toEqual([2025, 2026, 2030]);
    expect(g.max).toBe(50);
    expect(g.trajectory).toBe('M18.0,98.0 L218.0,18.0');
    expect(g.actual).toBe('M58.0,78.0');
    expect(chartGeometry([], [], 100, 100)).toBeNull();
  });
});

describe('numbers typed the Vietnamese way', () => {
  it('reads dots as thousands and the comma as the decimal mark, and refuses words', () => {
    expect(['1.800', '0,7', '1.250.000', '1 800', '12,5', '0.7', '-3', '42'].map(parseNumber)).toEqual([1800, 0.7, 1250000, 1800, 12.5, 0.7, -3, 42]);
    expect(['', '  ', 'ba dự án', '1,2,3', '1.2.3', '1e9'].map(parseNumber)).toEqual([null, null, null, null, null, null]);
  });
});

describe('CSV export', () => {
  it('quotes what needs quoting, keeps Vietnamese for Excel with a BOM, and defuses formulas', () => {
    const csv = toCsv([['Cơ quan', 'Số'], ['Sở "KH&CN", Bắc Ninh', 3], ['=HYPERLINK("x")', null]]);
    expect(csv).toBe('\ufeffCơ quan,Số\r\n"Sở ""KH&CN"", Bắc Ninh",3\r\n"\'=HYPERLINK(""x"")",\r\n');
  });
  it('writes every text in NFC', () => {
    expect(toCsv([['Bă\u0301c']])).toBe('\ufeffBắc\r\n');
  });
});

describe('national status bars', () => {
  it('orders statuses the same way in every bar and splits the width by count', () => {
    const segments = statusSegments([{ status: 'NO_DATA', count: 2 }, { status: 'MET', count: 1 }, { status: 'OFF_TRACK', count: 1 }], 400);
    expect(segments.map((s) => [s.status, s.x, s.width])).toEqual([['MET', 0, 100], ['OFF_TRACK', 100, 100], ['NO_DATA', 200, 200]]);
    expect(statusSegments([], 400)).toEqual([]);
  });
});

describe('reading an uploaded sheet', () => {
  it('reads quotes, CRLF, a BOM and the semicolons of Excel set to Vietnamese', () => {
    expect(parseCsv('\ufeffMã chỉ tiêu;Giá trị\r\n4;"1.200"\r\n"5";"0,7"\r\n\r\n')).toEqual([['Mã chỉ tiêu', 'Giá trị'], ['4', '1.200'], ['5', '0,7']]);
    expect(parseCsv('a,b\n"x, ""y""",2\n')).toEqual([['a', 'b'], ['x, "y"', '2']]);
  });

  it('gives each bad row its errors and keeps the good ones', () => {
    const indicators = [
      { id: 'I4', code: '4', name: 'Dự án', state: 'MISSING' },
      { id: 'I5', code: '5', name: 'Tỷ lệ', state: 'MISSING' },
      { id: 'I6', code: '6', name: 'Đã nộp', state: 'SUBMITTED' },
    ];
    const rows = [['Mã chỉ tiêu', 'Kỳ báo cáo', 'Giá trị', 'Ghi chú'], ['4', '2026-Q2', '1.200', 'ok'], ['5', '2026-Q2', 'mười', ''], ['6', '2026-Q2', '3', ''], ['9', '2026-Q3', '', ''], ['4', '2026-Q2', '2', '']];
    const { lines, missingColumns } = readSheet(rows, '2026-Q2', indicators);
    expect(missingColumns).toEqual([]);
    expect(lines.map((l) => [l.line, l.indicatorId, l.value, l.errors.map((e) => e.key)])).toEqual([
      [2, 'I4', 1200, []],
      [3, 'I5', null, ['notANumber']],
      [4, 'I6', 3, ['sheetAlreadyEntered']],
      [5, null, null, ['sheetUnknownCode', 'sheetWrongPeriod', 'sheetNoValue']],
      [6, 'I4', 2, ['sheetDuplicateCode']],
    ]);
    expect(readSheet([['Tên chỉ tiêu']], '2026-Q2', indicators).missingColumns).toEqual(['Mã chỉ tiêu', 'Giá trị']);
    expect(templateRows('2026-Q2', indicators.slice(0, 1))).toEqual([[...SHEET_HEADER], ['4', 'Dự án', '', '2026-Q2', null, null, null]]);
  });
});

describe('days typed the Vietnamese way', () => {
  it('reads dd/mm/yyyy and refuses days that do not exist', () => {
    expect(['31/12/2026', '5/1/2027', '29.02.2028'].map(parseDate)).toEqual(['2026-12-31', '2027-01-05', '2028-02-29']);
    expect(['2026-12-31', '31/02/2026', '12/31/2026', ''].map(parseDate)).toEqual([null, null, null, null]);
  });
});
