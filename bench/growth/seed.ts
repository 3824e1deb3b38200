/**
 * A registry of a chosen size, written through the same services as the API (createEntity,
 * startMentorship, createPlan, createTask as a province admin), so every item the write path
 * maintains beside a record — claims, counters, index items — exists as it would in use.
 * Names, dates and sectors follow a fixed arithmetic spread: every run writes the same data.
 * One in eight startups and one in five mentors speak of "khởi nghiệp", so a search for it
 * has ten times the matches at 10× and still returns one page.
 */
import { Store } from '../../functions/data';
import type { Outcome } from '../../functions/domain/common/user-error';
import type { Sector } from '../../functions/domain/ecosystem/model';
import { createAgency } from '../../functions/services/agencies';
import type { ServiceContext } from '../../functions/services/context';
import { mentorDef, startMentorship } from '../../functions/services/ecosystem/mentors';
import { createEntity } from '../../functions/services/ecosystem/registry';
import { startupDef } from '../../functions/services/ecosystem/startups';
import { createPlan } from '../../functions/services/plans';
import { createTask } from '../../functions/services/tasks';
import { fold } from '../../functions/domain/text/vietnamese';
import { MENTOR_EXPERTISE, STAGES, registrationDate } from '../../scripts/seed/demo/data';
import { seedContext, seedId } from '../../scripts/seed/load';
import { caoBang523 } from '../../scripts/seed/plans/cao-bang-523';
import { makeBulk } from './bulk-client';

/** How much of each kind one jurisdiction holds. */
export interface RegistrySize {
  readonly startups: number;
  readonly mentors: number;
  readonly mentorships: number;
  readonly plans: number;
  readonly tasksPerPlan: number;
}

/** 1×: one province with a realistic registry (issue 13). */
export const ONE_X: RegistrySize = { startups: 5_000, mentors: 500, mentorships: 2_000, plans: 20, tasksPerPlan: 100 };

export const times = (size: RegistrySize, k: number): RegistrySize => ({
  startups: Math.round(size.startups * k),
  mentors: Math.round(size.mentors * k),
  mentorships: Math.round(size.mentorships * k),
  plans: Math.max(1, Math.round(size.plans * k)),
  tasksPerPlan: size.plans * k >= 1 ? size.tasksPerPlan : Math.round(size.tasksPerPlan * size.plans * k),
});

export const recordsIn = (s: RegistrySize): number => s.startups + s.mentors + s.mentorships + s.plans * (1 + s.tasksPerPlan);

const SECTORS: readonly Sector[] = ['HIGH_TECH_AGRICULTURE', 'AGRO_PROCESSING', 'TOURISM', 'MEDICINAL_HERBS', 'OCOP_PRODUCTS', 'BORDER_ECONOMY', 'DIGITAL_TRANSFORMATION', 'GREEN_CIRCULAR_ECONOMY'];
const WORDS = ['Nông sản', 'Du lịch', 'Dược liệu', 'Chè', 'Thổ cẩm', 'Mật ong', 'Gạo', 'Chợ số', 'Năng lượng', 'Vật liệu', 'Robot', 'Gốm', 'Hạt dẻ', 'Miến dong'];
const PLACES = ['Hà Quảng', 'Bảo Lạc', 'Trùng Khánh', 'Quảng Uyên', 'Hòa An', 'Thạch An', 'Nguyên Bình', 'Hạ Lang', 'Phục Hòa', 'Tà Lùng'];
const COMMUNES = ['Phường Thục Phán', 'Xã Hà Quảng', 'Xã Trùng Khánh', 'Xã Quảng Uyên', 'Xã Bảo Lạc', 'Xã Hòa An'];

const ok = <T>(outcome: Outcome<T>, what: string): T => {
  if (!outcome.ok) throw new Error(`growth seed: ${what} failed: ${JSON.stringify(outcome.errors)}`);
  return outcome.value;
};

/** Runs `work(i)` for i in [0, n) with at most `width` in flight (the store is one process away). */
const pool = async (n: number, width: number, work: (i: number) => Promise<void>): Promise<void> => {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) await work(next++);
    }),
  );
};

const WIDTH = 24;

const startupName = (jur: string, i: number): string =>
  `${i % 8 === 0 ? 'Khởi nghiệp ' : ''}${WORDS[i % WORDS.length]} ${PLACES[Math.floor(i / WORDS.length) % PLACES.length]} ${jur}-${String(i).padStart(6, '0')} (demo)`;

const seedStartups = (ctx: ServiceContext, jur: string, n: number, code: (i: number) => string) =>
  pool(n, WIDTH, async (i) => {
    const stage = STAGES[i % STAGES.length]!;
    const registered = stage === 'PROJECT' ? null : registrationDate(i);
    ok(
      await createEntity(ctx, startupDef, jur, {
        name: startupName(jur, i),
        enterpriseCode: registered ? code(i) : null,
        stage,
        firstRegisteredOn: registered,
        description: `${WORDS[i % WORDS.length]}: sản phẩm ${MENTOR_EXPERTISE[i % MENTOR_EXPERTISE.length]!.toLowerCase()} cho thị trường trong tỉnh (dữ liệu minh họa).`,
        sectors: i % 2 ? [SECTORS[i % SECTORS.length]!] : [SECTORS[i % SECTORS.length]!, SECTORS[(i + 1) % SECTORS.length]!],
        commune: COMMUNES[i % COMMUNES.length]!,
        founders: [{ name: `Nhà sáng lập ${jur}-${i}-A (demo)`, role: 'Giám đốc', woman: i % 2 === 0, youth: i % 3 !== 1, phone: null, email: `founder${jur}${i}a@example.invalid` }],
        products: [{ name: `Sản phẩm chính ${i}`, description: null, commercialisedOn: i % 4 === 3 ? null : `${2023 + (i % 4)}-0${1 + (i % 9)}-15` }],
        intellectualProperty: [],
        awards: [],
        demo: true,
      }, { id: seedId(jur, 'growth', 'startup', String(i)) }),
      `startup ${i}`,
    );
  });

const seedMentors = (ctx: ServiceContext, jur: string, n: number, capacity: number) =>
  pool(n, WIDTH, async (m) => {
    ok(
      await createEntity(ctx, mentorDef, jur, {
        name: `${m % 5 === 0 ? 'Chuyên gia khởi nghiệp' : 'Chuyên gia cố vấn'} ${jur}-${String(m).padStart(5, '0')} (demo)`,
        title: m % 2 ? 'Giảng viên' : 'Doanh nhân',
        expertise: [MENTOR_EXPERTISE[m % MENTOR_EXPERTISE.length]!, MENTOR_EXPERTISE[(m + 3) % MENTOR_EXPERTISE.length]!],
        sectors: [SECTORS[m % SECTORS.length]!, SECTORS[(m + 2) % SECTORS.length]!],
        organisation: m % 2 ? 'Trường đại học (demo)' : 'Doanh nghiệp thành công (demo)',
        totTrained: m % 3 !== 2,
        capacity,
        available: true,
        availabilityNote: null,
        phone: null,
        email: `mentor${jur}${m}@example.invalid`,
        demo: true,
      }, { id: seedId(jur, 'growth', 'mentor', String(m)) }),
      `mentor ${m}`,
    );
  });

/** Mentorships go to every (startups / mentorships)-th startup, so the first page by name has some. */
const seedMentorships = (ctx: ServiceContext, jur: string, size: RegistrySize) =>
  pool(size.mentorships, WIDTH, async (k) => {
    const startup = Math.floor((k * size.startups) / size.mentorships);
    const mentor = k % size.mentors;
    ok(
      await startMentorship(ctx, { jur, id: seedId(jur, 'growth', 'startup', String(startup)) }, { jur, id: seedId(jur, 'growth', 'mentor', String(mentor)) }, { from: k % 2 ? '2026-02-01' : '2025-09-15' }),
      `mentorship ${k}`,
    );
  });

const seedPlans = async (ctx: ServiceContext, jur: string, size: RegistrySize) => {
  const fixture = caoBang523;
  const agencyIds = new Map<string, string>();
  for (const agency of fixture.agencies) {
    const id = seedId(jur, 'agency', fold(agency.name));
    agencyIds.set(fold(agency.name), id);
    ok(await createAgency(ctx, jur, agency, { id }), `agency ${agency.name}`);
  }
  const agencyId = (name: string) => agencyIds.get(fold(name))!;
  const { jurisdiction: _jur, agencies: _agencies, tasks: templates, ...fields } = fixture;
  await pool(size.plans, 4, async (p) => {
    const planId = seedId(jur, 'growth', 'plan', String(p));
    ok(
      await createPlan(ctx, jur, {
        ...fields,
        number: `${1000 + p}/KH-UBND`,
        title: `${fixture.title} (bản ${p + 1}, demo)`,
        responsibilities: fixture.responsibilities.map((r) => ({ agencyId: agencyId(r.agency), agencyJur: jur, duties: r.duties })),
      }, { id: planId, status: 'PUBLISHED' }),
      `plan ${p}`,
    );
    // Flat codes 1…n: no task waits for a parent, so they can be written side by side.
    await pool(size.tasksPerPlan, 6, async (t) => {
      const template = templates[t % templates.length]!;
      ok(
        await createTask(ctx, { jur, id: planId }, String(t + 1), {
          title: template.title,
          content: template.content,
          timeline: template.timeline,
          phases: template.phases,
          outputs: template.outputs,
          agencies: template.agencies.map((a) => ({ agencyId: agencyId(a.name), agencyJur: jur, role: a.role, note: a.note ?? null })),
        }, { id: seedId(jur, 'growth', 'task', String(p), String(t)) }),
        `plan ${p} task ${t + 1}`,
      );
    });
  });
};

/**
 * Seeds one jurisdiction. Enterprise codes must be unique per jurisdiction: 10 digits from
 * the jurisdiction code and the startup's number.
 */
export const seedRegistry = async (
  target: { endpoint: string; tablePrefix: string },
  jur: string,
  size: RegistrySize,
  jurisdictions: readonly string[],
  log: (phase: string, ms: number) => void = () => undefined,
): Promise<number> => {
  const store = new Store({ tablePrefix: target.tablePrefix, endpoint: target.endpoint });
  const bulk = makeBulk(store.client, target.tablePrefix);
  // A fresh loader cache per phase: the services read through it, and a cache of 50,000 records helps nobody.
  const ctx = () => seedContext(store, jur, jurisdictions);
  const phase = async (name: string, run: () => Promise<void>) => {
    const started = performance.now();
    await run();
    log(name, performance.now() - started);
  };
  await phase('plans and tasks', () => seedPlans(ctx(), jur, size));
  await phase('startups', () => seedStartups(ctx(), jur, size.startups, (i) => `${jur.padStart(2, '0')}${String(i).padStart(8, '0')}`));
  await phase('mentors', () => seedMentors(ctx(), jur, size.mentors, Math.max(2, Math.ceil(size.mentorships / Math.max(1, size.mentors)) + 1)));
  await phase('mentorships', () => seedMentorships(ctx(), jur, size));
  await phase('batch writes', () => bulk.flush());
  store.client.destroy();
  return bulk.written();
};
