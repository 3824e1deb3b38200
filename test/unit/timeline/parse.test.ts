import { describe, it, expect } from 'vitest';
import type { Recurrence, Timeline } from '../../../functions/domain/plan/model';
import { parseTimeline, quarterOf, quarterSpan, timelineContains } from '../../../functions/domain/timeline/parse';

type Expected = [start: string | null, end: string | null, recurring: Recurrence | null];

function expectTimeline(text: string, [start, end, recurring]: Expected): void {
  // Act
  const result = parseTimeline(text);

  // Assess
  expect(result).toEqual({ text, start, end, recurring });
}

describe('parseTimeline: the forms in Cao Bằng 523/KH-UBND', () => {
  it.each<[string, Expected]>([
    ['Thường xuyên trong năm 2026', ['2026-01-01', '2026-12-31', 'CONTINUOUS']],
    ['Trong năm 2026', ['2026-01-01', '2026-12-31', null]],
    ['Trong năm 2026.', ['2026-01-01', '2026-12-31', null]],
    ['Trong năm 2026 (Dự án kéo dài thực hiện từ 2025 - 2027)', ['2026-01-01', '2026-12-31', null]],
    ['Bắt đầu từ quý III/2026', ['2026-07-01', null, null]],
    ['Quý III/2026', ['2026-07-01', '2026-09-30', null]],
    ['Từ tháng 01 - 03, năm 2027', ['2027-01-01', '2027-03-31', null]],
    ['Quý I, năm 2027', ['2027-01-01', '2027-03-31', null]],
    ['Năm 2027', ['2027-01-01', '2027-12-31', null]],
    ['02/03/2026', ['2026-03-02', '2026-03-02', null]],
  ])('%j', (text, expected) => expectTimeline(text, expected));
});

describe('parseTimeline: the forms in Bắc Ninh 151/KH-UBND', () => {
  it.each<[string, Expected]>([
    ['đến năm 2030', [null, '2030-12-31', null]],
    ['đến năm 2030, định hướng đến năm 2045', [null, '2030-12-31', null]],
    ['Thời gian thực hiện: đến năm 2030, định hướng đến năm 2045.', [null, '2030-12-31', null]],
    ['Đến hết năm 2025', [null, '2025-12-31', null]],
    ['hằng năm', [null, null, 'ANNUAL']],
    ['hàng năm', [null, null, 'ANNUAL']],
    ['Hằng năm, giai đoạn 2025 - 2030', ['2025-01-01', '2030-12-31', 'ANNUAL']],
    ['Giai đoạn 2025 - 2030', ['2025-01-01', '2030-12-31', null]],
    ['2025-2030', ['2025-01-01', '2030-12-31', null]],
    ['giai đoạn 2025–2030', ['2025-01-01', '2030-12-31', null]],
    ['Từ năm 2025 đến năm 2030', ['2025-01-01', '2030-12-31', null]],
    ['02/12/2025', ['2025-12-02', '2025-12-02', null]],
  ])('%j', (text, expected) => expectTimeline(text, expected));
});

describe('parseTimeline: other forms agencies write', () => {
  it.each<[string, Expected]>([
    ['Tháng 6/2026', ['2026-06-01', '2026-06-30', null]],
    ['tháng 2 năm 2028', ['2028-02-01', '2028-02-29', null]],
    ['6 tháng đầu năm 2026', ['2026-01-01', '2026-06-30', null]],
    ['6 tháng cuối năm 2026', ['2026-07-01', '2026-12-31', null]],
    ['Nửa đầu năm 2027', ['2027-01-01', '2027-06-30', null]],
    ['Quý IV năm 2026', ['2026-10-01', '2026-12-31', null]],
    ['quý 2/2026', ['2026-04-01', '2026-06-30', null]],
    ['Từ quý III/2026 đến quý I/2027', ['2026-07-01', '2027-03-31', null]],
    ['Quý III - Quý IV/2026', ['2026-07-01', '2026-12-31', null]],
    ['Quý III – IV/2026', ['2026-07-01', '2026-12-31', null]],
    ['quý 1 - quý 2 năm 2027', ['2027-01-01', '2027-06-30', null]],
    ['Quý IV - Quý I/2027', [null, null, null]],
    ['Quý I và quý II/2027', ['2027-01-01', '2027-06-30', null]],
    ['quý I, quý II năm 2027', ['2027-01-01', '2027-06-30', null]],
    ['Quý I, năm 2027', ['2027-01-01', '2027-03-31', null]],
    ['Tháng 3 - tháng 5/2026', ['2026-03-01', '2026-05-31', null]],
    ['Từ tháng 6/2026 đến tháng 12/2026', ['2026-06-01', '2026-12-31', null]],
    ['01/06/2026 - 30/06/2026', ['2026-06-01', '2026-06-30', null]],
    ['trước ngày 15/10/2026', [null, '2026-10-14', null]],
    ['Chậm nhất ngày 15/10/2026', [null, '2026-10-15', null]],
    ['Từ ngày 01/7/2026', ['2026-07-01', null, null]],
    ['Sau ngày 30/6/2026', ['2026-07-01', null, null]],
    ['ngày 02 tháng 3 năm 2026', ['2026-03-02', '2026-03-02', null]],
    ['Hằng quý', [null, null, 'QUARTERLY']],
    ['Mỗi năm một lần', [null, null, 'ANNUAL']],
    ['Đổi mới năm 2026', ['2026-01-01', '2026-12-31', null]],
    ['Báo cáo hằng tháng trong năm 2026', ['2026-01-01', '2026-12-31', 'MONTHLY']],
    ['Thường xuyên', [null, null, 'CONTINUOUS']],
    ['THƯỜNG XUYÊN TRONG NĂM 2026', ['2026-01-01', '2026-12-31', 'CONTINUOUS']],
    ['Thuong xuyen trong nam 2026', ['2026-01-01', '2026-12-31', 'CONTINUOUS']],
  ])('%j', (text, expected) => expectTimeline(text, expected));

  it('reads decomposed (NFD) text as composed', () => {
    // Prepare
    const text = 'Quý III/2026'.normalize('NFD');

    // Act
    const result = parseTimeline(text);

    // Assess
    expect(result.start).toBe('2026-07-01');
    expect(result.text).toBe(text);
  });
});

describe('parseTimeline: what it cannot read', () => {
  it.each<[string, Expected]>([
    ['Theo tiến độ dự án', [null, null, null]],
    ['Tháng 13/2026', [null, null, null]],
    ['31/02/2026', [null, null, null]],
    ['Đổi mới năm nay', [null, null, null]],
    ['', [null, null, null]],
  ])('%j keeps the text with no dates', (text, expected) => expectTimeline(text, expected));

  it('treats a missing timeline as empty text', () => {
    // Act
    const result = parseTimeline(null);

    // Assess
    expect(result).toEqual({ text: '', start: null, end: null, recurring: null });
  });
});

describe('timelineContains', () => {
  const year2026: Timeline = { text: 'Trong năm 2026', start: '2026-01-01', end: '2026-12-31', recurring: null };
  const from: Timeline = { text: 'Bắt đầu từ quý III/2026', start: '2026-07-01', end: null, recurring: null };
  const until: Timeline = { text: 'đến năm 2030', start: null, end: '2030-12-31', recurring: null };
  const unknown: Timeline = { text: 'hằng năm', start: null, end: null, recurring: 'ANNUAL' };

  it.each<[Timeline, string, boolean]>([
    [year2026, '2026-01-01', true],
    [year2026, '2026-12-31', true],
    [year2026, '2025-12-31', false],
    [year2026, '2027-01-01', false],
    [from, '2026-06-30', false],
    [from, '2040-01-01', true],
    [until, '2020-01-01', true],
    [until, '2031-01-01', false],
    [unknown, '2026-06-01', false],
  ])('%o contains %s: %s', (timeline, date, expected) => {
    // Act
    const result = timelineContains(timeline, date);

    // Assess
    expect(result).toBe(expected);
  });
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-07-01', 3],
    ['2026-09-30', 3],
    ['2026-12-31', 4],
  ])('%s is in quarter %d', (date, expected) => {
    // Act
    const result = quarterOf(date);

    // Assess
    expect(result).toBe(expected);
  });

  it('agrees with quarterSpan', () => {
    // Prepare
    const span = quarterSpan(2026, 3);

    // Act
    const quarters = [quarterOf(span.start), quarterOf(span.end)];

    // Assess
    expect(span).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarters).toEqual([3, 3]);
  });
});
