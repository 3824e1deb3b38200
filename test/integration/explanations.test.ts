import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Reasons a person can read in Vietnamese (issue 16.9): milestone progress, task status and
 * mentor suggestions carry catalogue codes with parameters and render in either language; the
 * English `reason`/`reasons` strings are the same sentences; the yearly report says why in Vietnamese.
 */
let h: Harness;
let admin: string;
let planId: string;
let taskId: string;

type Explanation = { code: string; params: { name: string; kind: string; value: string }[]; vi: string; en: string };
const EXPLANATION = 'code params { name kind value } vi: text en: text(language: EN)';

const gql = async <T>(query: string, variables?: Record<string, unknown>, token = admin) => {
  const res = await h.gql<T>(query, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data!;
};

beforeAll(async () => {
  h = await startHarness({ seed: ['24'] });
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
  const plan = await gql<{ planByNumber: { id: string; tasks: { nodes: { id: string; code: string }[] } } }>(
    `{ planByNumber(jurisdiction: "24", number: "151/KH-UBND") { id tasks(first: 100) { nodes { id code } } } }`,
  );
  planId = plan.planByNumber.id;
  taskId = plan.planByNumber.tasks.nodes.find((t) => t.code === '3.1')!.id;
}, 60_000);
afterAll(async () => h?.close());

describe('explanations', () => {
  it('explain each milestone with a code, its parameters and a Vietnamese sentence; the English reason is the same sentence', async () => {
    // Act
    const out = await gql<{ node: { indicators: { nodes: { code: string; progress: { milestones: { year: number; status: string; reason: string; explanation: Explanation }[] } }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Plan { indicators(first: 100) { nodes { code progress(asOf: "2026-10-15") { milestones { year status reason explanation { ${EXPLANATION} } } } } } } } }`,
      { id: planId },
    );
    // Assess
    const milestones = out.node.indicators.nodes.flatMap((i) => i.progress.milestones);
    expect(milestones.length).toBeGreaterThan(10);
    for (const m of milestones) {
      expect(m.reason).toBe(m.explanation.en);
      expect(m.explanation.vi).not.toBe(m.explanation.en);
    }
    const later = milestones.find((m) => m.status === 'NOT_DUE' && m.year === 2045)!;
    expect(later.explanation.code).toBe('MILESTONE_NOT_DUE');
    expect(later.explanation.params).toEqual([
      { name: 'next', kind: 'YEAR', value: '2030' },
      { name: 'year', kind: 'YEAR', value: '2045' },
    ]);
    expect(later.explanation.vi).toBe('Chưa đến hạn: mốc năm 2030 đến trước; mốc năm 2045 được đánh giá sau khi hết năm 2030.');
  });

  it("explain a task's status fact by fact, and the yearly report gives the deciding one in Vietnamese", async () => {
    // Act
    const out = await gql<{ node: { status: { status: string; reasons: string[]; explanations: Explanation[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Task { status(asOf: "2026-10-15") { status reasons explanations { ${EXPLANATION} } } } } }`,
      { id: taskId },
    );
    const report = await gql<{ planReport: { markdown: string; html: string } }>(`query($id: ID!) { planReport(plan: $id, asOf: "2026-10-15") { markdown html } }`, { id: planId });
    // Assess
    const s = out.node.status;
    expect(s.status).toBe('UNASSIGNED');
    expect(s.explanations.map((e) => e.code)).toEqual(['NO_APPROVED_REPORT', 'NO_LEAD_AGENCY']);
    expect(s.reasons).toEqual(s.explanations.map((e) => e.en));
    expect(s.explanations[1]!.vi).toMatch(/^Chưa giao cơ quan chủ trì/);
    expect(report.planReport.markdown).toContain(`Chưa phân công (${s.explanations[1]!.vi})`);
    expect(report.planReport.markdown).toContain('**Căn cứ đánh giá chung**');
    expect(report.planReport.html).toContain('Căn cứ đánh giá chung');
  });

  it('explain a mentor suggestion with sectors by their Vietnamese names', async () => {
    // Prepare
    const create = async (name: string, input: Record<string, unknown>) => {
      const key = name.replace('Create', '');
      const res = await gql<Record<string, Record<string, { id: string } | unknown[]>>>(
        `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${key} { id } userErrors { code message } } }`,
        { input },
      );
      expect(res[name]!.userErrors).toEqual([]);
      return (res[name]![key] as { id: string }).id;
    };
    const startup = await create('startupCreate', { jurisdiction: '24', name: 'Bán dẫn Yên Phong', stage: 'STARTUP', firstRegisteredOn: '2025-03-01', sectors: ['ELECTRONICS_SEMICONDUCTORS'] });
    await create('mentorCreate', { jurisdiction: '24', name: 'Chuyên gia Từ Sơn', capacity: 4, sectors: ['ELECTRONICS_SEMICONDUCTORS'], totTrained: true });
    // Act
    const out = await gql<{ mentorSuggestions: { reasons: string[]; explanations: Explanation[] }[] }>(
      `query($id: ID!) { mentorSuggestions(startup: $id) { reasons explanations { ${EXPLANATION} } } }`,
      { id: startup },
    );
    // Assess
    const [first] = out.mentorSuggestions;
    expect(first!.explanations.map((e) => e.vi)).toEqual(['Cùng lĩnh vực: điện tử, bán dẫn', 'Còn 4/4 chỗ trống', 'Đã được đào tạo TOT']);
    expect(first!.explanations[0]!.params).toEqual([{ name: 'sector', kind: 'CODE', value: 'ELECTRONICS_SEMICONDUCTORS' }]);
    expect(first!.reasons).toEqual(first!.explanations.map((e) => e.en));
  });
});
