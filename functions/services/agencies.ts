import { typePk, VersionConflict, type StoredRecord } from '../data';
import { checkText } from '../domain/common/validate';
import { failure, userError, type Outcome, type UserError } from '../domain/common/user-error';
import { isJurisdictionCode } from '../domain/jurisdiction/provinces';
import { AGENCY, type AgencyData } from '../domain/plan/entities';
import type { AgencyKind } from '../domain/plan/model';
import { fold, matchesSearch, nfc } from '../domain/text/vietnamese';
import type { ServiceContext } from './context';
import { requireAdmin } from './guard';
import { memorySlice, type Slice } from './paging';
import { loadRecord } from './records';
import { asFailure, commit, newId } from './write';

export type AgencyRecord = StoredRecord<AgencyData>;

/** A jurisdiction's agencies that are not deleted: one Query of its byType partition (a few hundred at most). */
export const agenciesOf = async (ctx: ServiceContext, jur: string): Promise<AgencyRecord[]> => {
  const list = await ctx.loaders.lists.load({ index: 'byType', partition: typePk(jur, AGENCY) });
  if (list instanceof Error) throw list;
  return (list as AgencyRecord[]).filter((a) => !a.deleted && !a.data.removedAt);
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

interface AgencyFields {
  readonly name?: string | null;
  readonly shortName?: string | null;
  readonly kind?: AgencyKind | null;
  readonly reportsProgress?: boolean | null;
}

const checkFields = (fields: AgencyFields, creating: boolean): UserError[] => [
  ...checkText(fields.name, ['input', 'name'], { required: creating, max: 300 }),
  ...checkText(fields.shortName, ['input', 'shortName'], { max: 60 }),
];

// The name is claimed per jurisdiction so two agencies never fold to the same key.
const nameClaim = (data: AgencyData): string => `agency#${data.nameKey}`;

const claimName = async (ctx: ServiceContext, jur: string, data: AgencyData, id: string): Promise<void> => {
  await ctx.store.claim(ctx.scope, jur, nameClaim(data), id, async (holder) => {
    const existing = await ctx.store.getRecord<AgencyData>({ type: AGENCY, jur, id: holder }, true);
    return Boolean(existing && !existing.deleted && !existing.data.removedAt);
  });
};

export const createAgency = async (
  ctx: ServiceContext,
  jur: string,
  fields: { name: string; shortName?: string | null; kind: AgencyKind; reportsProgress?: boolean | null },
  options: { id?: string } = {},
): Promise<Outcome<AgencyRecord>> => {
  if (!isJurisdictionCode(jur)) return failure(userError('INVALID', `${jur} is not a jurisdiction code`, ['input', 'jurisdiction']));
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  const errors = checkFields(fields, true);
  if (errors.length) return failure(...errors);
  const name = nfc(fields.name.trim());
  const data: AgencyData = {
    name,
    shortName: fields.shortName ? nfc(fields.shortName.trim()) : null,
    kind: fields.kind,
    nameKey: fold(name),
    ...(fields.reportsProgress === false ? { reportsProgress: false } : {}),
  };
  const id = options.id ?? newId();
  try {
    await claimName(ctx, jur, data, id);
  } catch (error) {
    return asFailure(error);
  }
  return commit(ctx, { ref: { type: AGENCY, jur, id }, expectedVersion: 0, data, op: 'CREATE' });
};

/** An agency to change: the caller administers its jurisdiction, and it exists and was not deleted. */
const loadForChange = async (ctx: ServiceContext, ref: { jur: string; id: string }): Promise<Outcome<AgencyRecord>> => {
  const denied = requireAdmin(ctx, ref.jur);
  if (denied.length) return failure(...denied);
  const agency = await loadRecord<AgencyData>(ctx, AGENCY, ref.jur, ref.id);
  if (!agency) return failure(userError('NOT_FOUND', 'No such agency', ['input', 'id']));
  if (agency.data.removedAt) return failure(userError('LOCKED', 'This agency was deleted; it can no longer change', ['input', 'id']));
  return { ok: true, value: agency };
};

/**
 * Renames an agency, or changes its short name, kind or whether it files its own reports.
 * A new name is claimed before the write and the old one released after it, so a crash in
 * between leaves the old name taken (harmless: its holder check frees it), never two agencies
 * under one name. Links point at the id, so every plan, task and report follows the rename.
 */
export const updateAgency = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  fields: AgencyFields,
): Promise<Outcome<AgencyRecord>> => {
  const loaded = await loadForChange(ctx, ref);
  if (!loaded.ok) return loaded;
  const current = loaded.value;
  const errors = checkFields(fields, false);
  if (errors.length) return failure(...errors);
  const name = fields.name != null ? nfc(fields.name.trim()) : current.data.name;
  const data: AgencyData = {
    ...current.data,
    name,
    nameKey: fold(name),
    ...(fields.shortName !== undefined ? { shortName: fields.shortName ? nfc(fields.shortName.trim()) : null } : {}),
    ...(fields.kind ? { kind: fields.kind } : {}),
    ...(fields.reportsProgress != null ? { reportsProgress: fields.reportsProgress } : {}),
  };
  const renamed = data.nameKey !== current.data.nameKey;
  if (renamed) {
    try {
      await claimName(ctx, ref.jur, data, ref.id);
    } catch (error) {
      return asFailure(error);
    }
  }
  const result = await commit(ctx, { ref: { type: AGENCY, ...ref }, expectedVersion, data, op: 'UPDATE' });
  if (!renamed) return result;
  const release = result.ok ? current.data : data;
  await ctx.store.releaseClaim(ctx.scope, ref.jur, nameClaim(release), ref.id);
  return result;
};

/**
 * Deletes an agency once `links` says nothing points at it. The record stays as a tombstone
 * (`removedAt`): reports, actuals and spending it filed keep its name, while lists, imports and
 * new links no longer see it, and its name is free for a new agency.
 */
export const removeAgency = async (
  ctx: ServiceContext,
  ref: { jur: string; id: string },
  expectedVersion: number,
  note: string | null,
  links: (agency: AgencyRecord) => Promise<UserError[]>,
): Promise<Outcome<AgencyRecord>> => {
  const loaded = await loadForChange(ctx, ref);
  if (!loaded.ok) return loaded;
  const current = loaded.value;
  const errors = checkText(note, ['input', 'note'], { max: 1000 });
  if (errors.length) return failure(...errors);
  if (current.version !== expectedVersion) return asFailure(new VersionConflict(expectedVersion, current.version));
  const linked = await links(current);
  if (linked.length) return failure(...linked);
  const data: AgencyData = { ...current.data, removedAt: new Date().toISOString(), removedNote: note ? nfc(note.trim()) : null };
  const result = await commit(ctx, { ref: { type: AGENCY, ...ref }, expectedVersion, data, op: 'REMOVE', ...(note ? { note } : {}) });
  if (result.ok) await ctx.store.releaseClaim(ctx.scope, ref.jur, nameClaim(current.data), ref.id);
  return result;
};
