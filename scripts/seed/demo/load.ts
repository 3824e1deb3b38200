/**
 * Loads the demo ecosystem (data.ts) through the same services as the API, as a
 * province admin of each jurisdiction, after the seed plans (events and competitions
 * link to the plans' tasks). IDs derive from the facts, and a marker claim records a
 * finished load, so a second `npm start` changes nothing.
 */
import type { Store, StoredRecord } from '../../../functions/data';
import type { Outcome } from '../../../functions/domain/common/user-error';
import type { Sector } from '../../../functions/domain/ecosystem/model';
import { agencyByName } from '../../../functions/services/agencies';
import type { ServiceContext } from '../../../functions/services/context';
import { applicationDef, awardApplication, competitionDef, shortlistApplication } from '../../../functions/services/ecosystem/competitions';
import { eventDef, supportGrantDef } from '../../../functions/services/ecosystem/events';
import { incubationDef, incubatorDef } from '../../../functions/services/ecosystem/incubators';
import { investmentDef, investorDef } from '../../../functions/services/ecosystem/investors';
import { mentorDef, startMentorship } from '../../../functions/services/ecosystem/mentors';
import { createEntity } from '../../../functions/services/ecosystem/registry';
import { startupDef } from '../../../functions/services/ecosystem/startups';
import { loadRecord } from '../../../functions/services/records';
import { TASK } from '../../../functions/domain/plan/entities';
import { seedContext, seedId } from '../load';
import type { Derivation } from '../../../functions/domain/indicator/entities';
import { fold } from '../../../functions/domain/text/vietnamese';
import { deriveIndicator } from '../../../functions/services/ecosystem/derived';
import { listPlanIndicators } from '../../../functions/services/indicators';
import { getPlan } from '../../../functions/services/plans';
import { demo, demoProvinces, MENTOR_EXPERTISE, registrationDate, STAGES, type DemoProvince } from './data';

const MARKER = 'seed#demo-v1';

const ok = <T>(outcome: Outcome<T>, what: string): T => {
  if (!outcome.ok) throw new Error(`Demo seed: ${what} failed: ${JSON.stringify(outcome.errors)}`);
  return outcome.value;
};

export interface DemoReport {
  readonly jurisdiction: string;
  readonly records: number;
  readonly skipped: boolean;
}

export const loadDemoEcosystem = async (store: Store, codes: readonly string[], jurisdictions: readonly string[]): Promise<DemoReport[]> => {
  const reports: DemoReport[] = [];
  for (const province of demoProvinces.filter((p) => codes.includes(p.jur))) {
    if (await store.claimHolder(province.jur, MARKER)) {
      reports.push({ jurisdiction: province.jur, records: 0, skipped: true });
      continue;
    }
    const ctx = seedContext(store, province.jur, jurisdictions);
    const records = await loadProvince(ctx, province);
    await store.claim(ctx.scope, province.jur, MARKER, 'seed', async () => true);
    reports.push({ jurisdiction: province.jur, records, skipped: false });
  }
  return reports;
};

const loadProvince = async (ctx: ServiceContext, p: DemoProvince): Promise<number> => {
  const jur = p.jur;
  let count = 0;
  const id = (...parts: (string | number)[]) => seedId(jur, 'demo', ...parts.map(String));
  const made = <T>(outcome: Outcome<StoredRecord<T>>, what: string) => {
    count += 1;
    return ok(outcome, what);
  };
  const taskRef = async (code: string | null) => {
    if (!code) return null;
    const taskId = seedId(jur, 'task', p.planNumber, code);
    return (await loadRecord(ctx, TASK, jur, taskId)) ? { jur, id: taskId } : null;
  };
  const agencyRef = async (name: string) => {
    const agency = await agencyByName(ctx, jur, name);
    return agency ? [{ jur, id: agency.id }] : [];
  };
  const sector = (i: number): Sector => p.sectors[i % p.sectors.length]!;

  // Mentors: 8, two sectors and two fields of expertise each; one is away.
  const mentors = [];
  for (let m = 0; m < 8; m++) {
    const n = String(m + 1).padStart(2, '0');
    mentors.push(
      made(
        await createEntity(ctx, mentorDef, jur, {
          name: demo(`Chuyên gia cố vấn ${jur}-${n}`),
          title: m % 2 ? 'Giảng viên' : 'Doanh nhân',
          expertise: [MENTOR_EXPERTISE[m % MENTOR_EXPERTISE.length]!, MENTOR_EXPERTISE[(m + 3) % MENTOR_EXPERTISE.length]!],
          sectors: [sector(m), sector(m + 2)],
          organisation: m % 2 ? 'Trường đại học (demo)' : 'Doanh nghiệp thành công (demo)',
          totTrained: m % 3 !== 2,
          capacity: 2 + (m % 3),
          available: m !== 7,
          availabilityNote: m === 7 ? 'Đang công tác nước ngoài đến hết năm' : 'Tối thứ Năm hằng tuần',
          phone: `0000000${n}`,
          email: `mentor${jur}${n}@example.invalid`,
          demo: true,
        }, { id: id('mentor', m) }),
        'mentor',
      ),
    );
  }

  // Startups: fixed names, stages and registration dates spread over 2019–2026.
  const startups = [];
  for (let i = 0; i < p.startupNames.length; i++) {
    const stage = STAGES[i % STAGES.length]!;
    const registered = stage === 'PROJECT' ? null : registrationDate(i);
    const n = String(i + 1).padStart(2, '0');
    startups.push(
      made(
        await createEntity(ctx, startupDef, jur, {
          name: demo(p.startupNames[i]!),
          enterpriseCode: registered ? `${jur === '04' ? '48' : '23'}000000${n}` : null,
          stage,
          firstRegisteredOn: registered,
          description: `${p.startupNames[i]}: sản phẩm ${MENTOR_EXPERTISE[i % MENTOR_EXPERTISE.length]!.toLowerCase()} cho thị trường trong tỉnh (dữ liệu minh họa).`,
          sectors: i % 2 ? [sector(i)] : [sector(i), sector(i + 1)],
          commune: p.communes[i % p.communes.length]!,
          founders: [
            { name: demo(`Nhà sáng lập ${jur}-${n}-A`), role: 'Giám đốc', woman: i % 2 === 0, youth: i % 3 !== 1, phone: `00000001${n}`, email: `founder${jur}${n}a@example.invalid` },
            ...(i % 3 === 0 ? [{ name: demo(`Nhà sáng lập ${jur}-${n}-B`), role: 'Kỹ thuật', woman: false, youth: true, phone: null, email: `founder${jur}${n}b@example.invalid` }] : []),
          ],
          products: [
            { name: `Sản phẩm chính ${n}`, description: null, commercialisedOn: i % 4 === 3 ? null : `${2023 + (i % 4)}-0${1 + (i % 9)}-15` },
            ...(i % 5 === 0 ? [{ name: `Sản phẩm mới ${n}`, description: null, commercialisedOn: '2026-03-01' }] : []),
          ],
          intellectualProperty: i % 4 === 0
            ? [{ kind: i % 8 === 0 ? 'PATENT' : 'UTILITY_SOLUTION', title: `Quy trình ${p.startupNames[i]}`, number: `${jur}-${2024 + (i % 3)}-${n}`, filedOn: `${2023 + (i % 3)}-05-10`, grantedOn: `${2024 + (i % 3)}-11-20` }]
            : [],
          awards: i === 1 ? [{ title: 'Top 10 Techfest vùng', awardedBy: 'Techfest quốc gia', awardedOn: '2025-11-28' }] : [],
          demo: true,
        }, { id: id('startup', i) }),
        'startup',
      ),
    );
  }

  // Incubators: criteria facts as data; some recognised, some meeting the criteria.
  const incubators = [];
  for (let k = 0; k < p.incubators.length; k++) {
    const inc = p.incubators[k]!;
    incubators.push(
      made(
        await createEntity(ctx, incubatorDef, jur, {
          name: demo(inc.name),
          kind: inc.kind,
          host: inc.host,
          recognitionLevel: inc.recognised ? (k === 0 ? 'PROVINCIAL' : 'NATIONAL') : 'NONE',
          recognisedOn: inc.recognised ? `202${3 + k}-06-01` : null,
          establishedOn: `20${20 + k}-03-01`,
          services: ['Ươm tạo', 'Kết nối đầu tư', 'Không gian làm việc'],
          headExperienceYears: inc.meets ? 3 + k : 0.5,
          headExperienceField: inc.meets ? 'BUSINESS_SUPPORT' : 'OTHER',
          hasSupportProcess: inc.meets,
          cooperationAgreements: inc.meets ? ['Mạng lưới khởi nghiệp quốc gia', 'Trường đại học (demo)'] : [],
          demo: true,
        }, { id: id('incubator', k) }),
        'incubator',
      ),
    );
  }

  // Incubations: two of every three startups, open-ended from 2025–2026; cohort by year.
  const incubated = startups.filter((_, i) => i % 3 !== 2);
  for (let j = 0; j < incubated.length; j++) {
    const s = incubated[j]!;
    const from = j % 2 ? '2026-02-01' : '2025-09-01';
    made(
      await createEntity(ctx, incubationDef, jur, {
        startupId: s.id,
        incubatorId: incubators[j % incubators.length]!.id,
        incubatorJur: jur,
        cohort: from.startsWith('2025') ? 'Khóa 2025' : 'Khóa 2026',
        from,
        to: j === incubated.length - 3 ? '2026-04-30' : null,
      }, { id: id('incubation', j) }),
      'incubation',
    );
  }

  // Mentorships: every incubated startup but the last two gets a mentor sharing its sector
  // where one is free (the last two are the mentorship gaps Bắc Ninh 3.2 asks to close).
  for (let j = 0; j < incubated.length - 2; j++) {
    const s = incubated[j]!;
    const candidates = [...mentors].sort((a, b) => Number(b.data.sectors.some((x) => s.data.sectors.includes(x))) - Number(a.data.sectors.some((x) => s.data.sectors.includes(x))));
    for (const m of candidates) {
      if (!m.data.available) continue;
      const started = await startMentorship(ctx, { jur, id: s.id }, { jur, id: m.id }, { from: j % 2 ? '2026-02-01' : '2025-09-15' });
      if (started.ok) {
        count += 1;
        break;
      }
      if (!started.errors.every((e) => e.code === 'AT_CAPACITY')) ok(started, 'mentorship');
    }
  }

  // Investors and investments.
  const investors = [];
  for (let v = 0; v < p.investors.length; v++) {
    const inv = p.investors[v]!;
    investors.push(
      made(
        await createEntity(ctx, investorDef, jur, {
          name: demo(inv.name),
          kind: inv.kind,
          organisation: inv.kind === 'ANGEL' ? null : inv.name,
          focusSectors: [sector(v), sector(v + 3)],
          ticketMin: { amount: inv.min, currency: 'VND' },
          ticketMax: { amount: inv.max, currency: 'VND' },
          demo: true,
        }, { id: id('investor', v) }),
        'investor',
      ),
    );
  }
  const funded = startups.filter((s) => s.data.stage !== 'PROJECT').slice(0, 8);
  for (let f = 0; f < funded.length; f++) {
    const investor = investors[f % investors.length]!;
    made(
      await createEntity(ctx, investmentDef, jur, {
        startupId: funded[f]!.id,
        investorId: investor.id,
        investorJur: jur,
        round: ['Pre-seed', 'Seed', 'Series A'][f % 3]!,
        amount: { amount: investor.data.ticketMin!.amount, currency: 'VND' },
        date: `${2024 + (f % 3)}-${String(1 + ((f * 4) % 12)).padStart(2, '0')}-10`,
      }, { id: id('investment', f) }),
      'investment',
    );
  }

  const organisers = await agencyRef('Sở Khoa học và Công nghệ');
  // The plan's competition (Cao Bằng 3.1), dated phases from the plan; under way in 2026–2027.
  if (p.competition) {
    made(
      await createEntity(ctx, competitionDef, jur, {
        name: demo(p.competition.name),
        description: 'Tìm kiếm các ý tưởng khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh.',
        organisers,
        task: await taskRef(p.competition.taskCode),
        phases: p.competition.phases,
        shortlistSize: 10,
        demo: true,
      }, { id: id('competition', 'plan') }),
      'competition',
    );
  }
  // A finished youth contest (Cao Bằng 3.2 for 04; a provincial contest for 24): applications,
  // shortlist, awards, and the support grants that follow the awards (Cao Bằng 6).
  const contest = made(
    await createEntity(ctx, competitionDef, jur, {
      name: demo(jur === '04' ? 'Dự án khởi nghiệp sáng tạo thanh niên nông thôn tỉnh Cao Bằng 2026' : 'Cuộc thi Khởi nghiệp đổi mới sáng tạo Bắc Ninh 2026'),
      description: 'Tìm ra các ý tưởng khởi nghiệp thiết thực, khả thi; kết nối nhà đầu tư.',
      organisers: [...(await agencyRef(jur === '04' ? 'Tỉnh Đoàn Thanh niên' : 'Sở Khoa học và Công nghệ')), ...organisers].slice(0, 2),
      task: await taskRef(jur === '04' ? '3.2' : null),
      phases: [
        { kind: 'APPLICATIONS', name: 'Tiếp nhận hồ sơ', from: '2026-04-01', to: '2026-06-30', text: 'Quý II/2026' },
        { kind: 'JUDGING', name: 'Chấm sơ khảo, chung khảo', from: '2026-07-01', to: '2026-09-30', text: 'Quý III/2026' },
        { kind: 'AWARDS', name: 'Trao giải', from: '2026-10-01', to: '2026-10-31', text: 'Tháng 10/2026' },
      ],
      shortlistSize: 3,
      demo: true,
    }, { id: id('competition', 'contest') }),
    'contest',
  );
  const applicants = startups.slice(0, 5);
  for (let a = 0; a < applicants.length; a++) {
    let app = made(
      await createEntity(ctx, applicationDef, jur, {
        competition: { jur, id: contest.id },
        startup: { jur, id: applicants[a]!.id },
        projectName: `Dự án ${applicants[a]!.data.name.replace(' (demo)', '')}`,
        submittedOn: `2026-0${4 + (a % 3)}-1${a}`,
      }, { id: id('application', a) }),
      'application',
    );
    app = ok(await shortlistApplication(ctx, app, app.version, { selected: a < 3, score: 90 - a * 5 }), 'shortlist');
    if (a < 2) {
      app = ok(
        await awardApplication(ctx, app, app.version, { rank: a + 1, title: a === 0 ? 'Giải Nhất' : 'Giải Nhì', prize: { amount: a === 0 ? '30000000' : '20000000' }, awardedOn: '2026-10-20' }),
        'award',
      );
      made(
        await createEntity(ctx, supportGrantDef, jur, {
          beneficiary: { jur, id: applicants[a]!.id },
          application: { jur, id: app.id },
          policyBasis: jur === '04' ? 'Nghị quyết 93/2021/NQ-HĐND' : 'Nghị định 80/2020/NĐ-CP',
          amount: { amount: a === 0 ? '150000000' : '100000000' },
          source: 'PROVINCIAL_BUDGET',
          sourceName: 'Kinh phí sự nghiệp khoa học và công nghệ',
          date: '2026-11-05',
          purpose: 'Hỗ trợ hoàn thiện sản phẩm sau giải thưởng',
          task: await taskRef('6'),
          demo: true,
        }, { id: id('grant', 'award', a) }),
        'grant',
      );
    }
  }
  // Other support grants: budget-supported projects over the years, and a donor's.
  for (let g = 0; g < 6; g++) {
    const s = startups[(g * 2 + 3) % startups.length]!;
    made(
      await createEntity(ctx, supportGrantDef, jur, {
        beneficiary: { jur, id: s.id },
        policyBasis: g % 2 ? 'Nghị định 80/2020/NĐ-CP' : 'Nghị quyết 93/2021/NQ-HĐND',
        amount: { amount: String(50_000_000 * (g + 1)) },
        source: g === 5 ? 'DONOR' : 'PROVINCIAL_BUDGET',
        sourceName: g === 5 ? 'Tổ chức CARE Quốc tế tại Việt Nam' : null,
        date: `${2024 + (g % 3)}-0${3 + g}-01`,
        purpose: 'Hỗ trợ thuê chuyên gia, xác lập quyền sở hữu trí tuệ',
        demo: true,
      }, { id: id('grant', g) }),
      'grant',
    );
  }

  // Events, trainings linked to the plan's training task so "02 lớp tập huấn" counts real ones.
  for (let e = 0; e < p.events.length; e++) {
    const ev = p.events[e]!;
    made(
      await createEntity(ctx, eventDef, jur, {
        name: demo(ev.name),
        kind: ev.kind,
        description: null,
        organisers: await agencyRef(ev.organiser),
        startsOn: ev.on,
        endsOn: ev.on,
        place: p.communes[e % p.communes.length]!,
        participants: { total: 60 + e * 15, women: 25 + e * 3, farmers: ev.kind === 'CONFERENCE' ? 40 : 10, youth: 20, cooperatives: 5 + e, enterprises: 8 + e },
        task: await taskRef(ev.taskCode),
        demo: true,
      }, { id: id('event', e) }),
      'event',
    );
  }
  count += await bindDerivedIndicators(ctx, p);
  return count;
};

/** The plan's indicators the registry can count (Bắc Ninh's annex), bound to their counts by name. */
const DERIVED: readonly [string, Derivation][] = [
  ['so doanh nghiep khoi nghiep sang tao', 'INNOVATIVE_STARTUPS'],
  ['so vuon uom/trung tam doi moi sang tao', 'INCUBATORS'],
  ['so san pham doi moi sang tao duoc thuong mai hoa moi nam', 'COMMERCIALISED_PRODUCTS'],
  ['so du an doi moi sang tao duoc ho tro tu ngan sach tinh moi nam', 'BUDGET_SUPPORTED_PROJECTS'],
  ['so sang che, giai phap huu ich co dia chi tai tinh moi nam', 'PATENTS'],
];

const bindDerivedIndicators = async (ctx: ServiceContext, p: DemoProvince): Promise<number> => {
  const plan = await getPlan(ctx, p.jur, seedId(p.jur, 'plan', p.planNumber));
  if (!plan) return 0;
  const indicators = await listPlanIndicators(ctx, plan, 100, null);
  let bound = 0;
  for (const indicator of indicators.items) {
    const derivation = DERIVED.find(([name]) => fold(indicator.data.name) === name)?.[1];
    if (!derivation || indicator.data.derivedFrom || indicator.data.measure !== 'COUNT') continue;
    ok(await deriveIndicator(ctx, indicator, indicator.version, derivation, 'Demo: counted from the registry'), `derive ${indicator.data.code}`);
    bound += 1;
  }
  return bound;
};
