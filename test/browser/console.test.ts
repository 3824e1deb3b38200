import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../scripts/lib/build-web';
import { parseCsv } from '../../web/src/components/csv';
import { ROUTES, type RouteName } from '../../web/src/routes';
import { CHROMIUM, chromiumArgs, hasChromium } from '../helpers/chromium';
import { startLocalServer, type LocalServer } from '../helpers/local-server';

/**
 * The console (web/) in Debian's Chromium against the real local server on a fresh data
 * folder: the public pages, then an agency files a Q3 report with a PDF, the department
 * returns it with a note, the agency corrects and resubmits, the department approves, and
 * the public plan page shows the approved report. Every screen is scanned with axe-core;
 * screenshots are kept in test-output/console-*.png.
 */
const require = createRequire(import.meta.url);
const axeSource = require.resolve('axe-core/axe.min.js');
let server: LocalServer;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  await ensureWebBuilt();
  // Keys are remembered for 1 s instead of 30, so a revoked key is seen refused within the test.
  // Every page of every test is an anonymous caller from one address: the per-address quota (120 a minute) has its own test.
  server = await startLocalServer({ SEED: '04,24', EXPLORER: 'off', API_KEY_CACHE_SECONDS: '1', QUOTA_ANONYMOUS_PER_MINUTE: '100000' });
  // localhost, as a user types it: the evidence upload URLs and the sign-in's host check name it.
  base = server.url.replace('127.0.0.1', 'localhost');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
  mkdirSync('test-output', { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** axe-core's serious and critical violations on the page as it is now (rule id and where). */
const axeViolations = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
};

const shot = (page: Page, name: string) => page.screenshot({ path: path.join('test-output', `console-${name}.png`), fullPage: false });

const signIn = async (page: Page, role: 'PROVINCE_ADMIN' | 'AGENCY', agency?: string, province = 'Cao Bằng') => {
  await page.goto(`${base}/sign-in`);
  await page.locator('.sign-in > label select').selectOption({ label: province });
  const card = page.locator('.card', { has: page.getByRole('heading', { name: role === 'AGENCY' ? 'Cơ quan báo cáo' : 'Sở Khoa học và Công nghệ (quản trị tỉnh)' }) });
  if (agency) await card.getByLabel('Cơ quan').selectOption({ label: agency });
  await card.getByRole('button', { name: 'Đăng nhập với vai trò này' }).click();
  await page.waitForURL(role === 'AGENCY' ? /\/todo/ : /\/review/);
};


/** Presses Tab until the focused element's accessible text matches (at most `limit` presses); the keyboard is the only input. */
const tabTo = async (page: Page, name: RegExp, limit = 80): Promise<void> => {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    // A string, run in the page: the test's TypeScript has no DOM types.
    const focused = await page.evaluate<string>(`(() => {
      const el = document.activeElement;
      if (!el) return '';
      const label = el.id ? document.querySelector('label[for="' + el.id + '"]')?.textContent : el.closest('label')?.textContent;
      return [el.getAttribute('aria-label') ?? '', label ?? '', el.tagName === 'BUTTON' ? el.textContent ?? '' : ''].join(' ').trim();
    })()`);
    if (name.test(focused)) return;
  }
  throw new Error(`no element matching ${name} within ${limit} Tab presses`);
};

/** The bearer token of the page's session, as the sign-in page stored it. */
const sessionToken = (page: Page): Promise<string> => page.evaluate<string>(`JSON.parse(sessionStorage.getItem('eg.session')).token`);

/** A GraphQL request to the test server with a bearer token: its HTTP status and its data. */
const callApi = async <T,>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; data: T }> => {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, data: ((await response.json()) as { data: T }).data };
};

describe.skipIf(!hasChromium)('console', () => {
  it('shows the public plans, a plan page with tasks and indicator charts, and a diacritic-insensitive directory, in Vietnamese with an English switch', async () => {
    // Prepare
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const foreign: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    // Act
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo', level: 1 }).waitFor();
    const plansViolations = await axeViolations(page);
    await shot(page, 'plans');
    await page.locator('.card h2 a', { hasText: 'Cao Bằng' }).click();
    await page.locator('tr[data-task="4.1"]').waitFor();
    const taskRows = await page.locator('tr[data-task]').count();
    const charts = await page.locator('[data-indicator] svg').count();
    // Each milestone says why in Vietnamese (the API's explanations catalogue, issue 16.9).
    const whyVi = await page.locator('[data-indicator] table tbody tr td:last-child').allInnerTexts();
    const planViolations = await axeViolations(page);
    await shot(page, 'plan');
    const planUrl = page.url();
    await page.goto(`${base}/directory?q=nong%20nghiep`);
    await page.locator('.results .card').first().waitFor();
    const found = await page.locator('.results .card h2').allInnerTexts();
    const directoryViolations = await axeViolations(page);
    await shot(page, 'directory');
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.goto(`${base}/`);
    const englishHeading = await page.getByRole('heading', { level: 1 }).innerText();
    await page.goto(planUrl);
    await page.locator('tr[data-task="4.1"]').waitFor();
    const whyEn = await page.locator('[data-indicator] table tbody tr td:last-child').allInnerTexts();
    await page.getByLabel('Language').selectOption('vi');
    // Assess
    expect(whyVi.length).toBeGreaterThan(0);
    expect(whyVi.every((w) => w.trim().length > 0)).toBe(true);
    expect(whyVi.some((w) => /^(Chưa có số liệu|Chưa hoàn thành; hạn đến \d{2}\/\d{2}\/\d{4})/.test(w))).toBe(true);
    expect(whyEn).toHaveLength(whyVi.length);
    expect(whyEn.some((w) => /^(No approved value|Not done yet; due by \d{4}-\d{2}-\d{2})/.test(w))).toBe(true);
    expect(new URL(planUrl).pathname).toMatch(/^\/plans\/.+/);
    expect(taskRows).toBeGreaterThan(8);
    expect(charts).toBeGreaterThan(0);
    expect(found.some((title) => title.includes('nông nghiệp'))).toBe(true);
    expect(englishHeading).toBe('Innovation-startup ecosystem support plans');
    expect({ plansViolations, planViolations, directoryViolations }).toEqual({ plansViolations: [], planViolations: [], directoryViolations: [] });
    expect(foreign).toEqual([]);
    await page.close();
  }, 120_000);

  it('takes a report from an agency through return, correction and approval to the public plan page', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const pdf = { name: 'bien-ban-hoi-nghi.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };

    // Act: the agency files its Q3 report on task 4.1 with a PDF
    await signIn(page, 'AGENCY', 'Hội Nông dân tỉnh');
    await page.goto(`${base}/todo?period=2026-Q3`);
    const row = page.locator('tr[data-task="4.1"]');
    await row.getByRole('button', { name: 'Lập báo cáo' }).click();
    await page.getByLabel('Nội dung báo cáo').fill('Đã tổ chức 02 hội nghị tại 5 xã.');
    await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('40');
    await page.getByLabel('Tệp minh chứng').setInputFiles(pdf);
    await page.getByText(`Đã tải lên: ${pdf.name}`).waitFor();
    const todoViolations = await axeViolations(page);
    await shot(page, 'agency-report');
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByText('Đã nộp báo cáo.').waitFor();
    // The row's state once the round is read again after the submit.
    const afterSubmit = await row.locator('.badge', { hasText: 'Đã nộp, chờ duyệt' }).innerText({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    // Act: the department returns it, first without a note (refused beside the card), then with one
    await signIn(page, 'PROVINCE_ADMIN');
    await page.goto(`${base}/review?period=2026-Q3`);
    const card = page.locator('.queue .card[data-task="4.1"]');
    await card.waitFor();
    const evidenceLink = await card.getByRole('link', { name: pdf.name }).count();
    const reviewViolations = await axeViolations(page);
    await shot(page, 'review');
    await card.getByRole('button', { name: 'Trả lại' }).click();
    const noNote = await card.locator('.field-errors').innerText();
    await card.getByLabel('Ghi chú').fill('Bổ sung số người tham dự');
    await card.getByRole('button', { name: 'Trả lại' }).click();
    await page.getByText('Đã trả lại báo cáo.').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    // Act: the agency sees the note, corrects the text and resubmits
    await signIn(page, 'AGENCY', 'Hội Nông dân tỉnh');
    await page.goto(`${base}/todo?period=2026-Q3`);
    const returnedNote = await row.locator('.notice').innerText();
    await row.getByRole('button', { name: 'Sửa và nộp lại' }).click();
    await page.getByLabel('Nội dung báo cáo').fill('Đã tổ chức 02 hội nghị tại 5 xã, 120 người tham dự.');
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByText('Đã nộp báo cáo.').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    // Act: the department approves it (selected, in bulk)
    await signIn(page, 'PROVINCE_ADMIN');
    await page.goto(`${base}/review?period=2026-Q3`);
    await card.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Duyệt các mục đã chọn (1)' }).click();
    await page.getByText('Đã duyệt 1 báo cáo.').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    // Act: the public plan page
    await page.goto(`${base}/`);
    await page.locator('.card h2 a', { hasText: 'Cao Bằng' }).click();
    const publicRow = page.locator('tr[data-task="4.1"]');
    await publicRow.waitFor();
    const publicReport = await publicRow.locator('td.report').innerText();
    await shot(page, 'plan-approved');

    // Assess
    expect(afterSubmit).toBe('Đã nộp, chờ duyệt');
    expect(evidenceLink).toBe(1);
    expect(noNote).toContain('Trả lại cần có ghi chú');
    expect(returnedNote).toContain('Bổ sung số người tham dự');
    expect(publicReport).toContain('Quý III/2026');
    expect(publicReport).toContain('120 người tham dự');
    expect({ todoViolations, reviewViolations }).toEqual({ todoViolations: [], reviewViolations: [] });
    await context.close();
  }, 180_000);

  it('lets an agency file its report with the keyboard alone', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, 'AGENCY', 'Tỉnh Đoàn Thanh niên');
    await page.goto(`${base}/todo?period=2026-Q3`);
    const row = page.locator('tr[data-task="3.2"]');
    await row.waitFor();
    await page.locator('main').focus();

    // Act: Tab to the task's button, Enter; the form takes the focus; type, Tab, type, Tab to submit, Enter
    for (let i = 0; i < 3; i += 1) {
      await tabTo(page, /Lập báo cáo/);
      if (await row.getByRole('button', { name: 'Lập báo cáo' }).evaluate((b) => b === b.ownerDocument.activeElement)) break;
    }
    await page.keyboard.press('Enter');
    const focusedField = await page.evaluate<string>(`document.activeElement?.getAttribute('name') ?? ''`);
    await page.keyboard.type('Đã tổ chức 03 lớp tập huấn khởi nghiệp cho đoàn viên.');
    await tabTo(page, /Tỷ lệ hoàn thành/);
    await page.keyboard.type('60');
    await tabTo(page, /^Nộp báo cáo$/);
    await page.keyboard.press('Enter');
    await page.getByText('Đã nộp báo cáo.').waitFor();
    const state = await row.locator('.badge', { hasText: 'Đã nộp, chờ duyệt' }).innerText({ timeout: 10_000 });

    // Assess
    expect(focusedField).toBe('narrative');
    expect(state).toBe('Đã nộp, chờ duyệt');
    await context.close();
  }, 120_000);

  it('lets the department give a Bắc Ninh task its lead agency, after which the round expects that agency\'s report', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, 'PROVINCE_ADMIN', undefined, 'Bắc Ninh');
    await page.goto(`${base}/review?period=2026-Q3`);
    const agencyRow = page.locator('table.matrix tbody tr', { has: page.getByRole('rowheader', { name: 'Sở Công Thương', exact: true }) });
    const expectedBefore = await agencyRow.count();

    // Act
    await page.getByRole('link', { name: 'Phân công' }).click();
    const row = page.locator('tr[data-task="3.3"]');
    await row.waitFor();
    const listedBefore = await page.locator('tr[data-task]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task')));
    const assignViolations = await axeViolations(page);
    await shot(page, 'assign');
    await row.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    const refused = await row.locator('.field-errors').innerText();
    await row.getByLabel(/^Cơ quan:/).selectOption({ label: 'Sở Công Thương' });
    await row.getByLabel(/^Căn cứ giao/).fill('Kết luận cuộc họp ngày 15/10/2026');
    await row.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await page.getByText('Đã giao nhiệm vụ 3.3 cho Sở Công Thương.').waitFor();
    await row.waitFor({ state: 'detached' });
    const listedAfter = await page.locator('tr[data-task]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task')));
    await page.goto(`${base}/review?period=2026-Q3`);
    await agencyRow.waitFor();
    const expectedAfter = await agencyRow.locator('td').first().innerText();
    const overdueReports = page.locator('tr[data-overdue="REPORT"]', { hasText: 'Sở Công Thương' });
    await overdueReports.first().waitFor();
    const overdueFor33 = await overdueReports.filter({ hasText: '3.3.' }).count();
    const overdueViolations = await axeViolations(page);

    // Assess
    expect(expectedBefore).toBe(0);
    expect(refused).toContain('Chọn một cơ quan');
    // Task 3 leaves the list too: a parent counts as assigned once a sub-task has a lead.
    expect(listedAfter).toEqual(listedBefore.filter((code) => code !== '3' && code !== '3.3'));
    expect(expectedAfter).toBe('1');
    // The overdue list now names the agency for the past rounds of 3.3 it owes.
    expect(overdueFor33).toBeGreaterThan(0);
    expect({ assignViolations, overdueViolations }).toEqual({ assignViolations: [], overdueViolations: [] });
    await context.close();
  }, 120_000);

  it('takes an agency\'s actuals, typed the Vietnamese way, through bulk approval to the public chart', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.locator('.card h2 a', { hasText: 'Bắc Ninh' }).click();
    const chart = page.locator('[data-indicator="4"]');
    await chart.waitFor();
    const dotsBefore = await chart.locator('.actual-dot').count();

    // Act: the agency enters two actuals, the first once with text that is not a number
    await signIn(page, 'AGENCY', 'Sở Khoa học và Công nghệ', 'Bắc Ninh');
    await page.goto(`${base}/todo?period=2026-Q3`);
    const first = page.locator('tr[data-indicator-row="4"]');
    await first.getByRole('button', { name: 'Nhập số liệu' }).click();
    await page.getByLabel(/^Giá trị thực hiện/).fill('ba dự án');
    await page.getByRole('button', { name: 'Nộp số liệu' }).click();
    const notANumber = await page.locator('.report-form .field-errors').innerText();
    await page.getByLabel(/^Giá trị thực hiện/).fill('3');
    await page.getByRole('button', { name: 'Nộp số liệu' }).click();
    await page.getByText('Đã nộp số liệu.').waitFor();
    await first.locator('.badge', { hasText: 'Đã nộp, chờ duyệt' }).waitFor();
    const second = page.locator('tr[data-indicator-row="10"]');
    await second.getByRole('button', { name: 'Nhập số liệu' }).click();
    await page.getByLabel(/^Giá trị thực hiện/).fill('1.250');
    const todoViolations = await axeViolations(page);
    await page.getByRole('button', { name: 'Nộp số liệu' }).click();
    await second.locator('.badge', { hasText: 'Đã nộp, chờ duyệt' }).waitFor();
    const typedThousands = await second.locator('td').nth(1).innerText();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    // Act: the department selects both and approves them at once
    await signIn(page, 'PROVINCE_ADMIN', undefined, 'Bắc Ninh');
    await page.goto(`${base}/review?period=2026-Q3`);
    await page.locator('tr[data-actual]').first().waitFor();
    const queued = await page.locator('tr[data-actual]').count();
    const reviewViolations = await axeViolations(page);
    await shot(page, 'review-actuals');
    await page.getByRole('button', { name: 'Chọn tất cả' }).click();
    await page.getByRole('button', { name: 'Duyệt 2 số liệu đã chọn' }).click();
    await page.getByText('Đã duyệt 2 số liệu.').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    // Act: the public plan page
    await page.goto(`${base}/`);
    await page.locator('.card h2 a', { hasText: 'Bắc Ninh' }).click();
    await chart.waitFor();
    const dotsAfter = await chart.locator('.actual-dot').count();
    const milestoneActual = await chart.locator('table.milestones tbody tr').first().locator('td').nth(2).innerText();

    // Assess
    expect(notANumber).toContain('Không phải là số');
    expect(typedThousands).toBe('1.250 Bài báo');
    expect(queued).toBe(2);
    expect(dotsAfter).toBe(dotsBefore + 1);
    expect(milestoneActual).toBe('3');
    expect({ todoViolations, reviewViolations }).toEqual({ todoViolations: [], reviewViolations: [] });
    await context.close();
  }, 180_000);

  it('takes a round\'s 11 actuals by spreadsheet with one bad row: the row\'s error, 10 submitted, bulk approval, the chart changes', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.locator('.card h2 a', { hasText: 'Bắc Ninh' }).click();
    const chart = page.locator('[data-indicator="5"]');
    await chart.waitFor();
    const dotsBefore = await chart.locator('.actual-dot').count();
    await signIn(page, 'AGENCY', 'Sở Khoa học và Công nghệ', 'Bắc Ninh');
    await page.goto(`${base}/todo?period=2026-Q2`);
    await page.locator('tr[data-indicator-row="5"]').waitFor();

    // Act: download the template, fill it as Excel set to Vietnamese saves it (";" and 1.234), one value in words
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải mẫu CSV' }).click()]);
    const template = parseCsv(readFileSync(await download.path(), 'utf8'));
    const quoted = (cells: readonly string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(';');
    const filled = [quoted(template[0]!), ...template.slice(1).map((cells) => {
      const row = [...cells];
      row[4] = cells[0] === '6' ? 'mười hai' : cells[2] === 'Thứ bậc' ? '12' : cells[2] === '%' ? '12,5' : '1.250';
      return quoted(row);
    })].join('\r\n');
    await page.getByLabel('Tải lên bảng đã điền').setInputFiles({ name: 'so-lieu-quy-2.csv', mimeType: 'text/csv', buffer: Buffer.from(filled, 'utf8') });
    await page.locator('table.sheet-preview').waitFor();
    const summary = await page.getByText('so-lieu-quy-2.csv: 11 dòng, 10 dòng hợp lệ.').innerText();
    const badRows = await page.locator('table.sheet-preview tr.row-error').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    const sheetViolations = await axeViolations(page);
    await shot(page, 'agency-sheet');
    await page.getByRole('button', { name: 'Nộp 10 dòng hợp lệ' }).click();
    await page.getByText('Đã nộp 10 số liệu từ bảng tính.').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    // Act: the department approves the ten at once
    await signIn(page, 'PROVINCE_ADMIN', undefined, 'Bắc Ninh');
    await page.goto(`${base}/review?period=2026-Q2`);
    await page.locator('tr[data-actual]').first().waitFor();
    const queued = await page.locator('tr[data-actual]').count();
    await page.getByRole('button', { name: 'Chọn tất cả' }).click();
    await page.getByRole('button', { name: 'Duyệt 10 số liệu đã chọn' }).click();
    await page.getByText('Đã duyệt 10 số liệu.').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.goto(`${base}/`);
    await page.locator('.card h2 a', { hasText: 'Bắc Ninh' }).click();
    await chart.waitFor();
    const dotsAfter = await chart.locator('.actual-dot').count();

    // Assess
    expect(template).toHaveLength(12);
    expect(template.slice(1).every((cells) => cells[3] === '2026-Q2')).toBe(true);
    expect(summary).toContain('10 dòng hợp lệ');
    expect(badRows).toHaveLength(1);
    expect(badRows[0]).toContain('Không phải là số');
    expect(queued).toBe(10);
    expect(dotsAfter).toBe(dotsBefore + 1);
    expect(sheetViolations).toEqual([]);
    await context.close();
  }, 180_000);

  it('shows a plan\'s implementation report from its page, in a sandboxed frame, and downloads it as HTML', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.locator('.card h2 a', { hasText: 'Cao Bằng' }).click();
    // Act
    await page.getByRole('link', { name: 'Xem báo cáo thực hiện' }).click();
    const frame = page.frameLocator('iframe.report-frame');
    await frame.locator('body').getByText('523/KH-UBND').first().waitFor();
    await page.getByLabel('Tính đến ngày').fill('30/09/2026');
    await page.getByText('Báo cáo lập tính đến ngày 30/09/2026.').waitFor();
    const asOfUrl = new URL(page.url()).searchParams.get('asOf');
    const sandbox = await page.locator('iframe.report-frame').getAttribute('sandbox');
    const reportViolations = await axeViolations(page);
    await shot(page, 'report');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về HTML' }).click()]);
    const html = readFileSync(await download.path(), 'utf8');
    // Assess
    expect(asOfUrl).toBe('2026-09-30');
    expect(sandbox).toBe('');
    expect(download.suggestedFilename()).toBe('bao-cao-523-KH-UBND-2026-09-30.html');
    expect(html).toContain('523/KH-UBND');
    expect(html).toContain('<svg');
    expect(reportViolations).toEqual([]);
    await context.close();
  }, 60_000);

  it('lets the department issue a partner key (shown once, working at once), revoke it (refused once the key cache expires), and read a plan\'s audit trail', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, 'PROVINCE_ADMIN');
    const withKey = async (key: string) => (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query: '{ plans(first: 1) { nodes { number } } }' }) })).status;

    // Act: issue, use, revoke
    await page.getByRole('link', { name: 'Khóa API đối tác' }).click();
    await page.getByLabel('Tên cổng đối tác').fill('Cổng thông tin khởi nghiệp Cao Bằng');
    await page.getByLabel('Hạn mức (yêu cầu/phút)').fill('1.200');
    await page.getByRole('button', { name: 'Cấp khóa' }).click();
    const secret = await page.locator('[data-secret]').innerText();
    const keyRow = page.locator('tr[data-key="Cổng thông tin khởi nghiệp Cao Bằng"]');
    const quota = await keyRow.locator('td').first().innerText();
    const keysViolations = await axeViolations(page);
    const statusWhileActive = await withKey(secret);
    await keyRow.getByRole('button', { name: 'Thu hồi' }).click();
    await keyRow.getByRole('button', { name: /^Xác nhận thu hồi/ }).click();
    await keyRow.locator('.badge', { hasText: 'Đã thu hồi' }).waitFor();
    await page.waitForTimeout(1_100);
    const statusRevoked = await withKey(secret);

    // Act: the plan's audit trail, from its page
    await page.goto(`${base}/`);
    await page.locator('.card h2 a', { hasText: 'Cao Bằng' }).click();
    await page.getByRole('link', { name: 'Nhật ký thay đổi của kế hoạch' }).click();
    await page.locator('table.audit tbody tr').first().waitFor();
    const operations = await page.locator('table.audit tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-operation')));
    const kinds = await page.locator('table.audit tbody th').allInnerTexts();
    const auditViolations = await axeViolations(page);
    await shot(page, 'audit');

    // Assess
    expect(secret.length).toBeGreaterThan(20);
    expect(quota).toBe('1.200');
    expect([statusWhileActive, statusRevoked]).toEqual([200, 401]);
    expect(operations).toContain('CREATE');
    expect(kinds.every((k) => k.startsWith('Plan'))).toBe(true);
    expect({ keysViolations, auditViolations }).toEqual({ keysViolations: [], auditViolations: [] });
    await context.close();
  }, 120_000);

  it('lets the department give an agency clerk an account, which signs in to that agency\'s to-do list, and disable it again', async () => {
    // Prepare
    const admin = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const adminPage = await admin.newPage();
    await signIn(adminPage, 'PROVINCE_ADMIN');
    const clerk = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const clerkPage = await clerk.newPage();
    const asClerk = async (token: string) => (await callApi(token, '{ __typename }')).status;

    // Act: create, with a refused attempt first (a clerk without an agency)
    await adminPage.getByRole('link', { name: 'Tài khoản' }).click();
    await adminPage.getByLabel('Thư điện tử').fill('hoa.nt@caobang.gov.vn');
    await adminPage.getByLabel('Họ và tên').fill('Nguyễn Thị Hoà');
    await adminPage.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const refused = await adminPage.locator('.field-errors').first().innerText();
    await adminPage.locator('select[name="agency"]').selectOption({ label: 'Hội Nông dân tỉnh' });
    await adminPage.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const row = adminPage.locator('tr[data-account="hoa.nt@caobang.gov.vn"]');
    await row.waitFor();
    const created = await row.innerText();
    const usersViolations = await axeViolations(adminPage);
    await shot(adminPage, 'users');

    // Act: the clerk signs in from the sign-in page's account list, on a phone-sized screen
    await clerkPage.goto(`${base}/sign-in`);
    await clerkPage.getByRole('button', { name: /Nguyễn Thị Hoà/ }).click();
    await clerkPage.waitForURL(/\/todo/);
    const clerkHeading = clerkPage.getByRole('heading', { level: 1, name: /Hội Nông dân tỉnh/ });
    await clerkHeading.waitFor();
    const heading = await clerkHeading.innerText();
    const who = await clerkPage.locator('.who').innerText();
    const token = await sessionToken(clerkPage);
    const beforeDisable = await asClerk(token);

    // Act: the department disables the account
    await row.getByRole('button', { name: 'Khóa' }).click();
    await row.getByLabel('Lý do (ghi vào nhật ký)').fill('chuyển công tác');
    await row.getByRole('button', { name: /^Xác nhận khóa/ }).click();
    await row.locator('.badge', { hasText: 'Đã khóa' }).waitFor();
    const afterDisable = await asClerk(token);
    await clerkPage.goto(`${base}/sign-in`);
    await clerkPage.getByRole('heading', { level: 1 }).waitFor();
    const listedAfter = await clerkPage.getByRole('button', { name: /Nguyễn Thị Hoà/ }).count();

    // Assess
    expect(refused).toContain('Cán bộ cơ quan báo cáo cần được gắn với một cơ quan.');
    expect(created).toContain('Nguyễn Thị Hoà');
    expect(created).toContain('Hội Nông dân tỉnh');
    expect(created).toContain('Đang hoạt động');
    expect(heading).toBe('Việc cần làm · Hội Nông dân tỉnh');
    expect(who).toContain('Nguyễn Thị Hoà');
    expect([beforeDisable, afterDisable]).toEqual([200, 401]);
    expect(listedAfter).toBe(0);
    expect(usersViolations).toEqual([]);
    await admin.close();
    await clerk.close();
  }, 120_000);

  it('shows the provinces side by side, with counts, indicator status bars and a CSV of the table', async () => {
    // Prepare
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    // Act
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'So sánh các tỉnh' }).click();
    await page.locator('tr[data-jurisdiction="24"]').waitFor();
    const provinces = await page.locator('tr[data-jurisdiction] th').allInnerTexts();
    const bars = await page.locator('figure.status-bar').count();
    const barLabel = await page.locator('figure.status-bar[data-plan="151/KH-UBND"] svg').getAttribute('aria-label');
    const nationalViolations = await axeViolations(page);
    await shot(page, 'national');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    await page.goto(`${base}/sign-in`);
    await page.locator('.card', { has: page.getByRole('heading', { name: 'Mạng lưới quốc gia' }) }).getByRole('button', { name: 'Đăng nhập với vai trò này' }).click();
    await page.waitForURL(/\/national$/);
    // The URL changes before the lazily loaded screen renders.
    await page.locator('tr[data-jurisdiction]').first().waitFor();
    const nationalLanding = await page.getByRole('heading', { level: 1 }).innerText();
    // Assess
    expect(provinces).toEqual(['Cao Bằng', 'Bắc Ninh']);
    expect(bars).toBe(2);
    expect(barLabel).toMatch(/Chưa có số liệu \d+/);
    expect(csv.startsWith('\ufeffTỉnh,Nguồn dữ liệu,Khởi nghiệp')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(nationalLanding).toBe('So sánh giữa các tỉnh');
    expect(nationalViolations).toEqual([]);
    await page.close();
  }, 60_000);

  it('amends a published plan in the editor: changes gathered and shown side by side, kept across a reload, a conflict reloaded and re-applied, recorded as a new edition with its diff', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, 'PROVINCE_ADMIN', undefined, 'Bắc Ninh');
    const token = await sessionToken(page);
    const api = (query: string, variables: Record<string, unknown> = {}) => callApi<{ node: { id: string; version: number }; planAmend: unknown }>(token, query, variables);
    await page.goto(`${base}/`);
    await page.locator('.card h2 a', { hasText: 'Bắc Ninh' }).click();
    await page.getByRole('link', { name: 'Sửa kế hoạch này' }).click();
    await page.locator('tr[data-task="7"]').waitFor();

    // Act: edit task 7 (timeline, a lead agency), a 2030 target, and add task 8.1
    await page.getByRole('button', { name: 'Sửa 7', exact: true }).click();
    await page.getByLabel(/^Thời gian/).fill('Giai đoạn 2026 - 2030');
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await page.getByLabel('Cơ quan 1').selectOption({ label: 'Sở Khoa học và Công nghệ' });
    await page.getByRole('button', { name: 'Thêm vào lần điều chỉnh' }).click();
    await page.getByRole('button', { name: 'Sửa mục tiêu 2', exact: true }).click();
    await page.getByLabel('Năm mốc').fill('2030');
    await page.getByLabel(/^Mục tiêu/).fill('≥ 160');
    await page.getByRole('button', { name: 'Thêm vào lần điều chỉnh' }).click();
    await page.getByLabel('Nhiệm vụ mới thuộc').selectOption('8');
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const newCode = await page.getByLabel('Số hiệu nhiệm vụ').inputValue();
    await page.getByLabel('Tên nhiệm vụ').fill('Tổ chức Ngày hội khởi nghiệp cấp xã, phường');
    await page.getByRole('button', { name: 'Thêm vào lần điều chỉnh' }).click();
    const changes = await page.locator('table.diff tr[data-change]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-change'), ...[...r.querySelectorAll('td')].map((td) => td.textContent)]));
    const amendViolations = await axeViolations(page);
    await shot(page, 'plan-edit');
    // …still there after a reload (kept in the browser until recorded)
    await page.reload();
    await page.locator('table.diff tr[data-change]').first().waitFor();
    const keptAfterReload = await page.locator('table.diff tr[data-change]').count();

    // Act: record without a reason (refused beside the field), then after someone else amended the plan (a conflict)
    await page.getByRole('button', { name: 'Ghi lần điều chỉnh' }).click();
    const noReason = await page.locator('.field-errors').first().innerText();
    const current = await api('query ($id: ID!) { node(id: $id) { ... on Plan { id version } } }', { id: new URL(page.url()).pathname.split('/')[2] });
    const other = await api('mutation ($input: PlanAmendInput!) { planAmend(input: $input) { edition { edition } userErrors { code } } }', {
      input: { id: current.data.node.id, expectedVersion: current.data.node.version, note: 'Sửa tên kế hoạch (người khác)', plan: { title: 'Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Ninh giai đoạn 2025 - 2030, định hướng đến năm 2045' } },
    });
    await page.getByLabel('Nội dung, lý do điều chỉnh').fill('Bổ sung cơ quan chủ trì nhiệm vụ 7, nâng chỉ tiêu 2030 và thêm ngày hội cấp xã');
    await page.getByLabel(/^Quyết định điều chỉnh/).fill('Quyết định số 12/QĐ-UBND');
    await page.getByRole('button', { name: 'Ghi lần điều chỉnh' }).click();
    await page.getByRole('button', { name: 'Tải lại kế hoạch (giữ nguyên thay đổi của bạn)' }).click();
    await page.getByRole('button', { name: 'Tải lại kế hoạch (giữ nguyên thay đổi của bạn)' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Ghi lần điều chỉnh' }).click();
    const recorded = await page.locator('.notice[role="status"]').innerText();
    await page.locator('tr[data-edition="3"]').waitFor();
    await page.getByLabel('So sánh từ').selectOption('2');
    await page.getByLabel('đến', { exact: true }).selectOption('3');
    await page.locator('table.diff tr[data-path]').first().waitFor();
    const paths = await page.locator('table.diff tr[data-path]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')));
    const editionsViolations = await axeViolations(page);
    await shot(page, 'plan-editions');
    await page.getByRole('link', { name: 'Về trang công khai của kế hoạch' }).click();
    await page.locator(`tr[data-task="${newCode}"]`).waitFor();
    const publicTask7 = await page.locator('tr[data-task="7"]').innerText();

    // Assess
    expect(newCode).toBe('8.1');
    expect(changes).toEqual([
      ['task:7:timeline', '—', 'Giai đoạn 2026 - 2030'],
      ['task:7:agencies', '—', 'Sở Khoa học và Công nghệ (Chủ trì)'],
      ['task:8.1:task', '—', 'Tổ chức Ngày hội khởi nghiệp cấp xã, phường'],
      ['target:2:2030', '≥ 150', '≥ 160'],
    ]);
    expect(keptAfterReload).toBe(4);
    expect(noReason).toContain('Cần ghi lý do điều chỉnh.');
    expect(other.data.planAmend).toEqual({ edition: { edition: 2 }, userErrors: [] });
    expect(recorded).toBe('Đã ghi lần điều chỉnh; kế hoạch nay là lần ban hành 3.');
    expect(paths).toEqual(expect.arrayContaining(['tasks[7].timeline', 'tasks[8.1]']));
    expect(paths.some((p) => p?.startsWith('indicators[2]'))).toBe(true);
    expect(paths).not.toContain('plan.title');
    expect(publicTask7).toContain('Giai đoạn 2026 - 2030');
    expect({ amendViolations, editionsViolations }).toEqual({ amendViolations: [], editionsViolations: [] });
    await context.close();
  }, 180_000);

  it('edits a draft plan directly (a task with its lead agency, timeline and output, then a correction) and publishes it as edition 1', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, 'PROVINCE_ADMIN');
    const token = await sessionToken(page);
    const api = async <T,>(query: string, variables: Record<string, unknown> = {}): Promise<T> => (await callApi<T>(token, query, variables)).data;
    const created = await api<{ planCreate: { plan: { id: string } } }>('mutation ($input: PlanCreateInput!) { planCreate(input: $input) { plan { id } userErrors { code } } }', {
      input: { jurisdiction: '04', number: '99/KH-UBND', title: 'Kế hoạch thử nghiệm hỗ trợ khởi nghiệp năm 2027', periodFrom: 2027, periodTo: 2027 },
    });
    const planId = created.planCreate.plan.id;

    // Act: a new task, saved at once
    await page.goto(`${base}/plans/${encodeURIComponent(planId)}/edit`);
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const code = await page.getByLabel('Số hiệu nhiệm vụ').inputValue();
    await page.getByLabel('Tên nhiệm vụ').fill('Tổ chức hội thảo kết nối khởi nghiệp nông nghiệp');
    await page.getByLabel(/^Thời gian/).fill('Quý I/2027');
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await page.getByLabel('Cơ quan 1').selectOption({ label: 'Hội Nông dân tỉnh' });
    await page.getByRole('button', { name: 'Thêm sản phẩm' }).click();
    await page.getByLabel('Sản phẩm 1').fill('Hội thảo kết nối');
    await page.getByLabel('Số lượng').fill('hai');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const notANumber = await page.locator('.field-errors').first().innerText();
    await page.getByLabel('Số lượng').fill('2');
    await page.getByLabel('Đơn vị').fill('hội thảo');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu nhiệm vụ 1.').waitFor();
    // …corrected, still directly (a draft has no amendments)
    await page.getByRole('button', { name: 'Sửa 1', exact: true }).click();
    await page.getByLabel(/^Thời gian/).fill('Quý I và quý II/2027');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('tr[data-task="1"]', { hasText: 'Quý I và quý II/2027' }).waitFor();
    const draftViolations = await axeViolations(page);
    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByText('Đã ban hành kế hoạch.').waitFor();
    await page.locator('tr[data-edition="1"]').waitFor();
    const stored = await api<{ node: { status: string; edition: number; tasks: { nodes: { code: string; timeline: { text: string; start: string; end: string }; leadAgencies: { name: string }[]; outputs: { text: string; quantity: number; unit: string }[] }[] } } }>(
      'query ($id: ID!) { node(id: $id) { ... on Plan { status edition tasks(first: 10) { nodes { code timeline { text start end } leadAgencies { name } outputs { text quantity unit } } } } } }',
      { id: planId },
    );

    // Assess
    expect(code).toBe('1');
    expect(notANumber).toContain('Không phải là số');
    expect(stored.node.status).toBe('PUBLISHED');
    expect(stored.node.edition).toBe(1);
    expect(stored.node.tasks.nodes).toEqual([{
      code: '1',
      timeline: { text: 'Quý I và quý II/2027', start: '2027-01-01', end: '2027-06-30' },
      leadAgencies: [{ name: 'Hội Nông dân tỉnh' }],
      outputs: [{ text: 'Hội thảo kết nối', quantity: 2, unit: 'hội thảo' }],
    }]);
    expect(draftViolations).toEqual([]);
    await context.close();
  }, 120_000);

  it('keeps the registry: a startup registered (a bad date refused beside the field), found without diacritics, corrected, matched with a suggested mentor and removed; a mentor registered; the startups still without a mentor', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, 'PROVINCE_ADMIN');
    const name = 'Hợp tác xã Trà Shan tuyết Phja Oắc';

    // Act: register
    await page.getByRole('link', { name: 'Sổ đăng ký' }).click();
    await page.getByRole('button', { name: 'Đăng ký khởi nghiệp' }).click();
    await page.getByLabel('Tên', { exact: true }).fill(name);
    await page.getByLabel('Giai đoạn', { exact: true }).last().selectOption('STARTUP');
    await page.getByLabel(/^Ngày đăng ký lần đầu/).fill('31/02/2026');
    await page.getByLabel('Sản phẩm OCOP').check();
    await page.getByLabel('Du lịch').check();
    await page.getByLabel('Xã, phường').fill('Xã Phja Oắc');
    await page.getByRole('button', { name: 'Đăng ký khởi nghiệp' }).last().click();
    const badDate = await page.locator('.field-errors').first().innerText();
    await page.getByLabel(/^Ngày đăng ký lần đầu/).fill('15/03/2026');
    await page.getByRole('button', { name: 'Đăng ký khởi nghiệp' }).last().click();
    await page.getByText(`Đã đăng ký ${name}.`).waitFor();
    // …found by words typed without diacritics
    await page.getByRole('searchbox', { name: 'Tìm' }).fill('tra shan tuyet');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const row = page.locator(`tr[data-startup="${name}"]`);
    await row.waitFor();
    const found = await page.locator('tr[data-startup]').count();
    const registryViolations = await axeViolations(page);
    await shot(page, 'registry');
    // …corrected
    await row.getByRole('button', { name: `Sửa ${name}` }).click();
    await page.locator('#startup-stage').selectOption('SCALEUP');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText(`Đã lưu ${name}.`).waitFor();
    const stageAfter = await row.locator('td').first().innerText();
    // …matched with the first suggested mentor
    await row.getByRole('button', { name: `Cố vấn cho ${name}` }).click();
    const suggestion = page.locator('[data-suggestion]').first();
    await suggestion.waitFor();
    const mentor = (await suggestion.getAttribute('data-suggestion')) ?? '';
    await suggestion.getByRole('button', { name: /^Ghép với/ }).click();
    await page.locator(`li[data-mentorship="${mentor}"]`, { hasText: 'Đang kèm' }).waitFor();
    const mentoringViolations = await axeViolations(page);
    await shot(page, 'registry-mentoring');
    const activeCount = await row.locator('td.num').innerText();
    // …exported, then removed
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    await row.getByRole('button', { name: `Xóa ${name}`, exact: true }).click();
    await row.getByRole('button', { name: `Xác nhận xóa ${name}` }).click();
    const refusedDelete = await page.locator('.field-errors').first().innerText();
    // …after its mentorship ends (the day prefilled as today, dd/mm/yyyy)
    const mentorship = page.locator(`li[data-mentorship="${mentor}"]`);
    await mentorship.getByRole('button', { name: 'Kết thúc' }).click();
    await mentorship.getByRole('button', { name: 'Xác nhận kết thúc' }).click();
    await page.locator(`li[data-mentorship="${mentor}"]`, { hasText: 'Đã kết thúc' }).waitFor();
    await row.getByRole('button', { name: `Xóa ${name}`, exact: true }).click();
    await row.getByRole('button', { name: `Xác nhận xóa ${name}` }).click();
    await page.getByText(`Đã xóa ${name}.`).waitFor();
    const afterDelete = await page.locator(`tr[data-startup="${name}"]`).count();

    // Act: a mentor, with a capacity in words refused first
    await page.getByRole('button', { name: 'Cố vấn', exact: true }).click();
    await page.getByRole('button', { name: 'Đăng ký cố vấn' }).click();
    await page.getByLabel('Tên', { exact: true }).fill('TS. Nông Thị Thu');
    await page.getByLabel('Đơn vị công tác').fill('Trường Cao đẳng Cao Bằng');
    await page.getByLabel(/^Chuyên môn/).fill('Marketing sản phẩm OCOP\nDu lịch cộng đồng');
    await page.getByLabel('Số khởi nghiệp kèm cùng lúc').fill('ba');
    await page.getByRole('button', { name: 'Đăng ký cố vấn' }).last().click();
    const badCapacity = await page.locator('.field-errors').first().innerText();
    await page.getByLabel('Số khởi nghiệp kèm cùng lúc').fill('3');
    await page.getByRole('button', { name: 'Đăng ký cố vấn' }).last().click();
    await page.locator('tr[data-mentor="TS. Nông Thị Thu"]').waitFor();
    const mentorRow = await page.locator('tr[data-mentor="TS. Nông Thị Thu"]').innerText();
    const mentorsViolations = await axeViolations(page);

    // Act: the startups in incubation without a mentor
    await page.getByRole('button', { name: 'Chưa có cố vấn', exact: true }).click();
    await page.locator('li[data-gap]').first().waitFor();
    const gaps = await page.locator('li[data-gap]').count();
    const gapsViolations = await axeViolations(page);

    // Assess
    expect(badDate).toContain('Ngày không hợp lệ');
    expect(found).toBe(1);
    expect(stageAfter).toBe('Giai đoạn mở rộng');
    expect(mentor).not.toBe('');
    expect(activeCount).toBe('1');
    expect(csv.split('\r\n')[1]).toContain(`${name},,Giai đoạn mở rộng,15/03/2026,Sản phẩm OCOP; Du lịch`);
    expect(refusedDelete).toContain('active mentorship');
    expect(afterDelete).toBe(0);
    expect(badCapacity).toContain('Cần một số nguyên không âm.');
    expect(mentorRow).toContain('3/3');
    expect(gaps).toBeGreaterThan(0);
    expect({ registryViolations, mentoringViolations, mentorsViolations, gapsViolations }).toEqual({ registryViolations: [], mentoringViolations: [], mentorsViolations: [], gapsViolations: [] });
    await context.close();
  }, 180_000);

  it('passes axe-core on every route of the router table, loaded and with the API failing (a masked error), in Vietnamese and English; public and agency screens fit a phone', async () => {
    // Prepare: a session per role, as the sign-in page stores it
    const post = async (body: Record<string, unknown>) =>
      (await (await fetch(`${base}/local/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify(body) })).json()) as { token: string; role: string; jurisdictions?: string[]; agency?: string };
    const read = async <T,>(query: string) => ((await (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as { data: T }).data;
    const { plans, agencies } = await read<{ plans: { nodes: { id: string; number: string }[] }; agencies: { nodes: { id: string; name: string }[] } }>(
      '{ plans(first: 10) { nodes { id number } } agencies(first: 100, filter: { jurisdiction: "04" }) { nodes { id name } } }',
    );
    const planId = plans.nodes.find((p) => p.number === '523/KH-UBND')!.id;
    const agency = agencies.nodes.find((a) => a.name === 'Hội Nông dân tỉnh')!.id;
    const sessions = {
      PUBLIC: null,
      PROVINCE_ADMIN: { ...(await post({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] })), label: 'Sở KH&CN' },
      AGENCY: { ...(await post({ role: 'AGENCY', jurisdictions: ['04'], agency })), label: 'Hội Nông dân tỉnh' },
    };
    const routeUrl = (name: RouteName) => `${base}${ROUTES[name].path.replace(':id', encodeURIComponent(planId))}${name === 'report' ? `?plan=${encodeURIComponent(planId)}` : ''}`;
    const masked = JSON.stringify({ data: null, errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-axe-1' } }] });
    const violations: Record<string, string[]> = {};
    const maskedShown: string[] = [];

    // Act
    for (const lang of ['vi', 'en'] as const) {
      for (const state of ['loaded', 'failing'] as const) {
        for (const who of ['PUBLIC', 'AGENCY', 'PROVINCE_ADMIN'] as const) {
          // One browser context per language, state and role; each route is a fresh navigation in it.
          const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
          const session = sessions[who];
          await context.addInitScript(`localStorage.setItem('eg.lang', ${JSON.stringify(lang)}); ${session ? `sessionStorage.setItem('eg.session', ${JSON.stringify(JSON.stringify(session))});` : ''}`);
          const page = await context.newPage();
          if (state === 'failing') await page.route('**/graphql', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: masked }));
          for (const name of (Object.keys(ROUTES) as RouteName[]).filter((n) => ROUTES[n].who === who)) {
            await page.goto(routeUrl(name));
            const heading = () => page.locator('main h1, main [role="alert"]').first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
            // One reload under a loaded CI machine before a screen counts as showing nothing.
            const shown = (await heading()) || (await page.reload().then(heading));
            if (!shown) {
              violations[`${name} ${lang} ${state}`] = [`no heading or alert: ${(await page.locator('main').innerText()).slice(0, 200)}`];
              continue;
            }
            await page.waitForLoadState('networkidle');
            const found = await axeViolations(page);
            if (found.length) violations[`${name} ${lang} ${state}`] = found;
            if (state === 'failing' && (await page.getByText('req-axe-1').count()) > 0) maskedShown.push(name);
          }
          await context.close();
        }
      }
    }

    // Act: the public and agency screens on a phone (a commune clerk's): nothing wider than the screen but what scrolls inside its own box
    const overflowing: string[] = [];
    for (const who of ['PUBLIC', 'AGENCY'] as const) {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
      const session = sessions[who];
      if (session) await context.addInitScript(`sessionStorage.setItem('eg.session', ${JSON.stringify(JSON.stringify(session))});`);
      const page = await context.newPage();
      for (const name of (Object.keys(ROUTES) as RouteName[]).filter((n) => ROUTES[n].who === who)) {
        await page.goto(routeUrl(name));
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        const width = await page.evaluate<number>('document.documentElement.scrollWidth');
        if (width > 375) overflowing.push(`${name}: ${width}px`);
        if (name === 'todo') await shot(page, 'phone-todo');
      }
      await context.close();
    }

    // Assess
    expect(violations).toEqual({});
    expect(overflowing).toEqual([]);
    expect(maskedShown).toEqual(expect.arrayContaining(['plans', 'plan', 'planEdit', 'review', 'registry', 'users', 'keys']));
  }, 600_000);
});

describe.skipIf(!hasChromium)('console: importing a plan document', () => {
  let fresh: LocalServer;
  let freshBase: string;
  beforeAll(async () => {
    if (!hasChromium) return;
    // Bắc Ninh only: Cao Bằng's jurisdiction is held but its plan is not loaded, so its document can be imported.
    fresh = await startLocalServer({ SEED: '24', EXPLORER: 'off', QUOTA_ANONYMOUS_PER_MINUTE: '100000' });
    freshBase = fresh.url.replace('127.0.0.1', 'localhost');
  }, 120_000);
  afterAll(async () => {
    await fresh?.stop();
  });

  it('imports Cao Bằng\'s document as a draft, shows it beside the source with what the parser was unsure of, takes a correction and publishes it', async () => {
    // Prepare
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const document = readFileSync(path.join('..', 'shared', 'plans', 'cao-bang-523-KH-UBND-2026.txt'));
    await page.goto(`${freshBase}/sign-in`);
    await page.locator('.sign-in > label select').selectOption({ label: 'Cao Bằng' });
    await page.locator('.card', { has: page.getByRole('heading', { name: 'Sở Khoa học và Công nghệ (quản trị tỉnh)' }) }).getByRole('button', { name: 'Đăng nhập với vai trò này' }).click();
    await page.waitForURL(/\/review/);

    // Act
    await page.getByRole('link', { name: 'Nhập kế hoạch' }).click();
    await page.getByLabel('Văn bản kế hoạch').setInputFiles({ name: 'cao-bang-523.txt', mimeType: 'text/plain', buffer: document });
    await page.locator('.draft-tasks li[data-task="4.1"]').waitFor({ timeout: 60_000 });
    const sourceShown = await page.locator('.source pre').innerText();
    const groups = await page.locator('.confidence li').evaluateAll((items) => items.map((li) => li.getAttribute('data-field')));
    const draftStatus = await page.locator('#import-draft .badge').innerText();
    const importViolations = await axeViolations(page);
    await shot(page, 'import');
    await page.getByRole('button', { name: 'Sửa số hiệu và tên' }).click();
    await page.getByLabel('Tên kế hoạch').fill('Triển khai hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh Cao Bằng năm 2026');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu.').waitFor();
    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByText('Đã ban hành kế hoạch.').waitFor();
    await page.getByRole('link', { name: '523/KH-UBND' }).click();
    await page.locator('tr[data-task="4.1"]').waitFor();
    const publicTitle = await page.getByRole('heading', { level: 1 }).innerText();
    const publicStatus = await page.locator('.eyebrow .badge').first().innerText();

    // Assess
    expect(sourceShown).toContain('Số: 523 /KH-UBND');
    expect(groups).toEqual(expect.arrayContaining(['header', 'tasks', 'agencies', 'timelines']));
    expect(draftStatus).toBe('Dự thảo');
    expect(publicTitle).toBe('Triển khai hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh Cao Bằng năm 2026');
    expect(publicStatus).toBe('Đã ban hành');
    expect(importViolations).toEqual([]);
    await context.close();
  }, 180_000);
});

