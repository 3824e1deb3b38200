/** The plan report as an XLSX workbook, from the same data as the HTML (numbers as numbers). */
import { PROGRESS_LABELS, SOURCE_LABELS, TASK_STATUS_LABELS, reportTaskTitle, vnDate, type PlanReportData } from '../../functions/domain/report/plan-report';
import { columnName, writeXlsx, type Cell, type Sheet } from './xlsx';

const b = (v: string | number): Cell => ({ v, bold: true });

/** Where the annex puts indicator i's value for milestone column y: 0 target, 1 actual, 2 expected, 3 status. */
export const ANNEX_FIRST_ROW = 3;
export const annexColumn = (yearIndex: number, part: 0 | 1 | 2 | 3): string => columnName(3 + yearIndex * 4 + part);

export const reportWorkbook = (d: PlanReportData): Buffer => {
  const info: Sheet = {
    name: 'Thông tin',
    widths: [28, 90],
    rows: [
      [b('Báo cáo kết quả thực hiện'), d.plan.title],
      ['Tỉnh', d.plan.jurisdictionName],
      ['Số hiệu', d.plan.number],
      ['Ngày ban hành', vnDate(d.plan.issuedOn)],
      ['Cơ quan ban hành', d.plan.issuer ?? ''],
      ['Người ký', [d.plan.signerTitle, d.plan.signer].filter(Boolean).join(' ')],
      ['Thời gian thực hiện', `${d.plan.periodFrom}–${d.plan.periodTo}${d.plan.orientationYear ? `, định hướng đến năm ${d.plan.orientationYear}` : ''}`],
      ['Số liệu tính đến ngày', vnDate(d.asOf)],
    ],
  };
  const tasks: Sheet = {
    name: 'Nhiệm vụ',
    widths: [8, 70, 40, 30, 18, 12, 70],
    rows: [
      [b('Mã'), b('Nhiệm vụ'), b('Cơ quan chủ trì'), b('Thời gian'), b('Tình trạng'), b('% hoàn thành'), b('Báo cáo được duyệt gần nhất')],
      ...d.tasks.map((t): Cell[] => [
        t.code,
        reportTaskTitle(t),
        t.leadAgencies.join('; '),
        t.timeline ?? '',
        TASK_STATUS_LABELS[t.status] ?? t.status,
        t.latestReport?.percentComplete ?? null,
        t.latestReport ? `${t.latestReport.period}: ${t.latestReport.narrative}` : 'Chưa có báo cáo được duyệt',
      ]),
    ],
  };
  const budget: Sheet = {
    name: 'Kinh phí',
    widths: [30, 22, 22],
    rows: d.budget
      ? [
          [b('Nguồn kinh phí'), b('Kế hoạch (đồng)'), b('Đã chi (đồng)')],
          ...d.budget.bySource.map((s): Cell[] => [SOURCE_LABELS[s.source] ?? s.source, Number(s.planned.amount), Number(s.spent.amount)]),
          [b('Tổng cộng'), Number(d.budget.planned.amount), Number(d.budget.spent.amount)],
        ]
      : [['Kinh phí là thông tin nội bộ của tỉnh: đăng nhập với quyền quản trị của tỉnh để xem.']],
  };
  const years = d.milestoneYears;
  const last = 3 + years.length * 4;
  const annex: Sheet = {
    name: 'Phụ lục chỉ tiêu',
    widths: [6, 60, 14, ...years.flatMap(() => [14, 12, 12, 16]), 16],
    merges: [...years.map((_, i) => `${annexColumn(i, 0)}1:${annexColumn(i, 3)}1`), 'A1:A2', 'B1:B2', 'C1:C2', `${columnName(last)}1:${columnName(last)}2`],
    rows: [
      [b('STT'), b('Chỉ tiêu'), b('Đơn vị tính'), ...years.flatMap((y): Cell[] => [b(`Đến năm ${y}`), null, null, null]), b('Đánh giá chung')],
      [null, null, null, ...years.flatMap((): Cell[] => [b('Mục tiêu'), b('Thực tế'), b('Kỳ vọng'), b('Trạng thái')]), null],
      ...d.indicators.map((ind): Cell[] => [
        ind.code,
        ind.name,
        ind.unit ?? '',
        ...years.flatMap((y): Cell[] => {
          const m = ind.milestones.find((x) => x.year === y);
          return m ? [m.target, m.actual, m.expected, PROGRESS_LABELS[m.status] ?? m.status] : [null, null, null, null];
        }),
        PROGRESS_LABELS[ind.overall] ?? ind.overall,
      ]),
    ],
  };
  return writeXlsx([info, tasks, budget, annex]);
};
