import { describe, it, expect } from 'vitest';
import {
  cleanText,
  fold,
  formatVnNumber,
  matchesSearch,
  nfc,
  parseVnNumber,
  searchTokens,
} from '../../../functions/domain/text/vietnamese';

describe('nfc', () => {
  it('composes decomposed input', () => {
    // Prepare
    const decomposed = 'Khởi nghiệp'.normalize('NFD');

    // Act
    const result = nfc(decomposed);

    // Assess
    expect(result).toBe('Khởi nghiệp'.normalize('NFC'));
    expect(result.length).toBeLessThan(decomposed.length);
  });
});

describe('cleanText', () => {
  it('is NFC without C0/C1 controls (tab and line feed kept) or zero-width space, word joiner and BOM', () => {
    // Act & Assess
    expect(cleanText('Ho\u0323\u0302i\u200b No\u0302ng da\u0302n')).toBe('Hội Nông dân');
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\u2060h\ufeffi\r')).toBe('abcdefghi');
    expect(cleanText('dòng 1\n\tdòng 2')).toBe('dòng 1\n\tdòng 2');
    expect(cleanText('\u200b\u0000')).toBe('');
    // Joiners that shape emoji and scripts are not on the list.
    expect(cleanText('👩\u200d💻')).toBe('👩\u200d💻');
  });
});

describe('fold', () => {
  it.each([
    ['Khởi nghiệp', 'khoi nghiep'],
    ['Đầu tư', 'dau tu'],
    ['  SỞ   KHOA HỌC\tVÀ CÔNG NGHỆ ', 'so khoa hoc va cong nghe'],
    ['Quý III/2026', 'quy iii/2026'],
    ['Thường xuyên trong năm 2026', 'thuong xuyen trong nam 2026'],
    ['Hội Liên hiệp Phụ nữ', 'hoi lien hiep phu nu'],
    ['đổi mới sáng tạo', 'doi moi sang tao'],
  ])('folds %j to %j', (input, expected) => {
    // Act
    const result = fold(input);

    // Assess
    expect(result).toBe(expected);
  });

  it('gives the same key for composed and decomposed spellings', () => {
    // Prepare
    const composed = 'Tỉnh Đoàn Thanh niên'.normalize('NFC');
    const decomposed = composed.normalize('NFD');

    // Act
    const keys = [fold(composed), fold(decomposed)];

    // Assess
    expect(keys[0]).toBe('tinh doan thanh nien');
    expect(keys[1]).toBe(keys[0]);
  });
});

describe('searchTokens', () => {
  it('returns folded words once each, without punctuation', () => {
    // Prepare
    const text = 'Trung tâm Đổi mới sáng tạo (BNIC) — đổi mới, sáng tạo 2025';

    // Act
    const tokens = searchTokens(text);

    // Assess
    expect(tokens).toEqual(['trung', 'tam', 'doi', 'moi', 'sang', 'tao', 'bnic', '2025']);
  });

  it('returns nothing for blank text', () => {
    // Act
    const tokens = searchTokens('  — ');

    // Assess
    expect(tokens).toEqual([]);
  });
});

describe('matchesSearch', () => {
  const haystack = 'Hội Liên hiệp Phụ nữ tỉnh Cao Bằng';

  it.each([
    ['phu nu', true],
    ['PHỤ NỮ cao', true],
    ['hoi lien', true],
    ['cao b', true],
    ['lien hiep phu', true],
    ['u tinh ca', true],
    ['nong dan', false],
    ['phu nam', false],
    ['', true],
  ])('query %j → %s', (query, expected) => {
    // Act
    const result = matchesSearch(haystack, query);

    // Assess
    expect(result).toBe(expected);
  });
});

describe('parseVnNumber', () => {
  it.each([
    ['1.800', 1800],
    ['1.200.000', 1200000],
    ['100.000.000', 100000000],
    ['0,7', 0.7],
    ['16,5%', 16.5],
    ['16%', 16],
    ['16 %', 16],
    ['02', 2],
    ['0.7', 0.7],
    ['0.750', 0.75],
    ['12.5', 12.5],
    ['1.234,5', 1234.5],
    ['  150 ', 150],
    ['-3', -3],
  ])('reads %j as %d', (input, expected) => {
    // Act
    const result = parseVnNumber(input);

    // Assess
    expect(result).toBe(expected);
  });

  it.each(['', '   ', 'abc', '≥ 150', '1.2.3', '12%%', 'Top 10', '1,2,3', '.5'])(
    'returns null for %j',
    (input) => {
      // Act
      const result = parseVnNumber(input);

      // Assess
      expect(result).toBeNull();
    },
  );
});

describe('formatVnNumber', () => {
  it.each([
    [1800, undefined, '1.800'],
    [0.7, undefined, '0,7'],
    [1200000, undefined, '1.200.000'],
    [16.5, undefined, '16,5'],
    [150, undefined, '150'],
    [0, undefined, '0'],
    [-1234.5, undefined, '-1.234,5'],
    [1234.5678, 2, '1.234,57'],
    [7, 1, '7,0'],
    [0.1 + 0.2, undefined, '0,3'],
  ])('writes %d (%s digits) as %j', (n, digits, expected) => {
    // Act
    const result = formatVnNumber(n, digits);

    // Assess
    expect(result).toBe(expected);
  });

  it('round-trips through parseVnNumber', () => {
    // Prepare
    const values = [1800, 0.7, 16.5, 1200000, 100000000];

    // Act
    const back = values.map((v) => parseVnNumber(formatVnNumber(v)));

    // Assess
    expect(back).toEqual(values);
  });
});
