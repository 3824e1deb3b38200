import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../scripts/lib/build-web';
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
  server = await startLocalServer({ SEED: '04', EXPLORER: 'off' });
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

const signIn = async (page: Page, role: 'PROVINCE_ADMIN' | 'AGENCY', agency?: string) => {
  await page.goto(`${base}/sign-in`);
  const card = page.locator('.card', { has: page.getByRole('heading', { name: role === 'AGENCY' ? 'Cơ quan báo cáo' : 'Sở Khoa học và Công nghệ (quản trị tỉnh)' }) });
  if (agency) await card.getByLabel('Cơ quan').selectOption({ label: agency });
  await card.getByRole('button', { name: 'Đăng nhập với vai trò này' }).click();
  await page.waitForURL(role === 'AGENCY' ? /\/todo/ : /\/review/);
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
    await page.locator('.card h2 a').first().click();
    await page.locator('tr[data-task="4.1"]').waitFor();
    const taskRows = await page.locator('tr[data-task]').count();
    const charts = await page.locator('[data-indicator] svg').count();
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
    await page.getByLabel('Language').selectOption('vi');
    // Assess
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
    await page.locator('.card h2 a').first().click();
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
});
