/**
 * What each exchanged type's `data` must hold to be stored here (a pulled record is held to
 * the rules of a local write of its type, docs/exchange.md "What a puller refuses"): the
 * fields the services and resolvers read, their types, enums and sizes, as
 * functions/domain/{plan,indicator,ecosystem} define them. A local write makes data of this
 * shape; these rules refuse anything else before it reaches the tables. No I/O.
 */
import { APPLICATION, COMPETITION, EVENT, INCUBATION, INCUBATOR, INVESTMENT, INVESTOR, MENTOR, MENTORSHIP, SECTORS, STARTUP, SUPPORT_GRANT } from '../ecosystem/model';
import { INDICATOR, OBSERVATION } from '../indicator/entities';
import { REPORTING_CALENDAR, SPENDING_ENTRY, TASK_BUDGET, TASK_DELIVERY } from '../operations/entities';
import { AGENCY, PLAN, TASK, TASK_REPORT } from '../plan/entities';
import { bool, checkBounds, date, instant, int, list, num, numIn, obj, oneOf, opt, ref, text, type Bounds, type Rule } from './shape';

/**
 * Bounds on any pulled `data`. The audit entry holds the state before and after, so each
 * must stay well under half of DynamoDB's 400 KB item limit; 8 levels hold the deepest
 * stored shape (a task's phases' timelines) with room.
 */
const DATA_BOUNDS: Bounds = { depth: 8, stringChars: 20_000, bytes: 180_000 };

const NAME = text(300);
const SHORT = text(2000);
const LONG = text(20_000, { empty: true });
const texts = (max = 500, each = 20_000) => list(text(each), max);
const YEAR = int(1900, 2200);
const COUNT = int(0, 1_000_000_000);

const REVIEW = oneOf(['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED']);
const AGENCY_ROLE = oneOf(['LEAD', 'COORDINATING', 'ADVISORY']);
const SECTOR_LIST = list(oneOf(SECTORS), 20);
const MONEY = obj({ amount: (v, p) => (typeof v === 'string' && /^-?\d{1,30}(\.\d{1,10})?$/.test(v) ? null : `${p}: must be a decimal string`), currency: oneOf(['VND', 'USD']) });
const TIMELINE = obj({ text: text(2000, { empty: true }), start: opt(date), end: opt(date), recurring: opt(oneOf(['CONTINUOUS', 'ANNUAL', 'QUARTERLY', 'MONTHLY'])) });
const REGISTRY = { name: NAME, nameKey: text(1000), demo: opt(bool) };
const MEASURE = oneOf(['COUNT', 'PERCENT', 'RANK', 'INDEX', 'GROWTH_RATE', 'AMOUNT', 'MILESTONE', 'QUALITATIVE']);
const COMPARATOR = oneOf(['AT_LEAST', 'AT_MOST', 'EXACTLY', 'RANGE', 'RANK_TOP', 'GROWTH_RATE', 'INCREASING', 'DONE_BY', 'QUALITATIVE']);
const DIRECTION = oneOf(['AT_LEAST', 'AT_MOST']);
const CONTACT = { phone: opt(text(100)), email: opt(text(320)) };
const FUNDING_SOURCE = oneOf(['STATE_BUDGET', 'DONOR', 'OTHER']);
/** Budgets and spending are kept in VND (services/operations/budget.ts), whole or decimal, never negative. */
const VND = obj({ amount: (v, p) => (typeof v === 'string' && /^\d{1,30}(\.\d{1,10})?$/.test(v) ? null : `${p}: must be a decimal string of VND`), currency: oneOf(['VND']) });
const FREQUENCY = oneOf(['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY']);

const RECORD_RULES: Readonly<Record<string, Rule>> = {
  [AGENCY]: obj({
    name: NAME,
    shortName: opt(NAME),
    kind: oneOf(['PEOPLES_COMMITTEE', 'DEPARTMENT', 'MASS_ORGANISATION', 'COMMUNE_COMMITTEE', 'MEDIA', 'ASSOCIATION', 'UNIVERSITY', 'ENTERPRISE', 'MINISTRY', 'OTHER']),
    nameKey: text(1000),
  }),
  [PLAN]: obj({
    number: text(100),
    title: SHORT,
    issuer: opt(SHORT),
    place: opt(NAME),
    issuedOn: opt(date),
    effectiveOn: opt(date),
    signer: opt(NAME),
    signerTitle: opt(NAME),
    periodFrom: YEAR,
    periodTo: YEAR,
    orientationYear: opt(YEAR),
    legalBases: list(
      obj({
        kind: oneOf(['LAW', 'DECREE', 'RESOLUTION', 'PARTY_RESOLUTION', 'DECISION', 'PLAN', 'CIRCULAR', 'DIRECTIVE', 'OTHER']),
        number: opt(text(200)),
        issuedOn: opt(date),
        issuer: opt(SHORT),
        title: text(4000, { empty: true }),
      }),
    ),
    purposes: texts(),
    requirements: texts(),
    objectives: texts(),
    fundingSources: list(obj({ kind: oneOf(['STATE_BUDGET', 'DONOR', 'OTHER']), name: text(2000, { empty: true }), note: opt(LONG) })),
    responsibilities: list(obj({ agencyId: ref, duties: texts() })),
    status: oneOf(['DRAFT', 'PUBLISHED', 'CLOSED']),
    publishedAt: opt(instant),
  }),
  [TASK]: obj({
    planId: ref,
    code: text(30),
    parentId: opt(ref),
    title: text(4000),
    content: texts(),
    agencies: list(obj({ agencyId: ref, role: AGENCY_ROLE, note: opt(SHORT) })),
    timeline: opt(TIMELINE),
    phases: list(obj({ name: text(2000, { empty: true }), timeline: TIMELINE })),
    outputs: list(obj({ text: text(2000, { empty: true }), quantity: opt(num), unit: opt(text(100)) })),
  }),
  [TASK_REPORT]: obj({
    planId: ref,
    taskId: ref,
    agencyId: ref,
    period: text(10),
    narrative: LONG,
    percentComplete: opt(int(0, 100)),
    evidence: texts(100, 2000),
    status: REVIEW,
    submittedAt: opt(instant),
    reviewedAt: opt(instant),
    reviewedBy: opt(NAME),
    reviewNote: opt(LONG),
  }),
  [INDICATOR]: obj({
    planId: ref,
    code: text(30),
    name: text(2000),
    unit: opt(text(100)),
    measure: MEASURE,
    accumulation: oneOf(['STOCK', 'FLOW']),
    baseline: opt(obj({ year: YEAR, value: num })),
    cells: list(obj({ year: YEAR, text: text(2000, { empty: true }), direction: opt(DIRECTION), note: opt(SHORT) })),
    targets: list(obj({ year: YEAR, text: text(2000, { empty: true }), comparator: COMPARATOR, value: opt(num), valueMax: opt(num), scope: opt(SHORT), note: opt(SHORT) })),
    agencies: list(obj({ agencyId: ref, role: AGENCY_ROLE })),
    taskIds: list(ref, 500),
    note: opt(LONG),
    derivedFrom: opt(oneOf(['INNOVATIVE_STARTUPS', 'INCUBATORS', 'COMMERCIALISED_PRODUCTS', 'BUDGET_SUPPORTED_PROJECTS', 'PATENTS', 'TRAININGS'])),
  }),
  [OBSERVATION]: obj({
    planId: ref,
    indicatorId: ref,
    period: text(10),
    periodYear: YEAR,
    periodEnd: date,
    value: opt(num),
    text: opt(LONG),
    doneOn: opt(date),
    sourceAgencyId: opt(ref),
    note: opt(LONG),
    evidence: texts(100, 2000),
    status: REVIEW,
    submittedAt: opt(instant),
    submittedBy: opt(NAME),
    reviewedAt: opt(instant),
    reviewedBy: opt(NAME),
    reviewNote: opt(LONG),
  }),
  [REPORTING_CALENDAR]: obj({
    planId: ref,
    frequencies: list(FREQUENCY, 4),
    dueAfterDays: int(0, 120),
    rounds: list(obj({ period: text(10), frequency: FREQUENCY, start: date, end: date, dueOn: date }), 2000),
  }),
  [TASK_DELIVERY]: obj({
    planId: ref,
    taskId: ref,
    outputIndex: int(0, 200),
    outputText: text(2000, { empty: true }),
    quantity: (v, p) => (typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= Number.MAX_SAFE_INTEGER ? null : `${p}: must be a number more than 0`),
    deliveredOn: date,
    note: opt(text(4000)),
  }),
  [TASK_BUDGET]: obj({
    planId: ref,
    taskId: ref,
    lines: list(obj({ source: FUNDING_SOURCE, sourceName: opt(text(500)), amount: VND, note: opt(SHORT) }), 3),
  }),
  [SPENDING_ENTRY]: obj({
    planId: ref,
    taskId: ref,
    agencyId: opt(ref),
    amount: VND,
    source: FUNDING_SOURCE,
    spentOn: date,
    description: SHORT,
  }),
  [STARTUP]: obj({
    ...REGISTRY,
    enterpriseCode: opt(text(13)),
    stage: oneOf(['PROJECT', 'STARTUP', 'SCALEUP', 'GRADUATED', 'INACTIVE']),
    firstRegisteredOn: opt(date),
    description: opt(LONG),
    sectors: SECTOR_LIST,
    commune: opt(NAME),
    // Contacts are removed at the source (exchange.ts); what is left must still read as founders.
    founders: list(obj({ name: NAME, role: opt(NAME), woman: bool, youth: bool, ...CONTACT }), 100),
    products: list(obj({ name: NAME, description: opt(LONG), commercialisedOn: opt(date) })),
    intellectualProperty: list(obj({ kind: oneOf(['PATENT', 'UTILITY_SOLUTION']), title: SHORT, number: opt(text(100)), filedOn: opt(date), grantedOn: opt(date) })),
    awards: list(obj({ title: SHORT, awardedBy: opt(SHORT), awardedOn: date })),
  }),
  [MENTOR]: obj({
    ...REGISTRY,
    ...CONTACT,
    title: opt(NAME),
    expertise: texts(100, 2000),
    sectors: SECTOR_LIST,
    organisation: opt(SHORT),
    totTrained: bool,
    capacity: int(0, 1000),
    available: bool,
    availabilityNote: opt(SHORT),
  }),
  [MENTORSHIP]: obj({ startupId: ref, mentorId: ref, from: date, to: opt(date), status: oneOf(['ACTIVE', 'ENDED']), slot: int(0, 1000), note: opt(LONG) }),
  [INCUBATOR]: obj({
    ...REGISTRY,
    kind: oneOf(['INCUBATOR', 'ACCELERATOR', 'INNOVATION_CENTRE', 'COWORKING', 'OPEN_LAB', 'UNIVERSITY_SPACE']),
    host: opt(SHORT),
    recognitionLevel: oneOf(['NONE', 'PROVINCIAL', 'NATIONAL', 'INTERNATIONAL']),
    recognisedOn: opt(date),
    establishedOn: opt(date),
    services: texts(100, 2000),
    headExperienceYears: opt(numIn(0, 100)),
    headExperienceField: opt(oneOf(['INVESTMENT', 'FINANCE', 'BUSINESS_SUPPORT', 'OTHER'])),
    hasSupportProcess: bool,
    cooperationAgreements: texts(100, 2000),
  }),
  [INCUBATION]: obj({ startupId: ref, incubatorId: ref, cohort: opt(NAME), from: date, to: opt(date) }),
  [INVESTOR]: obj({
    ...REGISTRY,
    kind: oneOf(['ANGEL', 'VENTURE_FUND', 'CORPORATE_VENTURE', 'PUBLIC_FUND', 'DONOR']),
    focusSectors: SECTOR_LIST,
    ticketMin: opt(MONEY),
    ticketMax: opt(MONEY),
    organisation: opt(SHORT),
  }),
  [INVESTMENT]: obj({ startupId: ref, investorId: ref, round: NAME, amount: MONEY, date }),
  [COMPETITION]: obj({
    ...REGISTRY,
    description: opt(LONG),
    organiserIds: list(ref, 100),
    taskId: opt(ref),
    phases: list(obj({ kind: oneOf(['PLANNING', 'APPLICATIONS', 'SUPPORT', 'JUDGING', 'AWARDS']), name: SHORT, from: date, to: date, text: opt(SHORT) }), 50),
    shortlistSize: opt(int(0, 100_000)),
  }),
  [APPLICATION]: obj({
    competitionId: ref,
    startupId: ref,
    projectName: SHORT,
    submittedOn: date,
    status: oneOf(['SUBMITTED', 'SHORTLISTED', 'AWARDED', 'NOT_SELECTED']),
    score: opt(num),
    award: opt(obj({ rank: int(1, 1000), title: SHORT, prize: opt(MONEY), awardedOn: date })),
  }),
  [EVENT]: obj({
    ...REGISTRY,
    kind: oneOf(['FESTIVAL', 'CONFERENCE', 'WORKSHOP', 'TRAINING', 'STUDY_TOUR']),
    description: opt(LONG),
    organiserIds: list(ref, 100),
    startsOn: date,
    endsOn: date,
    place: opt(SHORT),
    participants: obj({ total: COUNT, women: COUNT, farmers: COUNT, youth: COUNT, cooperatives: COUNT, enterprises: COUNT }),
    taskId: opt(ref),
  }),
  [SUPPORT_GRANT]: obj({
    startupId: opt(ref),
    beneficiaryName: NAME,
    policyBasis: SHORT,
    amount: MONEY,
    source: oneOf(['PROVINCIAL_BUDGET', 'CENTRAL_BUDGET', 'DONOR', 'OTHER']),
    sourceName: opt(SHORT),
    date,
    purpose: opt(LONG),
    taskId: opt(ref),
    applicationId: opt(ref),
    nameKey: text(1000),
    demo: opt(bool),
  }),
};

/** Why `data` of `type` cannot be stored here, or null when it can. */
export const dataProblem = (type: string, data: unknown): string | null => {
  const rule = RECORD_RULES[type];
  if (!rule) return `type ${type} is not exchanged`;
  return checkBounds(data, DATA_BOUNDS) ?? rule(data, '');
};

/**
 * Whether a new version is one the source's feed can have produced: every version of a
 * record takes its own change number at the source, so a record's version never exceeds its
 * change number, and between two versions held here (change numbers `heldSeq` and `seq`)
 * at most `seq - heldSeq` versions were written.
 */
export const versionProblem = (rec: { version: number; seq: number }, held: { version: number; sourceSeq: number | null } | null): string | null => {
  if (rec.version > rec.seq) return `version ${rec.version} is above its change number ${rec.seq}: no feed produces that`;
  if (!held || held.version >= rec.version || held.sourceSeq === null) return null;
  if (rec.seq <= held.sourceSeq) return `version ${rec.version} has change number ${rec.seq}, not after ${held.sourceSeq} of version ${held.version} held here`;
  if (rec.version - held.version > rec.seq - held.sourceSeq) {
    return `version ${rec.version} is ${rec.version - held.version} versions after ${held.version} held here, but the source's feed moved only ${rec.seq - held.sourceSeq} changes`;
  }
  return null;
};
