import type { StoredRecord } from '../../data';
import { checkDate, checkText } from '../../domain/common/validate';
import { failure, success, userError, type Outcome, type UserError } from '../../domain/common/user-error';
import { INVESTMENT, INVESTOR, STARTUP, type InvestmentData, type InvestorData, type InvestorKind, type Sector } from '../../domain/ecosystem/model';
import { compareMoney } from '../../domain/ecosystem/money';
import { fold, nfc } from '../../domain/text/vietnamese';
import type { ServiceContext } from '../context';
import { loadRecord, loadRecords } from '../records';
import { checkName, f, text, toMoney, type MoneyInputLike } from './fields';
import { linked, linkedSlice } from './links';
import { keepWhen, matching, registrySlice, type EntityDef, type Order } from './registry';


export interface InvestorFields {
  readonly name?: string | null;
  readonly kind?: InvestorKind | null;
  readonly organisation?: string | null;
  readonly focusSectors?: readonly Sector[] | null;
  readonly ticketMin?: MoneyInputLike | null;
  readonly ticketMax?: MoneyInputLike | null;
  readonly demo?: boolean;
}

const investorSearchText = (d: InvestorData): string => [d.name, d.organisation ?? ''].join(' ');

export const investorDef: EntityDef<InvestorData, InvestorFields> = {
  type: INVESTOR,
  label: 'investor',
  async build(_ctx, _jur, base, fields) {
    const errors: UserError[] = [
      ...checkName(fields.name, base === null),
      ...(base === null && !fields.kind ? [userError('INVALID', 'Required', f('kind'))] : []),
      ...checkText(fields.organisation, f('organisation'), { max: 300 }),
    ];
    const ticketMin = fields.ticketMin === undefined ? (base?.ticketMin ?? null) : toMoney(fields.ticketMin, f('ticketMin'), errors);
    const ticketMax = fields.ticketMax === undefined ? (base?.ticketMax ?? null) : toMoney(fields.ticketMax, f('ticketMax'), errors);
    if (!errors.length && ticketMin && ticketMax) {
      if (ticketMin.currency !== ticketMax.currency) errors.push(userError('INVALID', 'Both ends of the ticket range in one currency', f('ticketMax')));
      else if (compareMoney(ticketMin, ticketMax) > 0) errors.push(userError('INVALID', 'The largest ticket is below the smallest', f('ticketMax')));
    }
    if (errors.length) return failure(...errors);
    const name = fields.name != null ? nfc(fields.name.trim()) : (base?.name ?? '');
    return success<InvestorData>({
      name,
      nameKey: fold(name),
      demo: fields.demo ?? base?.demo ?? false,
      kind: fields.kind ?? base?.kind ?? 'ANGEL',
      organisation: fields.organisation === undefined ? (base?.organisation ?? null) : text(fields.organisation),
      focusSectors: fields.focusSectors ? [...new Set(fields.focusSectors)] : (base?.focusSectors ?? []),
      ticketMin,
      ticketMax,
    });
  },
  async beforeDelete(ctx, investor) {
    const n = (await linked(ctx, 'byLink', investor, INVESTMENT)).length;
    return n ? [userError('INVALID', `Delete its ${n} investment(s) first`, f('id'))] : [];
  },
};

export const listInvestors = async (
  ctx: ServiceContext,
  filter: { jurisdiction?: string | null; search?: string | null; kind?: InvestorKind | null; sector?: Sector | null },
  order: Order | null | undefined,
  first: number,
  after: string | null,
) => {
  const { search, kind, sector } = filter;
  const keep = keepWhen<InvestorData>(
    matching(search, investorSearchText),
    kind && ((i) => i.data.kind === kind),
    sector && ((i) => i.data.focusSectors.includes(sector)),
  );
  const keys = { name: (d: InvestorData) => d.nameKey, date: () => null };
  return registrySlice<InvestorData>(ctx, { type: INVESTOR, jurisdiction: filter.jurisdiction, indexed: 'NAME', order: order ?? { field: 'NAME' }, keys, keep }, first, after);
};

export const getInvestor = (ctx: ServiceContext, jur: string, id: string) => loadRecord<InvestorData>(ctx, INVESTOR, jur, id);

export interface InvestmentFields {
  readonly startupId?: string;
  readonly investorId?: string;
  readonly investorJur?: string;
  readonly round?: string | null;
  readonly amount?: MoneyInputLike | null;
  readonly date?: string | null;
}

export const investmentDef: EntityDef<InvestmentData, InvestmentFields> = {
  type: INVESTMENT,
  label: 'investment',
  async build(ctx, jur, base, fields): Promise<Outcome<InvestmentData>> {
    const errors: UserError[] = [
      ...checkText(fields.round, f('round'), { required: base === null, max: 60 }),
      ...checkDate(fields.date, f('date')),
      ...(base === null && !fields.date ? [userError('INVALID', 'Required', f('date'))] : []),
      ...(base === null && !fields.amount ? [userError('INVALID', 'Required', f('amount'))] : []),
    ];
    const amount = fields.amount ? toMoney(fields.amount, f('amount'), errors) : (base?.amount ?? null);
    if (!base) {
      const [startup, investor] = await loadRecords<unknown>(ctx, [
        { type: STARTUP, jur, id: fields.startupId ?? '~' },
        { type: INVESTOR, jur: fields.investorJur ?? jur, id: fields.investorId ?? '~' },
      ]);
      if (!startup) errors.push(userError('NOT_FOUND', 'No such startup', f('startup')));
      if (!investor || fields.investorJur !== jur) errors.push(userError('NOT_FOUND', 'No such investor in the startup\'s jurisdiction', f('investor')));
    }
    if (errors.length || !amount) return failure(...errors);
    return success({
      startupId: base?.startupId ?? fields.startupId!,
      investorId: base?.investorId ?? fields.investorId!,
      round: fields.round != null ? nfc(fields.round.trim()) : (base?.round ?? ''),
      amount,
      date: fields.date ?? base?.date ?? '',
    });
  },
};

export const startupInvestments = (ctx: ServiceContext, startup: StoredRecord<unknown>, first: number, after: string | null) =>
  linkedSlice<InvestmentData>(ctx, 'byParent', startup, INVESTMENT, (d) => d.date, first, after);
export const investorInvestments = (ctx: ServiceContext, investor: StoredRecord<unknown>, first: number, after: string | null) =>
  linkedSlice<InvestmentData>(ctx, 'byLink', investor, INVESTMENT, (d) => d.date, first, after);

export const listInvestments = async (ctx: ServiceContext, filter: { jurisdiction?: string | null; year?: number | null }, first: number, after: string | null) => {
  const { year } = filter;
  const keep = keepWhen<InvestmentData>(year != null && ((i) => i.data.date.startsWith(String(year))));
  const keys = { name: (d: InvestmentData) => d.date, date: (d: InvestmentData) => d.date };
  return registrySlice<InvestmentData>(ctx, { type: INVESTMENT, jurisdiction: filter.jurisdiction, indexed: 'DATE', order: { field: 'DATE', direction: 'DESC' }, keys, keep }, first, after);
};

