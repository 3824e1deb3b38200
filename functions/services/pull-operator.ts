/**
 * Who may pull into this deployment, from where, and what its admins may undo
 * (docs/exchange.md "Who may pull"). Pulling is an act of the receiving deployment's
 * operator: the PULL_OPERATOR role, issued by this deployment's admin, never implied by
 * NATIONAL (a reader). Each pulled jurisdiction's source is the one this deployment's
 * configuration binds (PULL_SOURCES: name and URL); a jurisdiction it binds to no source,
 * such as a province's own on its own deployment, accepts no pull at all.
 */
import { VersionConflict } from '../data';
import { detachPulled, readPulledFlag } from '../data/pull-flags';
import { listRefusals, type PullRefusal } from '../data/pull-refusals';
import { pulledFrom, readPullState } from '../data/replica';
import { failure, success, userError, type Outcome, type UserError } from '../domain/common/user-error';
import type { ServiceContext } from './context';
import { requireAdmin } from './guard';
import { normaliseUrl, sourceOf } from './pull-sources';
import { rememberPulled } from './pulled-guard';

const SOURCE = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller is this deployment's pull operator, for this jurisdiction. */
const operatorRefusal = (ctx: ServiceContext, jur: string): UserError[] => {
  const { caller } = ctx;
  if (caller.role === 'PUBLIC') return [userError('UNAUTHENTICATED', "Pulling needs this deployment's PULL_OPERATOR token (Authorization: Bearer …)")];
  if (caller.role !== 'PULL_OPERATOR') {
    return [userError('FORBIDDEN', "Pulling is an act of this deployment's pull operator (PULL_OPERATOR, issued by its admin); NATIONAL and the other roles may not")];
  }
  if (caller.jurisdictions.length > 0 && !caller.jurisdictions.includes(jur)) return [userError('FORBIDDEN', `This operator token does not cover jurisdiction ${jur}`, ['input', 'jurisdiction'])];
  if (!ctx.jurisdictions.includes(jur)) return [userError('NOT_FOUND', `This deployment does not hold jurisdiction ${jur}`, ['input', 'jurisdiction'])];
  return [];
};

/** The operator may apply records of `jur` from `source` read at `sourceUrl`: the configuration binds exactly that. */
export const mayPullFrom = (ctx: ServiceContext, jur: string, source: string, sourceUrl: string): UserError[] => {
  const role = operatorRefusal(ctx, jur);
  if (role.length) return role;
  const bound = sourceOf(ctx.pullSources, jur);
  if (!bound) {
    return [userError('FORBIDDEN', `This deployment's configuration (PULL_SOURCES) binds no source to jurisdiction ${jur}: it accepts no pull into it`, ['input', 'jurisdiction'])];
  }
  if (bound.name !== source) return [userError('FORBIDDEN', `Jurisdiction ${jur} is pulled from ${bound.name} by this deployment's configuration, not from ${source}`, ['input', 'source'])];
  if (normaliseUrl(sourceUrl) !== bound.url) return [userError('FORBIDDEN', `Source ${source} is configured at ${bound.url}, not ${sourceUrl}`, ['input', 'sourceUrl'])];
  return [];
};

export interface PullStateView {
  readonly source: string;
  readonly jurisdiction: string;
  readonly cursor: string | null;
  readonly pulledAt: string | null;
  readonly taken: number;
  readonly pulledFrom: string | null;
  readonly url: string | null;
  readonly refused: readonly PullRefusal[];
}

/** Where a pull stands, with what it refused: for the operator only (it names the source and its cursor). */
export const pullState = async (ctx: ServiceContext, source: string, jur: string): Promise<Outcome<PullStateView>> => {
  const refused = operatorRefusal(ctx, jur);
  if (refused.length) return failure(...refused);
  if (!SOURCE.test(source)) return failure(userError('INVALID', 'A source name is 1–64 letters, digits, dots, dashes or underscores', ['source']));
  const [state, from, list] = await Promise.all([readPullState(ctx.store, source, jur), pulledFrom(ctx.store, jur), listRefusals(ctx.store, source, jur)]);
  const bound = sourceOf(ctx.pullSources, jur);
  return success({ source, jurisdiction: jur, ...state, pulledFrom: from, url: bound?.name === source ? bound.url : null, refused: list });
};

/** The type of the record whose audit entry witnesses a detachment (one per jurisdiction and source). */
const PULL_DETACHMENT = 'PullDetachment';

/**
 * An admin of the jurisdiction makes it local again. The audit entry is written first (the
 * write-ahead log, as every change); a retry after a crash between the two steps finds it
 * and completes the flag.
 */
export const detachPulledJurisdiction = async (ctx: ServiceContext, jur: string, note: string | null): Promise<Outcome<{ jurisdiction: string; detachedFrom: string }>> => {
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  const flag = await readPulledFlag(ctx.store, jur);
  if (!flag || flag.detachedAt) return failure(userError('NOT_FOUND', `Jurisdiction ${jur} is not pulled into this deployment`, ['input', 'jurisdiction']));
  try {
    await ctx.store.commit(ctx.scope, {
      ref: { type: PULL_DETACHMENT, jur, id: flag.source },
      expectedVersion: 0,
      data: { source: flag.source, pulledSince: flag.at, note: note?.trim() ? note.trim().slice(0, 2000) : null },
      op: 'DETACH',
      ...(note?.trim() ? { note: note.trim().slice(0, 2000) } : {}),
    });
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
  }
  await detachPulled(ctx.store, ctx.scope, jur);
  rememberPulled(ctx.store, jur, false);
  return success({ jurisdiction: jur, detachedFrom: flag.source });
};
