import { typePk, type StoredRecord } from '../data';
import { checkText } from '../domain/common/validate';
import { failure, userError, type Outcome } from '../domain/common/user-error';
import { isJurisdictionCode } from '../domain/jurisdiction/provinces';
import { AGENCY, type AgencyData } from '../domain/plan/entities';
import type { AgencyKind } from '../domain/plan/model';
import { fold, matchesSearch, nfc } from '../domain/text/vietnamese';
import type { ServiceContext } from './context';
import { requireAdmin } from './guard';
import { memorySlice, type Slice } from './paging';
import { asFailure, commit, newId } from './write';

export type AgencyRecord = StoredRecord<AgencyData>;

const agenciesOf = async (ctx: ServiceContext, jur: string): Promise<AgencyRecord[]> => {
  const list = await ctx.loaders.lists.load({ index: 'byType', partition: typePk(jur, AGENCY) });
  if (list instanceof Error) throw list;
  return (list as AgencyRecord[]).filter((a) => !a.deleted);
};

/**
 * Agencies by name, diacritic- and case-insensitively. A province has at most a few
 * hundred agencies, so one Query per jurisdiction and a match in memory is enough.
 */
export const listAgencies = async (
  ctx: ServiceContext,
  filter: { jurisdiction?: string | null; search?: string | null },
  first: number,
  after: string | null,
): Promise<Slice<AgencyRecord>> => {
  const jurs = filter.jurisdiction ? [filter.jurisdiction].filter((j) => ctx.jurisdictions.includes(j)) : ctx.jurisdictions;
  const all = (await Promise.all(jurs.map((j) => agenciesOf(ctx, j)))).flat();
  const query = filter.search?.trim();
  const found = query ? all.filter((a) => matchesSearch(`${a.data.name} ${a.data.shortName ?? ''}`, query)) : all;
  return memorySlice(ctx.store.cursors, 'agencies', found, (a) => `${a.data.nameKey}|${a.jur}|${a.id}`, first, after);
};

/** The agency with this name in a jurisdiction, matched on the folded name. */
export const agencyByName = async (ctx: ServiceContext, jur: string, name: string): Promise<AgencyRecord | null> => {
  const key = fold(name);
  return (await agenciesOf(ctx, jur)).find((a) => a.data.nameKey === key || (a.data.shortName && fold(a.data.shortName) === key)) ?? null;
};

export const createAgency = async (
  ctx: ServiceContext,
  jur: string,
  fields: { name: string; shortName?: string | null; kind: AgencyKind },
  options: { id?: string } = {},
): Promise<Outcome<AgencyRecord>> => {
  if (!isJurisdictionCode(jur)) return failure(userError('INVALID', `${jur} is not a jurisdiction code`, ['input', 'jurisdiction']));
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  const errors = [
    ...checkText(fields.name, ['input', 'name'], { required: true, max: 300 }),
    ...checkText(fields.shortName, ['input', 'shortName'], { max: 60 }),
  ];
  if (errors.length) return failure(...errors);
  const name = nfc(fields.name.trim());
  const data: AgencyData = { name, shortName: fields.shortName ? nfc(fields.shortName.trim()) : null, kind: fields.kind, nameKey: fold(name) };
  const id = options.id ?? newId();
  try {
    await ctx.store.claim(ctx.scope, jur, `agency#${data.nameKey}`, id, async (holder) => {
      const existing = await ctx.store.getRecord({ type: AGENCY, jur, id: holder }, true);
      return Boolean(existing && !existing.deleted);
    });
  } catch (error) {
    return asFailure(error);
  }
  return commit(ctx, {
    ref: { type: AGENCY, jur, id },
    expectedVersion: 0,
    data,
    op: 'CREATE',
  });
};
