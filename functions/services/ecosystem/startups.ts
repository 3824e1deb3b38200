import type { StoredRecord } from '../../data';
import { checkDate, checkText } from '../../domain/common/validate';
import { failure, success, userError, type UserError } from '../../domain/common/user-error';
import { eligibility, type Eligibility } from '../../domain/ecosystem/eligibility';
import { checkEnterpriseCode } from '../../domain/ecosystem/enterprise-code';
import {
  INCUBATION,
  isWomenLed,
  MENTORSHIP,
  isYouthLed,
  STARTUP,
  type ExternalAward,
  type Founder,
  type IntellectualProperty,
  type IpKind,
  type Product,
  type Sector,
  type StartupData,
  type StartupStage,
} from '../../domain/ecosystem/model';
import { fold, nfc } from '../../domain/text/vietnamese';
import type { ServiceContext } from '../context';
import type { Slice } from '../paging';
import { loadRecord } from '../records';
import { checkName, f, pick, text, today } from './fields';
import { linked } from './links';
import { keepWhen, matching, registrySlice, type EntityDef, type Order } from './registry';

export type StartupRecord = StoredRecord<StartupData>;

interface FounderFields {
  readonly name: string;
  readonly role?: string | null;
  readonly woman?: boolean | null;
  readonly youth?: boolean | null;
  readonly phone?: string | null;
  readonly email?: string | null;
}

export interface StartupFields {
  readonly name?: string | null;
  readonly enterpriseCode?: string | null;
  readonly stage?: StartupStage | null;
  readonly firstRegisteredOn?: string | null;
  readonly description?: string | null;
  readonly sectors?: readonly Sector[] | null;
  readonly commune?: string | null;
  readonly founders?: readonly FounderFields[] | null;
  readonly products?: readonly { name: string; description?: string | null; commercialisedOn?: string | null }[] | null;
  readonly intellectualProperty?: readonly { kind: IpKind; title: string; number?: string | null; filedOn?: string | null; grantedOn?: string | null }[] | null;
  readonly awards?: readonly { title: string; awardedBy?: string | null; awardedOn: string }[] | null;
  readonly demo?: boolean;
}

const codeClaim = (code: string) => `startup#code#${code}`;

/** What search and the list filter's `search` compare with. */
const startupSearchText = (d: StartupData): string =>
  [d.name, d.description ?? '', d.commune ?? '', d.enterpriseCode ?? '', ...d.products.map((p) => p.name)].join(' ');

const founders = (list: readonly FounderFields[]): Founder[] =>
  list.map((x) => ({
    name: nfc(x.name.trim()),
    role: text(x.role),
    woman: x.woman ?? false,
    youth: x.youth ?? false,
    phone: text(x.phone),
    email: text(x.email),
  }));

const validate = (fields: StartupFields, creating: boolean): UserError[] => [
  ...checkName(fields.name, creating),
  ...checkDate(fields.firstRegisteredOn, f('firstRegisteredOn')),
  ...checkText(fields.description, f('description'), { max: 4000 }),
  ...checkText(fields.commune, f('commune'), { max: 200 }),
  ...(fields.founders ?? []).flatMap((x, i) => [
    ...checkText(x.name, f('founders', i, 'name'), { required: true, max: 200 }),
    ...checkText(x.phone, f('founders', i, 'phone'), { max: 30 }),
  ]),
  ...(fields.products ?? []).flatMap((p, i) => [
    ...checkText(p.name, f('products', i, 'name'), { required: true, max: 300 }),
    ...checkDate(p.commercialisedOn, f('products', i, 'commercialisedOn')),
  ]),
  ...(fields.intellectualProperty ?? []).flatMap((p, i) => [
    ...checkText(p.title, f('intellectualProperty', i, 'title'), { required: true, max: 500 }),
    ...checkDate(p.filedOn, f('intellectualProperty', i, 'filedOn')),
    ...checkDate(p.grantedOn, f('intellectualProperty', i, 'grantedOn')),
  ]),
  ...(fields.awards ?? []).flatMap((a, i) => [
    ...checkText(a.title, f('awards', i, 'title'), { required: true, max: 300 }),
    ...checkDate(a.awardedOn, f('awards', i, 'awardedOn')),
  ]),
];

export const startupDef: EntityDef<StartupData, StartupFields> = {
  type: STARTUP,
  label: 'startup',
  async build(_ctx, _jur, base, fields) {
    const errors = validate(fields, base === null);
    let enterpriseCode = base?.enterpriseCode ?? null;
    if (fields.enterpriseCode !== undefined) {
      if (fields.enterpriseCode === null || fields.enterpriseCode.trim() === '') enterpriseCode = null;
      else {
        const checked = checkEnterpriseCode(fields.enterpriseCode);
        if (checked.ok) enterpriseCode = checked.code;
        else errors.push(userError('INVALID', checked.message, f('enterpriseCode')));
      }
    }
    if (errors.length) return failure(...errors);
    const name = fields.name != null ? nfc(fields.name.trim()) : (base?.name ?? '');
    const data: StartupData = {
      name,
      nameKey: fold(name),
      demo: fields.demo ?? base?.demo ?? false,
      enterpriseCode,
      stage: fields.stage ?? base?.stage ?? 'STARTUP',
      firstRegisteredOn: pick(fields.firstRegisteredOn, base?.firstRegisteredOn ?? null),
      description: fields.description !== undefined ? text(fields.description) : (base?.description ?? null),
      sectors: fields.sectors ? [...new Set(fields.sectors)] : (base?.sectors ?? []),
      commune: fields.commune !== undefined ? text(fields.commune) : (base?.commune ?? null),
      founders: fields.founders ? founders(fields.founders) : (base?.founders ?? []),
      products: fields.products
        ? fields.products.map((p): Product => ({ name: nfc(p.name.trim()), description: text(p.description), commercialisedOn: p.commercialisedOn ?? null }))
        : (base?.products ?? []),
      intellectualProperty: fields.intellectualProperty
        ? fields.intellectualProperty.map(
            (p): IntellectualProperty => ({ kind: p.kind, title: nfc(p.title.trim()), number: text(p.number), filedOn: p.filedOn ?? null, grantedOn: p.grantedOn ?? null }),
          )
        : (base?.intellectualProperty ?? []),
      awards: fields.awards
        ? fields.awards.map((a): ExternalAward => ({ title: nfc(a.title.trim()), awardedBy: text(a.awardedBy), awardedOn: a.awardedOn }))
        : (base?.awards ?? []),
    };
    if (data.stage !== 'PROJECT' && !data.firstRegisteredOn) {
      return failure(userError('INVALID', 'A registered startup needs its first registration date (a PROJECT may leave it out)', f('firstRegisteredOn')));
    }
    return success(data);
  },
  claims: (data) => (data.enterpriseCode ? [codeClaim(data.enterpriseCode)] : []),
  async beforeDelete(ctx, startup) {
    const [mentorships, incubations] = await Promise.all([
      linked<{ status: string }>(ctx, 'byParent', startup, MENTORSHIP),
      linked<{ to: string | null }>(ctx, 'byParent', startup, INCUBATION),
    ]);
    const active = mentorships.filter((m) => m.data.status === 'ACTIVE').length;
    const open = incubations.filter((i) => i.data.to === null || i.data.to >= today()).length;
    return active || open
      ? [userError('INVALID', `End its ${active} active mentorship(s) and ${open} running incubation(s) first`, f('id'))]
      : [];
  },
};

export const getStartup = (ctx: ServiceContext, jur: string, id: string) => loadRecord<StartupData>(ctx, STARTUP, jur, id);

export const startupEligibility = (startup: StartupRecord, asOf: string | null | undefined): Eligibility & { asOf: string } => {
  const day = asOf ?? today();
  return { asOf: day, ...eligibility(startup.data, day) };
};

export interface StartupFilter {
  readonly jurisdiction?: string | null;
  readonly search?: string | null;
  readonly stage?: StartupStage | null;
  readonly sector?: Sector | null;
  readonly eligibleOn?: string | null;
  readonly womenLed?: boolean | null;
  readonly youthLed?: boolean | null;
}

/** The startup filter as one test (none when nothing is filtered). */
const startupTest = ({ search, stage, sector, eligibleOn, womenLed, youthLed }: StartupFilter) =>
  keepWhen<StartupData>(
    matching(search, startupSearchText),
    stage && ((s) => s.data.stage === stage),
    sector && ((s) => s.data.sectors.includes(sector)),
    eligibleOn && ((s) => eligibility(s.data, eligibleOn).eligible),
    womenLed != null && ((s) => isWomenLed(s.data.founders) === womenLed),
    youthLed != null && ((s) => isYouthLed(s.data.founders) === youthLed),
  );

export const listStartups = async (
  ctx: ServiceContext,
  filter: StartupFilter,
  order: Order | null | undefined,
  first: number,
  after: string | null,
): Promise<Slice<StartupRecord>> => {
  return registrySlice<StartupData>(
    ctx,
    { type: STARTUP, jurisdiction: filter.jurisdiction, indexed: 'NAME', order: order ?? { field: 'NAME' }, keys: { name: (d) => d.nameKey, date: (d) => d.firstRegisteredOn }, keep: startupTest(filter) },
    first,
    after,
  );
};
