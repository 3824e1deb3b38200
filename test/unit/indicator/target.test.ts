import { describe, it, expect } from 'vitest';
import {
  inferAccumulation,
  inferMeasure,
  parseTargetCell,
  type Comparator,
  type Measure,
  type TargetCellOptions,
} from '../../../functions/domain/indicator/target';

type Reading = [comparator: Comparator, value: number | null, valueMax: number | null, scope: string | null];

describe('parseTargetCell: one target per cell', () => {
  it.each<[string, Omit<TargetCellOptions, 'year'>, Reading]>([
    ['≥ 150', {}, ['AT_LEAST', 150, null, null]],
    ['>= 30', {}, ['AT_LEAST', 30, null, null]],
    ['≥ 1.800', {}, ['AT_LEAST', 1800, null, null]],
    ['≥ 40%', { measure: 'PERCENT' }, ['AT_LEAST', 40, null, null]],
    ['trên 0.7', {}, ['AT_LEAST', 0.7, null, null]],
    ['từ 45%', {}, ['AT_LEAST', 45, null, null]],
    ['Có từ 150', {}, ['QUALITATIVE', null, null, null]],
    ['≤ 3', {}, ['AT_MOST', 3, null, null]],
    ['<= 3', {}, ['AT_MOST', 3, null, null]],
    ['dưới 5', {}, ['AT_MOST', 5, null, null]],
    ['90', {}, ['EXACTLY', 90, null, null]],
    ['8%', { measure: 'PERCENT' }, ['EXACTLY', 8, null, null]],
    ['50 - 60', {}, ['RANGE', 50, 60, null]],
    ['50-70', {}, ['RANGE', 50, 70, null]],
    ['Top 10', { measure: 'RANK' }, ['RANK_TOP', 10, null, null]],
    ['Top 6', {}, ['RANK_TOP', 6, null, null]],
    ['16%', { measure: 'GROWTH_RATE' }, ['GROWTH_RATE', 16, null, null]],
    ['16,5%', { measure: 'GROWTH_RATE' }, ['GROWTH_RATE', 16.5, null, null]],
    ['Tăng dần theo mỗi năm', { measure: 'INDEX' }, ['INCREASING', null, null, null]],
    ['Hình thành', { measure: 'MILESTONE' }, ['DONE_BY', null, null, null]],
    ['Thành lập Quỹ', { measure: 'MILESTONE' }, ['DONE_BY', null, null, null]],
    ['Hoàn thành', { measure: 'MILESTONE' }, ['DONE_BY', null, null, null]],
    ['Hình thành', { measure: 'COUNT' }, ['QUALITATIVE', null, null, null]],
    ['Đạt mức trên trung bình của thế giới', {}, ['QUALITATIVE', null, null, null]],
  ])('%j %o', (text, extra, [comparator, value, valueMax, scope]) => {
    // Act
    const targets = parseTargetCell(text, { ...extra, year: 2030 });

    // Assess
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ year: 2030, text, comparator, value, valueMax, scope });
  });

  it('reads a bare number with the direction the plan text gives, and says so', () => {
    // Prepare
    const cell = '0,7';

    // Act
    const [target] = parseTargetCell(cell, { direction: 'AT_LEAST', measure: 'INDEX', year: 2030 });

    // Assess
    expect(target).toMatchObject({ comparator: 'AT_LEAST', value: 0.7, text: '0,7' });
    expect(target?.note).toContain('AT_LEAST');
  });

  it('keeps a bare number EXACTLY with no note when no direction is given', () => {
    // Act
    const [target] = parseTargetCell('0,7', { year: 2030 });

    // Assess
    expect(target).toMatchObject({ comparator: 'EXACTLY', value: 0.7, note: null });
  });

  it('has no targets in an empty cell', () => {
    // Act
    const targets = parseTargetCell('  ', { year: 2025 });

    // Assess
    expect(targets).toEqual([]);
  });
});

describe('parseTargetCell: several targets in one cell', () => {
  it('splits on ";" and reads each scope', () => {
    // Prepare
    const cell = '≤ 3 Đông Nam Á; ≤ 50 Thế giới';

    // Act
    const targets = parseTargetCell(cell, { measure: 'RANK', year: 2030 });

    // Assess
    expect(targets).toEqual([
      { year: 2030, text: cell, comparator: 'AT_MOST', value: 3, valueMax: null, scope: 'Đông Nam Á', note: null },
      { year: 2030, text: cell, comparator: 'AT_MOST', value: 50, valueMax: null, scope: 'Thế giới', note: null },
    ]);
  });

  it('reads scopes after Top and after ranges', () => {
    // Act
    const targets = parseTargetCell('Top 10 cả nước;\n50 - 70 (khu vực nông thôn)', { year: 2045 });

    // Assess
    expect(targets.map((t) => [t.comparator, t.value, t.valueMax, t.scope])).toEqual([
      ['RANK_TOP', 10, null, 'cả nước'],
      ['RANGE', 50, 70, 'khu vực nông thôn'],
    ]);
  });
});

describe('inferMeasure: the 15 rows of Bắc Ninh 151/KH-UBND', () => {
  it.each<[string, string | null, string[], Measure]>([
    ['Xếp hạng PII các địa phương trong cả nước', 'Thứ bậc', ['Top 10', 'Top 6'], 'RANK'],
    ['Số doanh nghiệp khởi nghiệp sáng tạo', 'Doanh nghiệp', ['≥ 50', '≥ 150'], 'COUNT'],
    ['Số vườn ươm/trung tâm đổi mới sáng tạo', 'Vườn ươm/ trung tâm', ['≥ 3'], 'COUNT'],
    ['Số dự án khởi nghiệp sáng tạo', 'Dự án', ['', '50 - 60', '50 - 70'], 'COUNT'],
    ['Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo', '%', ['≥ 40%'], 'PERCENT'],
    ['Tỷ lệ doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh', '%', ['≥ 15%'], 'PERCENT'],
    ['Số sản phẩm đổi mới sáng tạo được thương mại hóa mỗi năm', 'Sản phẩm', ['≥ 20'], 'COUNT'],
    ['Số dự án đổi mới sáng tạo được hỗ trợ từ ngân sách tỉnh mỗi năm', 'Dự án', ['≥ 10'], 'COUNT'],
    ['Số sáng chế, giải pháp hữu ích có địa chỉ tại tỉnh mỗi năm', 'Sáng chế, giải pháp', ['≥ 5'], 'COUNT'],
    ['Số bài báo khoa học ứng dụng liên quan đổi mới sáng tạo', 'Bài báo', ['≥ 1.800'], 'COUNT'],
    ['Tỷ lệ doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường', 'Doanh nghiệp', ['≥ 10%'], 'PERCENT'],
    ['Số sáng kiến trong khu vực công được công nhận mỗi năm', 'Sáng kiến', ['≥ 30'], 'COUNT'],
    ['Chỉ số phát triển con người (HDI)', null, ['', '0,7', 'Tăng dần theo mỗi năm'], 'INDEX'],
    [
      'Số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình mỗi năm (%/năm)',
      '%',
      ['16%', '16,5%'],
      'GROWTH_RATE',
    ],
    ['Tỉ lệ đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế khai thác thương mại', '%', ['8%', '8,5%'], 'PERCENT'],
  ])('%j (%s)', (name, unit, cells, expected) => {
    // Act
    const measure = inferMeasure(name, unit, cells);

    // Assess
    expect(measure).toBe(expected);
  });
});

describe('inferMeasure: rows outside the annex', () => {
  it.each<[string, string | null, string[], Measure]>([
    ['Trung tâm Đổi mới sáng tạo tỉnh (BNIC)', null, ['Hình thành'], 'MILESTONE'],
    ['Quỹ đầu tư mạo hiểm', null, ['Thành lập'], 'MILESTONE'],
    ['Mức độ phát triển hệ sinh thái', null, ['Đạt mức trên trung bình của thế giới'], 'QUALITATIVE'],
    ['Vốn đầu tư mạo hiểm huy động', 'triệu đồng', ['≥ 1.200.000'], 'AMOUNT'],
    ['Chỉ số đổi mới sáng tạo cấp địa phương (PII)', 'Điểm', ['≥ 50'], 'INDEX'],
  ])('%j (%s)', (name, unit, cells, expected) => {
    // Act
    const measure = inferMeasure(name, unit, cells);

    // Assess
    expect(measure).toBe(expected);
  });
});

describe('inferAccumulation', () => {
  it.each([
    ['Số doanh nghiệp khởi nghiệp sáng tạo', 'STOCK'],
    ['Số sản phẩm đổi mới sáng tạo được thương mại hóa mỗi năm', 'FLOW'],
    ['Số sáng kiến được công nhận hằng năm', 'FLOW'],
    ['Số sáng kiến được công nhận hàng năm', 'FLOW'],
    ['Số bài báo khoa học ứng dụng liên quan đổi mới sáng tạo', 'STOCK'],
    ['Đổi mới năm nay', 'STOCK'],
  ])('%j is %s', (name, expected) => {
    // Act
    const accumulation = inferAccumulation(name);

    // Assess
    expect(accumulation).toBe(expected);
  });
});

describe('inferMeasure: growth rates written other ways', () => {
  it('reads "%/năm" cells and "Tốc độ tăng"/"Tăng trưởng" names in % as GROWTH_RATE', () => {
    // Act & Assess
    expect(inferMeasure('Doanh thu từ sản phẩm khởi nghiệp', '%', ['12%/năm', '15%/năm'])).toBe('GROWTH_RATE');
    expect(inferMeasure('Tốc độ tăng số doanh nghiệp', '%', ['10%'])).toBe('GROWTH_RATE');
    expect(inferMeasure('Tăng trưởng xuất khẩu', null, ['8%'])).toBe('GROWTH_RATE');
    expect(inferMeasure('Tỷ lệ doanh nghiệp đổi mới', '%', ['≥ 40%'])).toBe('PERCENT');
  });
});
