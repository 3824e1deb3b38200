import { describe, expect, it } from 'vitest';
import { matchAgencies, readRoleLine, splitAgencies } from '../../../functions/domain/import/agencies';
import { dropRepeatedRuns } from '../../../functions/domain/import/dedupe';
import { readFunding } from '../../../functions/domain/import/funding';
import { readHeader } from '../../../functions/domain/import/header';
import { readIndicatorTable } from '../../../functions/domain/import/indicators';
import { collectLegalBases } from '../../../functions/domain/import/legal-bases';
import { looksBinary, toBlocks, type TableBlock } from '../../../functions/domain/import/lines';
import { toSections, toUnits } from '../../../functions/domain/import/outline';
import { provinceByName } from '../../../functions/domain/import/provinces';
import { findDocNumbers } from '../../../functions/domain/import/refs';
import { readTaskTable } from '../../../functions/domain/import/task-table';
import { readOutputs, readTasks } from '../../../functions/domain/import/tasks';

describe('document numbers', () => {
  it('reads the numbers as the plans write them, spaces removed', () => {
    // Prepare
    const text = 'Số: 523 /KH-UBND; 93/2025/QH15, 268/2025/NĐ-CP, 57- NQ/TW, 844/QĐ-TTg, 03/NQ-CP, 2952/QĐ-UBND';
    // Act
    const numbers = findDocNumbers(text).map((n) => n.number);
    // Assess
    expect(numbers).toEqual(['523/KH-UBND', '93/2025/QH15', '268/2025/NĐ-CP', '57-NQ/TW', '844/QĐ-TTg', '03/NQ-CP', '2952/QĐ-UBND']);
  });
});

describe('blocks', () => {
  it('reads a scraped cell stream with empty cells as a table of fixed width', () => {
    // Prepare
    const text = ['|', 'Stt |', 'Chỉ tiêu |', 'Đơn vị tính |', 'Năm 2030 |', '|', '1 |', 'Số dự án |', '|', '≥ 5 |', '|', '2 |', 'Số', 'doanh nghiệp |', 'DN |', '|'].join('\n');
    // Act
    const blocks = toBlocks(text);
    // Assess
    const table = blocks.find((b) => b.kind === 'table') as TableBlock;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Stt', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2030'],
      ['1', 'Số dự án', '', '≥ 5'],
      ['2', 'Số doanh nghiệp', 'DN', ''],
    ]);
  });

  it('reads Markdown rows, drops separators and emphasis', () => {
    // Prepare
    const text = '| TT | Nhiệm vụ |\n|---|---|\n| **I** | **Nhóm** |\n| 1 | Việc *một* |';
    // Act
    const table = toBlocks(text)[0] as TableBlock;
    // Assess
    expect(table.rows.map((r) => r.cells)).toEqual([['TT', 'Nhiệm vụ'], ['I', 'Nhóm'], ['1', 'Việc một']]);
    expect(table.rows[1]?.bold).toBe(true);
  });

  it('tells a PDF from text', () => {
    // Prepare
    const pdf = '%PDF-1.7\n%âãÏÓ\n1 0 obj';
    // Act
    const result = [looksBinary(pdf), looksBinary('Kế hoạch số 1/KH-UBND')];
    // Assess
    expect(result).toEqual([true, false]);
  });
});

describe('repeated header block', () => {
  it('keeps one copy of a repeated run', () => {
    // Prepare
    const run = ['Số: 1/KH-UBND', 'Căn cứ Nghị định số 268/2025/NĐ-CP ngày 14/10/2025 của Chính phủ quy định chi tiết một số điều của Luật.', '1. Mục đích', '- Tạo lập môi trường thuận lợi để thúc đẩy, hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh.'];
    const blocks = toBlocks([...run, ...run, '- Có từ 300 bài báo.'].join('\n'));
    // Act
    const { blocks: kept, dropped } = dropRepeatedRuns(blocks);
    // Assess
    expect(dropped).toBe(4);
    expect(kept.filter((b) => b.kind === 'line')).toHaveLength(5);
  });
});

describe('header', () => {
  it('reads number, place, date, kind, title and issuer from a header block', () => {
    // Prepare
    const blocks = toBlocks('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nHỗ trợ khởi nghiệp năm 2026\nCăn cứ Luật số 1/2025/QH15;');
    // Act
    const h = readHeader(blocks);
    // Assess
    expect([h.number, h.place, h.issuedOn, h.kind, h.title, h.issuer, h.jurisdiction]).toEqual([
      '12/KH-UBND', 'Lào Cai', '2026-03-05', 'PLAN', 'Hỗ trợ khởi nghiệp năm 2026', 'Ủy ban nhân dân tỉnh Lào Cai', '15',
    ]);
  });

  it('reads the metadata table of a hosting site', () => {
    // Prepare
    const blocks = toBlocks('| Số hiệu | 7/KH-UBND |\n| Ngày ban hành | 02/12/2025 |\n| Người ký | Mai Sơn |\n| Cơ quan ban hành | Tỉnh Bắc Ninh |\nMột đoạn văn.');
    // Act
    const h = readHeader(blocks);
    // Assess
    expect([h.number, h.issuedOn, h.signer, h.jurisdiction]).toEqual(['7/KH-UBND', '2025-12-02', 'Mai Sơn', '24']);
  });

  it('maps national issuers to VN and provinces by folded name', () => {
    // Prepare
    const blocks = toBlocks('CHÍNH PHỦ\nSố: 03/NQ-CP\nHà Nội, ngày 08 tháng 01 năm 2026');
    // Act
    const h = readHeader(blocks);
    // Assess
    expect([h.jurisdiction, h.issuer, provinceByName('THÀNH PHỐ HỒ CHÍ MINH')?.code, provinceByName('tinh cao bang')?.code]).toEqual(['VN', 'Chính phủ', '79', '04']);
  });
});

describe('legal bases', () => {
  it('reads several documents from one paragraph, not the ones named inside a title, each once', () => {
    // Prepare
    const p = 'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá; Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ thực hiện Nghị quyết số 57- NQ/TW ngày 22/12/2024 của Bộ Chính trị; Căn cứ Nghị định 268/2025/NĐ-CP ngày 14/10/2025 của Chính phủ quy định chi tiết';
    // Act
    const bases = collectLegalBases([p, p]);
    // Assess
    expect(bases.map((b) => [b.kind, b.number, b.issuedOn])).toEqual([
      ['PARTY_RESOLUTION', '57-NQ/TW', '2024-12-22'],
      ['RESOLUTION', '71/NQ-CP', '2025-04-01'],
      ['DECREE', '268/2025/NĐ-CP', '2025-10-14'],
    ]);
  });

  it('reads a law cited by date without a number', () => {
    // Prepare
    const p = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;';
    // Act
    const [law] = collectLegalBases([p]);
    // Assess
    expect([law?.kind, law?.number, law?.issuedOn]).toEqual(['LAW', null, '2025-06-16']);
  });
});

describe('agencies', () => {
  it('splits a list into agencies, keeping collective names and notes', () => {
    // Prepare
    const list = 'Các sở, ban, ngành, UBND các xã, phường (39 xã), Báo và Phát thanh, Truyền hình Cao Bằng và các cơ quan, đơn vị liên quan.';
    // Act
    const agencies = splitAgencies(list);
    // Assess
    expect(agencies).toEqual([
      { name: 'Các sở, ban, ngành' },
      { name: 'UBND các xã, phường', note: '39 xã' },
      { name: 'Báo và Phát thanh, Truyền hình Cao Bằng' },
      { name: 'các cơ quan, đơn vị liên quan' },
    ]);
  });

  it('reads roles, including "X chủ trì, phối hợp với Y"', () => {
    // Prepare
    const line = 'Cơ quan tham mưu thực hiện: Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính; Hiệp hội doanh nghiệp tỉnh.';
    // Act
    const roles = readRoleLine(line);
    // Assess
    expect(roles).toEqual([
      { role: 'ADVISORY', name: 'Sở Khoa học và Công nghệ' },
      { role: 'COORDINATING', name: 'Sở Tài chính' },
      { role: 'COORDINATING', name: 'Hiệp hội doanh nghiệp tỉnh' },
    ]);
  });

  it('matches names to existing agencies diacritic- and case-insensitively and proposes the rest once', () => {
    // Prepare
    const existing = [{ id: 'A1', name: 'Sở Khoa học và Công nghệ tỉnh Cao Bằng' }, { id: 'A2', name: 'Hội Nông dân tỉnh' }];
    // Act
    const m = matchAgencies(['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Sở KH&CN', 'hoi nong dan tinh', 'Tỉnh đoàn Cao Bằng', 'Tinh doan Cao Bang'], existing);
    // Assess
    expect(m.matched.map((x) => x.id)).toEqual(['A1', 'A1', 'A2']);
    expect(m.proposed).toEqual(['Tỉnh đoàn Cao Bằng']);
  });

  it('keeps a name that starts with "Tỉnh" apart from the Youth Union, which has three spellings', () => {
    // Prepare
    const existing = [{ id: 'D', name: 'Tỉnh Đoàn Thanh niên' }];
    // Act
    const m = matchAgencies(['Tỉnh đoàn Cao Bằng', 'Tỉnh ủy'], existing);
    // Assess
    expect(m.matched).toEqual([{ name: 'Tỉnh đoàn Cao Bằng', id: 'D' }]);
    expect(m.proposed).toEqual(['Tỉnh ủy']);
  });
});

describe('tasks', () => {
  it('builds the tree, reads field labels, roles, timelines, phases and outputs', () => {
    // Prepare
    const text = [
      'II. NỘI DUNG THỰC HIỆN',
      '1. Đào tạo',
      'a) Nội dung:',
      '- Tổ chức 02 lớp tập huấn nâng cao năng lực.',
      'b) Cơ quan thực hiện:',
      '- Cơ quan chủ trì: Sở Khoa học và Công nghệ.',
      '- Cơ quan phối hợp: Hội Nông dân tỉnh, Tỉnh đoàn.',
      'c) Thời gian thực hiện: Trong năm 2026.',
      '2. Cuộc thi',
      '2.1. Cuộc thi tỉnh',
      'a) Cơ quan chủ trì: Ủy ban nhân dân tỉnh.',
      'b) Thời gian thực hiện:',
      '- Phát động: Bắt đầu từ quý III/2026.',
      '- Trao giải: Năm 2027.',
    ].join('\n');
    const sections = toSections(toUnits(toBlocks(text)));
    // Act
    const tasks = readTasks(sections.filter((s) => s.kind === 'tasks').flatMap((s) => s.units), [], []);
    // Assess
    expect(tasks.map((t) => [t.code, t.parent])).toEqual([['1', null], ['2', null], ['2.1', '2']]);
    expect(tasks[0]?.agencies.map((a) => `${a.role}:${a.name}`)).toEqual(['LEAD:Sở Khoa học và Công nghệ', 'COORDINATING:Hội Nông dân tỉnh', 'COORDINATING:Tỉnh đoàn']);
    expect(tasks[0]?.timeline).toBe('Trong năm 2026');
    expect(tasks[0]?.outputs).toEqual([{ text: '02 lớp tập huấn', quantity: 2, unit: 'lớp' }]);
    expect(tasks[2]?.phases.map((p) => p.timeline)).toEqual(['Bắt đầu từ quý III/2026', 'Năm 2027']);
    expect([tasks[2]?.parsedTimeline?.start, tasks[2]?.parsedTimeline?.end]).toEqual(['2026-07-01', '2027-12-31']);
  });

  it('reads task tables with group rows and continuation rows; numbering that starts again is prefixed', () => {
    // Prepare
    const md = [
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian |',
      '|---|---|---|---|---|---|',
      '| **I** | **Nhóm truyền thông** | | | | |',
      '| 1 | Làm chuyên mục | Báo tỉnh | Sở Khoa học và Công nghệ | 12 chuyên mục | Quý II/2026 |',
      '| | Lồng ghép ngoại khóa | | Các trường | | |',
      '| **II** | **Nhóm ươm tạo** | | | | |',
      '| 1 | Ươm tạo dự án | Sở Khoa học và Công nghệ | | | Năm 2027 |',
    ].join('\n');
    const table = toBlocks(md)[0] as TableBlock;
    // Act
    const tasks = readTaskTable(table, new Set());
    // Assess
    expect(tasks.map((t) => [t.code, t.parent, t.title])).toEqual([
      ['I', null, 'Nhóm truyền thông'],
      ['I.1', 'I', 'Làm chuyên mục'],
      ['II', null, 'Nhóm ươm tạo'],
      ['II.1', 'II', 'Ươm tạo dự án'],
    ]);
    expect(tasks[1]?.agencies.map((a) => a.name)).toEqual(['Báo tỉnh', 'Sở Khoa học và Công nghệ', 'Các trường']);
    expect(tasks[1]?.content).toContain('Lồng ghép ngoại khóa');
  });

  it('finds quantified outputs but not years or document numbers', () => {
    // Prepare
    const text = 'Tổ chức 05 phiên kết nối, 01 ngày hội và 40 gian hàng theo Nghị định số 80 năm 2026';
    // Act
    const outputs = readOutputs(text).map((o) => o.text);
    // Assess
    expect(outputs).toEqual(['01 ngày hội', '40 gian hàng']);
  });
});

describe('indicators', () => {
  it('reads a single result column, group rows giving years, multi-target cells and sub-rows', () => {
    // Prepare
    const md = [
      '| TT | Chỉ tiêu | Đơn vị tính | Kết quả |',
      '|---|---|---|---|',
      '| **I. Đến năm 2030** | | | |',
      '| 1 | Xếp hạng | Thứ hạng | ≤ 3 Đông Nam Á; ≤ 50 Thế giới |',
      '| 11 | Chỉ số GII | | |',
      '| 11.1 | Xếp hạng GII | Thứ hạng | Top 40 |',
      '| 11.2 | Tỷ lệ doanh nghiệp | % | 16,5% |',
    ].join('\n');
    const table = toBlocks(md)[0] as TableBlock;
    // Act
    const inds = readIndicatorTable(table, { periodTo: null, objectives: [], usedCodes: new Set(), tableIndex: 1 }) ?? [];
    // Assess
    expect(inds.map((i) => i.code)).toEqual(['1', '11', '11.1', '11.2']);
    expect(inds[0]?.targets.map((t) => [t.year, t.comparator, t.value, t.scope])).toEqual([[2030, 'AT_MOST', 3, 'Đông Nam Á'], [2030, 'AT_MOST', 50, 'Thế giới']]);
    expect(inds[2]?.targets.map((t) => [t.comparator, t.value])).toEqual([['RANK_TOP', 40]]);
    expect(inds[3]?.targets.map((t) => [t.comparator, t.value])).toEqual([['EXACTLY', 16.5]]);
  });

  it('takes a bare number\'s direction from the plan\'s text', () => {
    // Prepare
    const md = '| Stt | Chỉ tiêu | Đến hết năm 2030 |\n|---|---|---|\n| 13 | Chỉ số phát triển con người (HDI) | 0,7 |';
    const table = toBlocks(md)[0] as TableBlock;
    // Act
    const [hdi] = readIndicatorTable(table, { periodTo: null, objectives: ['Chỉ số phát triển con người (HDI) trên 0.7'], usedCodes: new Set(), tableIndex: 1 }) ?? [];
    // Assess
    expect(hdi?.targets.map((t) => [t.comparator, t.value, t.direction])).toEqual([['AT_LEAST', 0.7, 'AT_LEAST']]);
  });
});

describe('funding', () => {
  it('reads sources from bullets and from one sentence split by ";"', () => {
    // Prepare
    const a = toUnits(toBlocks('1. Nguồn kinh phí: gồm:\n- Ngân sách nhà nước năm 2026 (kể cả chính sách).\n- Nguồn tài trợ của Tổ chức CARE.\n- Các nguồn hợp pháp khác.'));
    const b = toUnits(toBlocks('1. Nguồn kinh phí thực hiện bao gồm: ngân sách nhà nước; vốn tài trợ của các tổ chức; nguồn kinh phí hợp pháp khác.'));
    // Act
    const sources = [readFunding(a), readFunding(b)];
    // Assess
    expect(sources.map((s) => s.map((x) => x.kind))).toEqual([['STATE_BUDGET', 'DONOR', 'OTHER'], ['STATE_BUDGET', 'DONOR', 'OTHER']]);
    expect(sources[0]?.[0]?.note).toBe('kể cả chính sách');
  });
});
