import type { StoredRecord } from '../../data';
import { checkDate, checkText } from '../../domain/common/validate';
import { failure, success, userError, type Outcome, type UserError } from '../../domain/common/user-error';
import { evaluateCriteria, type ExperienceField } from '../../domain/ecosystem/criteria';
import { covers } from '../../domain/ecosystem/gaps';
import {
  INCUBATION,
  INCUBATOR,
  STARTUP,
  type IncubationData,
  type IncubatorData,
  type IncubatorKind,
  type RecognitionLevel,
  type StartupData,
} from '../../domain/ecosystem/model';
import { fold, nfc } from '../../domain/text/vietnamese';
import type { ServiceContext } from '../context';
import { loadRecord, loadRecords } from '../records';
import { checkName, checkPeriod, f, text, texts, today } from './fields';
import { linked, linkedSlice, mapSlice } from './links';
import { keepWhen, matching, registrySlice, type EntityDef, type Order } from './registry';


export interface IncubatorFields {
  readonly name?: string | null;
  readonly kind?: IncubatorKind | null;
  readonly host?: string | null;
  readonly recognitionLevel?: RecognitionLevel | null;
  readonly recognisedOn?: string | null;
  readonly establishedOn?: string | null;
  readonly services?: readonly string[] | null;
  readonly headExperienceYears?: number | null;
  readonly headExperienceField?: ExperienceField | null;
  readonly hasSupportProcess?: boolean | null;
  readonly cooperationAgreements?: readonly string[] | null;
  readonly demo?: boolean;
}

const incubatorSearchText = (d: IncubatorData): string => [d.name, d.host ?? '', ...d.services].join(' ');

const opt = <T>(value: T | null | undefined, base: T | null | undefined): T | null => (value === undefined ? (base ?? null) : (value ?? null));

export const incubatorDef: EntityDef<IncubatorData, IncubatorFields> = {
  type: INCUBATOR,
  label: 'incubator',
  async build(_ctx, _jur, base, fields) {
    const errors: UserError[] = [
      ...checkName(fields.name, base === null),
      ...(base === null && !fields.kind ? [userError('INVALID', 'Required', f('kind'))] : []),
      ...checkText(fields.host, f('host'), { max: 300 }),
      ...checkDate(fields.recognisedOn, f('recognisedOn')),
      ...checkDate(fields.establishedOn, f('establishedOn')),
      ...(fields.headExperienceYears != null && !(fields.headExperienceYears >= 0 && fields.headExperienceYears <= 80)
        ? [userError('INVALID', 'Years from 0 to 80', f('headExperienceYears'))]
        : []),
    ];
    if (errors.length) return failure(...errors);
    const name = fields.name != null ? nfc(fields.name.trim()) : (base?.name ?? '');
    return success<IncubatorData>({
      name,
      nameKey: fold(name),
      demo: fields.demo ?? base?.demo ?? false,
      kind: fields.kind ?? base?.kind ?? 'INCUBATOR',
      host: fields.host === undefined ? (base?.host ?? null) : text(fields.host),
      recognitionLevel: fields.recognitionLevel ?? base?.recognitionLevel ?? 'NONE',
      recognisedOn: opt(fields.recognisedOn, base?.recognisedOn),
      establishedOn: opt(fields.establishedOn, base?.establishedOn),
      services: fields.services ? texts(fields.services) : (base?.services ?? []),
      headExperienceYears: opt(fields.headExperienceYears, base?.headExperienceYears),
      headExperienceField: opt(fields.headExperienceField, base?.headExperienceField),
      hasSupportProcess: fields.hasSupportProcess ?? base?.hasSupportProcess ?? false,
      cooperationAgreements: fields.cooperationAgreements ? texts(fields.cooperationAgreements) : (base?.cooperationAgreements ?? []),
    });
  },
  async beforeDelete(ctx, incubator) {
    const open = (await linked<IncubationData>(ctx, 'byLink', incubator, INCUBATION)).filter((i) => i.data.to === null || i.data.to >= today()).length;
    return open ? [userError('INVALID', `End its ${open} running incubation(s) first`, f('id'))] : [];
  },
};

export const incubatorCriteria = (d: IncubatorData) =>
  evaluateCriteria({
    headExperienceYears: d.headExperienceYears,
    headExperienceField: d.headExperienceField,
    hasSupportProcess: d.hasSupportProcess,
    cooperationAgreements: d.cooperationAgreements,
  });

/** Recognised on a day: a recognition level and, when dated, recognised by then. */
const isRecognised = (d: IncubatorData, asOf: string | null = null): boolean =>
  d.recognitionLevel !== 'NONE' && (asOf === null || ((d.recognisedOn ?? d.establishedOn ?? '0000') <= asOf));

export const listIncubators = async (
  ctx: ServiceContext,
  filter: { jurisdiction?: string | null; search?: string | null; kind?: IncubatorKind | null; recognised?: boolean | null },
  order: Order | null | undefined,
  first: number,
  after: string | null,
) => {
  const { search, kind, recognised } = filter;
  const keep = keepWhen<IncubatorData>(
    matching(search, incubatorSearchText),
    kind && ((i) => i.data.kind === kind),
    recognised != null && ((i) => isRecognised(i.data) === recognised),
  );
  const keys = { name: (d: IncubatorData) => d.nameKey, date: (d: IncubatorData) => d.establishedOn };
  return registrySlice<IncubatorData>(ctx, { type: INCUBATOR, jurisdiction: filter.jurisdiction, indexed: 'NAME', order: order ?? { field: 'NAME' }, keys, keep }, first, after);
};

export const getIncubator = (ctx: ServiceContext, jur: string, id: string) => loadRecord<IncubatorData>(ctx, INCUBATOR, jur, id);

// ---- Incubations: listed under the startup (byParent) and the incubator (byLink).

export interface IncubationFields {
  readonly startupId?: string;
  readonly incubatorId?: string;
  readonly incubatorJur?: string;
  readonly cohort?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

export const incubationDef: EntityDef<IncubationData, IncubationFields> = {
  type: INCUBATION,
  label: 'incubation',
  async build(ctx, jur, base, fields): Promise<Outcome<IncubationData>> {
    const from = fields.from ?? base?.from ?? null;
    const to = fields.to === undefined ? (base?.to ?? null) : fields.to;
    const errors = [
      ...(from ? [] : [userError('INVALID', 'Required', f('from'))]),
      ...checkPeriod(from, to, f('to')),
      ...checkText(fields.cohort, f('cohort'), { max: 100 }),
    ];
    if (!base) {
      const [startup, incubator] = await loadRecords<unknown>(ctx, [
        { type: STARTUP, jur, id: fields.startupId ?? '~' },
        { type: INCUBATOR, jur: fields.incubatorJur ?? jur, id: fields.incubatorId ?? '~' },
      ]);
      if (!startup) errors.push(userError('NOT_FOUND', 'No such startup', f('startup')));
      if (!incubator || fields.incubatorJur !== jur) errors.push(userError('NOT_FOUND', 'No such incubator in the startup\'s jurisdiction', f('incubator')));
    }
    if (errors.length) return failure(...errors);
    return success({
      startupId: base?.startupId ?? fields.startupId!,
      incubatorId: base?.incubatorId ?? fields.incubatorId!,
      cohort: fields.cohort === undefined ? (base?.cohort ?? null) : text(fields.cohort),
      from: from!,
      to,
    });
  },
};

const incubationsOfStartup = (ctx: ServiceContext, startup: { jur: string; id: string }) =>
  linked<IncubationData>(ctx, 'byParent', { type: STARTUP, ...startup }, INCUBATION);

export const startupIncubations = (ctx: ServiceContext, startup: StoredRecord<unknown>, first: number, after: string | null) =>
  linkedSlice<IncubationData>(ctx, 'byParent', startup, INCUBATION, (d) => d.from, first, after);
export const incubatorIncubations = (ctx: ServiceContext, incubator: StoredRecord<unknown>, first: number, after: string | null) =>
  linkedSlice<IncubationData>(ctx, 'byLink', incubator, INCUBATION, (d) => d.from, first, after);

/** The incubator a startup is in on a day (the latest incubation covering it). */
export const currentIncubator = async (ctx: ServiceContext, startup: StoredRecord<unknown>, asOf = today()) => {
  const running = (await incubationsOfStartup(ctx, startup)).filter((i) => covers(i.data, asOf)).sort((a, b) => (a.data.from < b.data.from ? 1 : -1))[0];
  return running ? getIncubator(ctx, startup.jur, running.data.incubatorId) : null;
};

export const incubatorStartups = async (ctx: ServiceContext, incubator: StoredRecord<unknown>, first: number, after: string | null) => {
  const day = today();
  return mapSlice(
    await linkedSlice<IncubationData>(ctx, 'byLink', incubator, INCUBATION, (d) => d.from, first, after, (i) => covers(i.data, day)),
    (list) => loadRecords<StartupData>(ctx, list.map((i) => ({ type: STARTUP, jur: i.jur, id: i.data.startupId }))),
  );
};

export const incubatorCohorts = async (ctx: ServiceContext, incubator: StoredRecord<unknown>): Promise<string[]> => {
  const list = await linked<IncubationData>(ctx, 'byLink', { type: INCUBATOR, jur: incubator.jur, id: incubator.id }, INCUBATION);
  return [...new Set(list.sort((a, b) => (a.data.from < b.data.from ? -1 : 1)).flatMap((i) => (i.data.cohort ? [i.data.cohort] : [])))];
};

export const listIncubations = async (ctx: ServiceContext, filter: { jurisdiction?: string | null; activeOn?: string | null }, first: number, after: string | null) => {
  const { activeOn } = filter;
  const keep = keepWhen<IncubationData>(activeOn && ((i) => covers(i.data, activeOn)));
  const keys = { name: (d: IncubationData) => d.from, date: (d: IncubationData) => d.from };
  return registrySlice<IncubationData>(ctx, { type: INCUBATION, jurisdiction: filter.jurisdiction, indexed: 'DATE', order: { field: 'DATE', direction: 'DESC' }, keys, keep }, first, after);
};

