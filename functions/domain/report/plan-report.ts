/**
 * The department's yearly report on a plan (báo cáo kết quả thực hiện kế hoạch), as plain
 * data and rendered to HTML and Markdown with SVG charts. Pure: no I/O. Vietnamese labels,
 * numbers (1.800; 0,7) and dates (dd/mm/yyyy). The XLSX is built from the same data by
 * scripts/lib/xlsx.ts, so its numbers are the HTML's.
 */
import { PROGRESS_LABELS as PROGRESS_WORDS, TASK_STATUS_LABELS as TASK_STATUS_WORDS } from '../text/explanations';
import { formatVnNumber } from '../text/vietnamese';

interface ReportMoney {
  readonly amount: string;
  readonly currency: string;
}

export interface ReportTask {
  readonly code: string;
  readonly title: string;
  /** The title is the editor's, not the plan's wording (the text we hold lacks it). */
  readonly titleSuppliedByEditor: boolean;
  readonly depth: number;
  readonly leadAgencies: readonly string[];
  readonly timeline: string | null;
  readonly status: string;
  /** The fact that decided the status, in Vietnamese (the explanations catalogue). */
  readonly statusReason: string | null;
  readonly latestReport: { readonly period: string; readonly percentComplete: number | null; readonly narrative: string; readonly reviewedAt: string | null } | null;
}

interface ReportMilestone {
  readonly year: number;
  /** The cell as the annex writes it. */
  readonly target: string;
  readonly expected: number | null;
  readonly actual: number | null;
  readonly actualYear: number | null;
  readonly status: string;
}

export interface ReportIndicator {
  readonly code: string;
  readonly name: string;
  readonly unit: string | null;
  readonly overall: string;
  /** Why, in Vietnamese: the overall milestone's explanation. */
  readonly overallReason: string | null;
  /** The series judged: APPROVED actuals or the REGISTRY count. */
  readonly judgedOn: 'APPROVED' | 'REGISTRY';
  /** Whether it is bound to a registry count (so it has two series). */
  readonly derived: boolean;
  /** Years where the two series differ beyond the tolerance. */
  readonly disagreements: readonly { readonly year: number; readonly approved: number; readonly registry: number }[];
  readonly milestones: readonly ReportMilestone[];
  /** The trajectory's points (years, end of year Y at Y) and the approved yearly values; null when not quantitative. */
  readonly chart: { readonly line: readonly { at: number; value: number }[]; readonly actuals: readonly { year: number; value: number }[] } | null;
}

export interface PlanReportData {
  readonly asOf: string;
  readonly plan: {
    readonly jurisdiction: string;
    readonly jurisdictionName: string;
    readonly number: string;
    readonly title: string;
    readonly issuer: string | null;
    readonly issuedOn: string | null;
    readonly signer: string | null;
    readonly signerTitle: string | null;
    readonly periodFrom: number;
    readonly periodTo: number;
    readonly orientationYear: number | null;
    readonly status: string;
  };
  readonly tasks: readonly ReportTask[];
  /** Null when the caller may not see budgets (they are internal to the province). */
  readonly budget: { readonly planned: ReportMoney; readonly spent: ReportMoney; readonly bySource: readonly { source: string; planned: ReportMoney; spent: ReportMoney }[] } | null;
  readonly milestoneYears: readonly number[];
  readonly indicators: readonly ReportIndicator[];
}

const vietnamese = (labels: Record<string, Record<'VI' | 'EN', string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(labels).map(([code, words]) => [code, words.VI]));

/** Status labels come from the explanations catalogue, the same list the reasons use. */
export const PROGRESS_LABELS = vietnamese(PROGRESS_WORDS);

export const TASK_STATUS_LABELS = vietnamese(TASK_STATUS_WORDS);

const SERIES_LABELS: Record<string, string> = { APPROVED: 'số liệu được duyệt', REGISTRY: 'số liệu đếm từ cơ sở dữ liệu' };

/**
 * One line per indicator with two series: which was judged, and every year they disagree,
 * so a reader sees the count never silently replaced approved data.
 */
const sourceNotes = (d: PlanReportData): string[] =>
  d.indicators
    .filter((ind) => ind.derived)
    .map((ind) => {
      const other = ind.judgedOn === 'APPROVED' ? 'REGISTRY' : 'APPROVED';
      const gaps = ind.disagreements.map((g) => `năm ${g.year}: được duyệt ${vnNumber(g.approved)}, đếm được ${vnNumber(g.registry)}`);
      return `Chỉ tiêu ${ind.code}: đánh giá theo ${SERIES_LABELS[ind.judgedOn]}; ${SERIES_LABELS[other]} để đối chiếu.${gaps.length ? ` Chênh lệch quá 10% — ${gaps.join('; ')}.` : ''}`;
    });

/** Each indicator's overall judgement with its reason, in Vietnamese. */
const overallReasons = (d: PlanReportData): string[] =>
  d.indicators
    .filter((ind) => ind.overallReason)
    .map((ind) => `Chỉ tiêu ${ind.code} — ${PROGRESS_LABELS[ind.overall] ?? ind.overall}: ${ind.overallReason}`);

/** Marks a title the editor supplied, so a reader never takes it for the plan's wording. */
const EDITOR_TITLE_MARK = '[tiêu đề do biên tập bổ sung, không có trong văn bản kế hoạch]';

/** A task's title as the report shows it, marked when the editor supplied it. */
export const reportTaskTitle = (t: Pick<ReportTask, 'title' | 'titleSuppliedByEditor'>): string =>
  t.titleSuppliedByEditor ? `${t.title} ${EDITOR_TITLE_MARK}` : t.title;

export const SOURCE_LABELS: Record<string, string> = { STATE_BUDGET: 'Ngân sách nhà nước', DONOR: 'Nhà tài trợ', OTHER: 'Nguồn khác' };

/** dd/mm/yyyy from YYYY-MM-DD (or an ISO instant, taken in Asia/Ho_Chi_Minh). */
export const vnDate = (value: string | null): string => {
  if (!value) return '';
  const day = value.length > 10 ? new Date(Date.parse(value) + 7 * 3_600_000).toISOString().slice(0, 10) : value;
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
};

/** A number for people: Vietnamese separators, at most 2 decimals. */
export const vnNumber = (n: number | null): string => (n === null ? '' : formatVnNumber(Math.round(n * 100) / 100));

/** Money: "1.500.000.000 đồng". */
const vnMoney = (m: ReportMoney): string => `${formatVnNumber(Number(m.amount))} ${m.currency === 'VND' ? 'đồng' : m.currency}`;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STATUS_COLOURS: Record<string, string> = { MET: '#1b7f3b', ON_TRACK: '#2e7dd1', AT_RISK: '#d48a00', OFF_TRACK: '#c62828', NO_DATA: '#777', NEEDS_REVIEW: '#6a1b9a', NOT_DUE: '#9e9e9e' };

/** The chart of one quantitative indicator: its trajectory (line), targets (squares), approved actuals (dots), as-of mark. */
const chartSvg = (indicator: ReportIndicator, asOf: string): string => {
  const chart = indicator.chart;
  if (!chart || chart.line.length === 0) return '';
  const W = 520;
  const H = 220;
  const L = 56;
  const R = 16;
  const T = 16;
  const B = 32;
  const asOfAt = Number(asOf.slice(0, 4)) - 1 + (Date.parse(`${asOf}T00:00:00Z`) - Date.UTC(Number(asOf.slice(0, 4)), 0, 1)) / 86_400_000 / 365;
  const xs = [...chart.line.map((p) => p.at), ...chart.actuals.map((a) => a.year)];
  const x0 = Math.floor(Math.min(...xs));
  const x1 = Math.ceil(Math.max(...xs, x0 + 1));
  const ys = [...chart.line.map((p) => p.value), ...chart.actuals.map((a) => a.value), 0];
  const yMax = Math.max(...ys) * 1.1 || 1;
  const yMin = Math.min(...ys);
  const x = (at: number) => L + ((at - x0) / (x1 - x0)) * (W - L - R);
  const y = (v: number) => H - B - ((v - yMin) / (yMax - yMin || 1)) * (H - T - B);
  const years: number[] = [];
  const step = Math.max(1, Math.ceil((x1 - x0) / 10));
  for (let yr = x0; yr <= x1; yr += step) years.push(yr);
  const line = chart.line.map((p) => `${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const ticks = [yMin, (yMin + yMax) / 2, yMax];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="Biểu đồ chỉ tiêu ${esc(indicator.code)}: ${esc(indicator.name)}">`,
    `<rect x="0" y="0" width="${W}" height="${H}" fill="#fff"/>`,
    `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#444"/>`,
    `<line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#444"/>`,
    ...years.map((yr) => `<text x="${x(yr).toFixed(1)}" y="${H - B + 16}" font-size="11" text-anchor="middle" fill="#333">${yr}</text>`),
    ...ticks.map((v) => `<text x="${L - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end" fill="#333">${esc(vnNumber(v))}</text>`),
    asOfAt >= x0 && asOfAt <= x1 ? `<line x1="${x(asOfAt).toFixed(1)}" y1="${T}" x2="${x(asOfAt).toFixed(1)}" y2="${H - B}" stroke="#999" stroke-dasharray="4 3"/><text x="${(x(asOfAt) + 3).toFixed(1)}" y="${H - B - 4}" font-size="10" fill="#666">${esc(vnDate(asOf))}</text>` : '',
    `<polyline points="${line}" fill="none" stroke="#2e7dd1" stroke-width="2"><title>Lộ trình kỳ vọng</title></polyline>`,
    ...chart.line.map((p) => `<rect x="${(x(p.at) - 3).toFixed(1)}" y="${(y(p.value) - 3).toFixed(1)}" width="6" height="6" fill="#2e7dd1"><title>${p.at}: ${esc(vnNumber(p.value))}</title></rect>`),
    ...chart.actuals.map((a) => `<circle cx="${x(a.year).toFixed(1)}" cy="${y(a.value).toFixed(1)}" r="4.5" fill="#c62828"><title>Thực tế ${a.year}: ${esc(vnNumber(a.value))}</title></circle>`),
    `<text x="${L + 8}" y="${T + 4}" font-size="11" fill="#2e7dd1">— Lộ trình</text>`,
    `<text x="${L + 8}" y="${T + 18}" font-size="11" fill="#c62828">● Thực tế</text>`,
    `</svg>`,
  ].join('');
};

const header = (d: PlanReportData): string[] => [
  `Kế hoạch số ${d.plan.number}${d.plan.issuedOn ? ` ngày ${vnDate(d.plan.issuedOn)}` : ''}${d.plan.issuer ? ` của ${d.plan.issuer}` : ''}`,
  `Thời gian thực hiện: ${d.plan.periodFrom}–${d.plan.periodTo}${d.plan.orientationYear ? `, định hướng đến năm ${d.plan.orientationYear}` : ''}`,
  `Người ký: ${[d.plan.signerTitle, d.plan.signer].filter(Boolean).join(' ') || '—'}`,
  `Số liệu tính đến ngày ${vnDate(d.asOf)}`,
];

/** The report as a self-contained HTML page (inline CSS, inline SVG). */
export const renderHtml = (d: PlanReportData): string => {
  const statusCell = (status: string) => `<span class="st" style="color:${STATUS_COLOURS[status] ?? '#333'}">${esc(PROGRESS_LABELS[status] ?? status)}</span>`;
  const num = (key: string, n: number | null) => `<td class="n" data-k="${esc(key)}">${esc(vnNumber(n))}</td>`;
  const tasks = d.tasks
    .map(
      (t) =>
        `<tr><td>${esc(t.code)}</td><td style="padding-left:${4 + t.depth * 14}px">${esc(t.title)}${t.titleSuppliedByEditor ? ` <small><em>${esc(EDITOR_TITLE_MARK)}</em></small>` : ''}</td><td>${esc(t.leadAgencies.join('; '))}</td><td>${esc(t.timeline ?? '')}</td><td>${esc(TASK_STATUS_LABELS[t.status] ?? t.status)}${t.statusReason ? `<br><small>${esc(t.statusReason)}</small>` : ''}</td><td>${
          t.latestReport
            ? `${esc(t.latestReport.period)}${t.latestReport.percentComplete !== null ? ` — ${esc(vnNumber(t.latestReport.percentComplete))}%` : ''}${t.latestReport.reviewedAt ? ` (duyệt ${esc(vnDate(t.latestReport.reviewedAt))})` : ''}<br><small>${esc(t.latestReport.narrative)}</small>`
            : '<small>Chưa có báo cáo được duyệt</small>'
        }</td></tr>`,
    )
    .join('\n');
  const budget = d.budget
    ? `<table><thead><tr><th>Nguồn kinh phí</th><th>Kế hoạch</th><th>Đã chi</th></tr></thead><tbody>${d.budget.bySource
        .map((s) => `<tr><td>${esc(SOURCE_LABELS[s.source] ?? s.source)}</td><td class="n" data-k="budget-${esc(s.source)}-planned">${esc(vnMoney(s.planned))}</td><td class="n" data-k="budget-${esc(s.source)}-spent">${esc(vnMoney(s.spent))}</td></tr>`)
        .join('')}<tr><th>Tổng cộng</th><td class="n" data-k="budget-planned">${esc(vnMoney(d.budget.planned))}</td><td class="n" data-k="budget-spent">${esc(vnMoney(d.budget.spent))}</td></tr></tbody></table>`
    : '<p><em>Kinh phí là thông tin nội bộ của tỉnh: đăng nhập với quyền quản trị của tỉnh để xem.</em></p>';
  const years = d.milestoneYears;
  const annexHead = `<tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Đơn vị tính</th>${years.map((y) => `<th colspan="4">Đến năm ${y}</th>`).join('')}<th rowspan="2">Đánh giá chung</th></tr><tr>${years.map(() => '<th>Mục tiêu</th><th>Thực tế</th><th>Kỳ vọng</th><th>Trạng thái</th>').join('')}</tr>`;
  const annexRows = d.indicators
    .map((ind) => {
      const cells = years
        .map((y) => {
          const m = ind.milestones.find((x) => x.year === y);
          if (!m) return '<td></td><td></td><td></td><td></td>';
          return `<td>${esc(m.target)}</td>${num(`${ind.code}-${y}-actual`, m.actual)}${num(`${ind.code}-${y}-expected`, m.expected)}<td>${statusCell(m.status)}</td>`;
        })
        .join('');
      return `<tr data-indicator="${esc(ind.code)}"><td>${esc(ind.code)}</td><td>${esc(ind.name)}</td><td>${esc(ind.unit ?? '')}</td>${cells}<td>${statusCell(ind.overall)}</td></tr>`;
    })
    .join('\n');
  const notes = sourceNotes(d);
  const reasons = overallReasons(d);
  const charts = d.indicators
    .filter((ind) => ind.chart && ind.chart.line.length > 0)
    .map((ind) => `<figure><figcaption>Chỉ tiêu ${esc(ind.code)}. ${esc(ind.name)}${ind.unit ? ` (${esc(ind.unit)})` : ''} — ${esc(PROGRESS_LABELS[ind.overall] ?? ind.overall)}</figcaption>${chartSvg(ind, d.asOf)}</figure>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Báo cáo kết quả thực hiện Kế hoạch ${esc(d.plan.number)}</title>
<style>
body{font-family:"Times New Roman",serif;margin:24px;color:#111;font-size:14px}
h1{font-size:20px;text-align:center;text-transform:uppercase}h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #999;padding:4px 6px;vertical-align:top}
th{background:#eef2f7}td.n{text-align:right;white-space:nowrap}.st{font-weight:bold}
figure{display:inline-block;margin:8px 12px 16px 0;vertical-align:top}figcaption{font-size:13px;max-width:520px}
.annex{font-size:12px}
</style></head><body>
<p>${esc(d.plan.jurisdictionName)}</p>
<h1>Báo cáo kết quả thực hiện<br>${esc(d.plan.title)}</h1>
<ul>${header(d).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>
<h2>I. Kết quả thực hiện nhiệm vụ</h2>
<table><thead><tr><th>Mã</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian</th><th>Tình trạng</th><th>Báo cáo được duyệt gần nhất</th></tr></thead><tbody>
${tasks}
</tbody></table>
<h2>II. Kinh phí thực hiện</h2>
${budget}
<h2>III. Kết quả thực hiện các chỉ tiêu (Phụ lục)</h2>
<table class="annex"><thead>${annexHead}</thead><tbody>
${annexRows}
</tbody></table>
${reasons.length ? `<p><strong>Căn cứ đánh giá chung</strong></p><ul class="reasons">${reasons.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}
${notes.length ? `<ul class="sources">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}
<h2>IV. Biểu đồ chỉ tiêu so với lộ trình</h2>
${charts || '<p>Không có chỉ tiêu định lượng.</p>'}
</body></html>
`;
};

const mdCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The report as Markdown (GitHub flavour), charts as inline SVG. */
export const renderMarkdown = (d: PlanReportData): string => {
  const lines: string[] = [];
  lines.push(`# Báo cáo kết quả thực hiện ${d.plan.title}`, '', `**${d.plan.jurisdictionName}**`, '', ...header(d).map((l) => `- ${l}`), '');
  lines.push('## I. Kết quả thực hiện nhiệm vụ', '', '| Mã | Nhiệm vụ | Cơ quan chủ trì | Thời gian | Tình trạng | Báo cáo được duyệt gần nhất |', '|---|---|---|---|---|---|');
  for (const t of d.tasks) {
    const r = t.latestReport;
    const report = r ? `${r.period}${r.percentComplete !== null ? ` — ${vnNumber(r.percentComplete)}%` : ''}: ${r.narrative}` : 'Chưa có báo cáo được duyệt';
    lines.push(`| ${mdCell(t.code)} | ${mdCell(reportTaskTitle(t))} | ${mdCell(t.leadAgencies.join('; '))} | ${mdCell(t.timeline ?? '')} | ${TASK_STATUS_LABELS[t.status] ?? t.status}${t.statusReason ? ` (${mdCell(t.statusReason)})` : ''} | ${mdCell(report)} |`);
  }
  lines.push('', '## II. Kinh phí thực hiện', '');
  if (d.budget) {
    lines.push('| Nguồn kinh phí | Kế hoạch | Đã chi |', '|---|---:|---:|');
    for (const s of d.budget.bySource) lines.push(`| ${SOURCE_LABELS[s.source] ?? s.source} | ${vnMoney(s.planned)} | ${vnMoney(s.spent)} |`);
    lines.push(`| **Tổng cộng** | ${vnMoney(d.budget.planned)} | ${vnMoney(d.budget.spent)} |`);
  } else lines.push('_Kinh phí là thông tin nội bộ của tỉnh: đăng nhập với quyền quản trị của tỉnh để xem._');
  lines.push('', '## III. Kết quả thực hiện các chỉ tiêu (Phụ lục)', '');
  const years = d.milestoneYears;
  lines.push(`| STT | Chỉ tiêu | Đơn vị tính | ${years.map((y) => `${y}: mục tiêu | thực tế | kỳ vọng | trạng thái`).join(' | ')} | Đánh giá chung |`);
  lines.push(`|---|---|---|${years.map(() => '---|---:|---:|---|').join('')}---|`);
  for (const ind of d.indicators) {
    const cells = years.map((y) => {
      const m = ind.milestones.find((x) => x.year === y);
      return m ? `${mdCell(m.target)} | ${vnNumber(m.actual)} | ${vnNumber(m.expected)} | ${PROGRESS_LABELS[m.status] ?? m.status}` : ' | | | ';
    });
    lines.push(`| ${mdCell(ind.code)} | ${mdCell(ind.name)} | ${mdCell(ind.unit ?? '')} | ${cells.join(' | ')} | ${PROGRESS_LABELS[ind.overall] ?? ind.overall} |`);
  }
  const reasons = overallReasons(d);
  if (reasons.length) lines.push('', '**Căn cứ đánh giá chung**', '', ...reasons.map((n) => `- ${mdCell(n)}`));
  const notes = sourceNotes(d);
  if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
  lines.push('', '## IV. Biểu đồ chỉ tiêu so với lộ trình', '');
  for (const ind of d.indicators.filter((i) => i.chart && i.chart.line.length > 0)) {
    lines.push(`**Chỉ tiêu ${ind.code}. ${ind.name}** — ${PROGRESS_LABELS[ind.overall] ?? ind.overall}`, '', chartSvg(ind, d.asOf), '');
  }
  return `${lines.join('\n')}\n`;
};
