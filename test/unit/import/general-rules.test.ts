/**
 * General rules added after the held-out documents (test/fixtures/import-heldout) showed
 * what the parser missed. Every input here is written for the test; none is copied from
 * those documents.
 */
import { describe, expect, it } from 'vitest';
import { sourcesInSentence } from '../../../functions/domain/import/funding';
import { readHeader } from '../../../functions/domain/import/header';
import { openEnded, readIndicatorTable, refineMeasure } from '../../../functions/domain/import/indicators';
import { collectLegalBases } from '../../../functions/domain/import/legal-bases';
import { splitColumns, toBlocks, type TableBlock } from '../../../functions/domain/import/lines';
import { toUnits } from '../../../functions/domain/import/outline';
import { parsePlan } from '../../../functions/domain/import/index';
import { readTaskTable } from '../../../functions/domain/import/task-table';
import { readTasks, splitInlineFields } from '../../../functions/domain/import/tasks';

describe('two columns side by side (pdftotext -layout)', () => {
  it('reads the left column, then the right one', () => {
    // Prepare
    const raw = [
      'BỘ TÀI CHÍNH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '  CỤC THỐNG KÊ            Độc lập - Tự do - Hạnh phúc',
      '                          Ghi chú lệch phải',
    ];
    // Act
    const out = splitColumns(raw);
    // Assess
    expect(out).toEqual(['BỘ TÀI CHÍNH', 'CỤC THỐNG KÊ', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Ghi chú lệch phải']);
  });

  it('leaves justified text (several narrow gaps) and table rows alone', () => {
    // Prepare
    const raw = ['Các   đơn   vị   chủ   động   bố   trí   nguồn   lực', '| Cột một      | Cột hai |', 'ô bị ngắt      |'];
    // Act
    const out = splitColumns(raw);
    // Assess
    expect(out).toEqual(raw);
  });

  it('reads place, date and signer from a header and a signature set side by side', () => {
    // Prepare
    const text = [
      'ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH THÁI NGUYÊN                Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 45/KH-UBND                  Thái Nguyên, ngày 3 tháng 5 năm 2026',
      '',
      'KẾ HOẠCH',
      'Hỗ trợ chuyển đổi số cho hợp tác xã năm 2026',
      '',
      'Nơi nhận:                              TM. ỦY BAN NHÂN DÂN',
      '- Như trên;                            CHỦ TỊCH',
      '- Lưu: VT.',
      '                                       Đỗ Thị Lan',
    ].join('\n');
    // Act
    const h = readHeader(toBlocks(text));
    // Assess
    expect([h.number, h.place, h.issuedOn, h.jurisdiction, h.signer, h.signerTitle]).toEqual(['45/KH-UBND', 'Thái Nguyên', '2026-05-03', '19', 'Đỗ Thị Lan', 'Chủ tịch']);
  });

  it('reads the place after the number when both columns were merged into one line', () => {
    // Prepare
    const text = ['ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN', 'Số: 45/KH-UBND Thái Nguyên, ngày 3 tháng 5 năm 2026', 'KẾ HOẠCH', 'Hỗ trợ chuyển đổi số năm 2026'].join('\n');
    // Act
    const h = readHeader(toBlocks(text));
    // Assess
    expect([h.number, h.place, h.issuedOn]).toEqual(['45/KH-UBND', 'Thái Nguyên', '2026-05-03']);
  });
});

describe('Markdown tables used for layout', () => {
  it('reads a header and a signature set in table cells broken with <br>', () => {
    // Prepare
    const text = [
      '| **ỦY BAN NHÂN DÂN**<br>**TỈNH QUẢNG NINH**<br>\\-\\-\\-\\- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |',
      '|---|---|',
      '| Số: 9/KH-UBND | *Quảng Ninh, ngày 20 tháng 1 năm 2027* |',
      '',
      '# KẾ HOẠCH',
      '',
      'Phát triển du lịch thông minh năm 2027',
      '',
      '| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Vũ Minh Đức** |',
      '|---|---|',
    ].join('\n');
    // Act
    const h = readHeader(toBlocks(text));
    // Assess
    expect([h.number, h.issuer, h.place, h.issuedOn, h.jurisdiction, h.signer]).toEqual([
      '9/KH-UBND',
      'Ủy ban nhân dân tỉnh Quảng Ninh',
      'Quảng Ninh',
      '2027-01-20',
      '22',
      'Vũ Minh Đức',
    ]);
  });

  it('keeps a data table with <br> in its cells a table', () => {
    // Prepare
    const text = ['| STT | Nhiệm vụ | Cơ quan chủ trì |', '|---|---|---|', '| 1 | Khảo sát<br>nhu cầu | Sở Du lịch |'].join('\n');
    // Act
    const blocks = toBlocks(text);
    // Assess
    expect(blocks[0]?.kind).toBe('table');
    expect((blocks[0] as TableBlock).rows[1]?.cells).toEqual(['1', 'Khảo sát nhu cầu', 'Sở Du lịch']);
  });
});

describe('a title set in capitals', () => {
  it('takes the upper-case trích yếu after the kind line, not the issuer after it', () => {
    // Prepare
    const text = [
      'Số: 77/QĐ-UBND',
      'Ninh Bình, ngày 2 tháng 2 năm 2026',
      'QUYẾT ĐỊNH',
      'VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN HỖ TRỢ NÔNG DÂN KHỞI NGHIỆP TỈNH NINH BÌNH',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
      'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;',
    ].join('\n');
    // Act
    const h = readHeader(toBlocks(text));
    // Assess
    expect(h.title).toBe('Về việc phê duyệt Đề án hỗ trợ nông dân khởi nghiệp tỉnh Ninh Bình');
  });
});

describe('fields inside a task paragraph', () => {
  it('splits content from "Cơ quan chủ trì: …; cơ quan phối hợp: … . Thời hạn hoàn thành: …"', () => {
    // Prepare
    const text =
      'Mở ba khóa ươm tạo cho nhóm khởi nghiệp nông nghiệp. Cơ quan chủ trì: Sở Nông nghiệp và Môi trường; cơ quan phối hợp: Hội Nông dân tỉnh, Sở Văn hóa, Thể thao và Du lịch. Thời hạn hoàn thành: Quý I/2027.';
    // Act
    const parts = splitInlineFields(text);
    const tasks = readTasks(toUnits(toBlocks(`1. Ươm tạo khởi nghiệp nông nghiệp\n${text}`)), [], []);
    // Assess
    expect(parts).toEqual([
      'Mở ba khóa ươm tạo cho nhóm khởi nghiệp nông nghiệp.',
      'Cơ quan chủ trì: Sở Nông nghiệp và Môi trường;',
      'cơ quan phối hợp: Hội Nông dân tỉnh, Sở Văn hóa, Thể thao và Du lịch.',
      'Thời hạn hoàn thành: Quý I/2027.',
    ]);
    const t = tasks[0];
    expect(t?.content).toEqual(['Mở ba khóa ươm tạo cho nhóm khởi nghiệp nông nghiệp.']);
    expect(t?.agencies.map((a) => [a.role, a.name])).toEqual([
      ['LEAD', 'Sở Nông nghiệp và Môi trường'],
      ['COORDINATING', 'Hội Nông dân tỉnh'],
      ['COORDINATING', 'Sở Văn hóa, Thể thao và Du lịch'],
    ]);
    expect([t?.timeline, t?.parsedTimeline?.start, t?.parsedTimeline?.end]).toEqual(['Quý I/2027', '2027-01-01', '2027-03-31']);
  });

  it('does not split a sentence that only mentions a role without a label', () => {
    // Prepare
    const text = 'Giao Sở Tài chính chủ trì hướng dẫn; thời gian thực hiện do Sở quyết định.';
    // Act
    const parts = splitInlineFields(text);
    // Assess
    expect(parts).toEqual([text]);
  });

  it('cuts a numbered title that runs on after a colon into lower-case content', () => {
    // Prepare
    const text = '2.1. Tập huấn cán bộ cấp xã: mở các lớp ngắn hạn về quản trị đổi mới sáng tạo cho cán bộ. Cơ quan chủ trì: Sở Nội vụ.';
    // Act
    const tasks = readTasks(toUnits(toBlocks(text)), [], []);
    // Assess
    expect(tasks.map((t) => [t.code, t.title, t.content, t.agencies.map((a) => a.name)])).toEqual([
      ['2.1', 'Tập huấn cán bộ cấp xã', ['mở các lớp ngắn hạn về quản trị đổi mới sáng tạo cho cán bộ.'], ['Sở Nội vụ']],
    ]);
  });
});

describe('legal bases joined by "và"', () => {
  it('reads a second document with its own number as a basis of its own', () => {
    // Prepare
    const p =
      'Thực hiện Kết luận số 12-KL/TW ngày 05 tháng 3 năm 2025 của Ban Bí thư về phát triển kinh tế tư nhân và Quyết định số 99/QĐ-TTg ngày 01/02/2026 của Thủ tướng Chính phủ về chuyển đổi số;';
    // Act
    const bases = collectLegalBases([p]);
    // Assess
    expect(bases.map((b) => [b.number, b.issuedOn])).toEqual([
      ['12-KL/TW', '2025-03-05'],
      ['99/QĐ-TTg', '2026-02-01'],
    ]);
  });

  it('keeps two documents named inside one title together', () => {
    // Prepare
    const p = 'Căn cứ Thông tư số 03/2025/TT-BTC ngày 10/01/2025 hướng dẫn Nghị định số 10/2024/NĐ-CP và Nghị định số 11/2024/NĐ-CP;';
    // Act
    const bases = collectLegalBases([p]);
    // Assess
    expect(bases.map((b) => b.number)).toEqual(['03/2025/TT-BTC']);
  });
});

describe('indicator cells', () => {
  it('reads "9%/năm" and a "Tốc độ tăng …" row in % as growth rates', () => {
    // Prepare
    const perYear = refineMeasure('PERCENT', 'Doanh thu du lịch', '%', ['9%/năm', '']);
    const named = refineMeasure('PERCENT', 'Tốc độ tăng năng suất lao động', '%', ['6']);
    const level = refineMeasure('PERCENT', 'Tỷ lệ hộ dùng internet', '%', ['80%']);
    // Act + Assess
    expect([perYear, named, level]).toEqual(['GROWTH_RATE', 'GROWTH_RATE', 'PERCENT']);
  });

  it('reads "Từ 3 trở lên" as at least 3 and "Từ 2 trở xuống" as at most 2, with no scope', () => {
    // Prepare
    const md = [
      '| STT | Chỉ tiêu | Đơn vị tính | Năm 2028 |',
      '|---|---|---|---|',
      '| 1 | Số khu thử nghiệm | Khu | Từ 3 trở lên |',
      '| 2 | Số sự cố an toàn | Vụ | Từ 2 trở xuống |',
      '| 3 | Tăng trưởng xuất khẩu phần mềm | % | 11%/năm |',
    ].join('\n');
    // Act
    const inds = readIndicatorTable(toBlocks(md)[0] as TableBlock, { periodTo: 2028, objectives: [], usedCodes: new Set(), tableIndex: 1 }) ?? [];
    // Assess
    expect(inds.map((i) => i.targets.map((t) => [t.comparator, t.value, t.scope]))).toEqual([[['AT_LEAST', 3, null]], [['AT_MOST', 2, null]], [['GROWTH_RATE', 11, null]]]);
    expect(openEnded({ comparator: 'AT_MOST', scope: 'Đông Nam Á' })).toEqual({ comparator: 'AT_MOST', scope: 'Đông Nam Á' });
  });
});

describe('task tables', () => {
  it('keeps an STT printed once in the table; a row the text already uses is prefixed', () => {
    // Prepare
    const md = [
      '| STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |',
      '|---|---|---|---|',
      '| A | Nhóm hạ tầng | | |',
      '| 1 | Lắp trạm quan trắc | Sở Xây dựng | Năm 2026 |',
      '| 2 | Số hóa bản đồ | Sở Nông nghiệp và Môi trường | Năm 2027 |',
      '| B | Nhóm dữ liệu | | |',
      '| 3 | Mở dữ liệu giao thông | Sở Xây dựng | Năm 2027 |',
    ].join('\n');
    // Act
    const tasks = readTaskTable(toBlocks(md)[0] as TableBlock, new Set(['2']));
    // Assess
    expect(tasks.map((t) => [t.code, t.parent])).toEqual([
      ['A', null],
      ['1', 'A'],
      ['A.2', 'A'],
      ['B', null],
      ['3', 'B'],
    ]);
  });

  it('continues the title when a continuation row starts in lower case after an unfinished title', () => {
    // Prepare
    const md = [
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |',
      '|---|---|---|---|',
      '| 1 | Khảo sát nhu cầu vốn của hợp tác xã, | Sở Tài chính | Ngân hàng Chính sách xã hội; |',
      '| | tổ hợp tác trên địa bàn | | Liên minh Hợp tác xã tỉnh |',
      '| 2 | Tổ chức hội chợ | Sở Công Thương | |',
      '| | Gắn với tuần lễ văn hóa | | |',
    ].join('\n');
    // Act
    const tasks = readTaskTable(toBlocks(md)[0] as TableBlock, new Set());
    // Assess
    expect(tasks.map((t) => [t.title, t.content])).toEqual([
      ['Khảo sát nhu cầu vốn của hợp tác xã, tổ hợp tác trên địa bàn', []],
      ['Tổ chức hội chợ', ['Gắn với tuần lễ văn hóa']],
    ]);
    expect(tasks[0]?.agencies.map((a) => a.name)).toEqual(['Sở Tài chính', 'Ngân hàng Chính sách xã hội', 'Liên minh Hợp tác xã tỉnh']);
  });

  it('reads "Trước DD/MM/YYYY" as the timeline module does (the day before), so the draft shows what will be stored', () => {
    // Prepare
    const md = ['| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |', '|---|---|---|---|', '| 1 | Ban hành quy chế | Sở Nội vụ | Trước 31/3/2027 |'].join('\n');
    // Act
    const tasks = readTaskTable(toBlocks(md)[0] as TableBlock, new Set());
    // Assess
    expect([tasks[0]?.parsedTimeline?.start, tasks[0]?.parsedTimeline?.end]).toEqual([null, '2027-03-30']);
  });
});

describe('funding under "Tổ chức thực hiện"', () => {
  it('reads the sources a sentence lists after "từ"', () => {
    // Prepare
    const s = 'Kinh phí thực hiện được bố trí từ ngân sách địa phương theo phân cấp hiện hành, vốn vay ưu đãi và nguồn tài trợ của doanh nghiệp. Sở Tài chính hướng dẫn.';
    // Act
    const sources = sourcesInSentence(s);
    // Assess
    expect(sources).toEqual(['ngân sách địa phương', 'vốn vay ưu đãi', 'nguồn tài trợ của doanh nghiệp']);
  });

  it('takes a funding item out of the responsibilities', () => {
    // Prepare
    const text = [
      'Số: 5/KH-UBND',
      'Huế, ngày 9 tháng 9 năm 2026',
      'KẾ HOẠCH',
      'Phát triển kinh tế đêm năm 2027',
      'I. NHIỆM VỤ',
      '1. Mở phố đi bộ ban đêm',
      'Cơ quan chủ trì: Sở Du lịch.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Du lịch',
      'Theo dõi, tổng hợp kết quả.',
      '2. Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách thành phố và các nguồn hợp pháp khác.',
    ].join('\n');
    // Act
    const r = parsePlan(text);
    // Assess
    if (!r.ok) throw new Error(r.reason);
    expect(r.draft.fundingSources.map((f) => f.name)).toEqual(['Ngân sách thành phố', 'Các nguồn hợp pháp khác']);
    expect(r.draft.responsibilities.map((x) => x.agency)).toEqual(['Sở Du lịch']);
  });
});
