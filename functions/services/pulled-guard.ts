/**
 * The guard every user write passes (services/write.ts commit): a jurisdiction pulled from
 * another deployment is a copy of that deployment's data, changed only by pulls, so users'
 * changes to it are refused. Kept apart from services/pull.ts so the write path does not
 * import the puller (and, through it, privacy and the ecosystem services that import write.ts).
 */
import type { Store } from '../data';
import { pulledFrom } from '../data/replica';
import { userError, type UserError } from '../domain/common/user-error';
import type { ServiceContext } from './context';

/**
 * Answers are kept this long per container. A flag can go away (an admin detaches the
 * jurisdiction, services/pull-operator.ts), so a positive answer expires too: other
 * containers see a detachment within this window.
 */
const TTL_MS = 5_000;
const known = new Map<string, { pulled: boolean; at: number }>();
const keyOf = (store: Store, jur: string) => `${store.table('Control')}|${jur}`;

export const rememberPulled = (store: Store, jur: string, pulled: boolean): void => {
  known.set(keyOf(store, jur), { pulled, at: Date.now() });
};

/** Whether `jur` holds data pulled from elsewhere in this deployment (the `{jur}#pulled` Control flag). */
const isPulled = async (store: Store, jur: string): Promise<boolean> => {
  const cached = known.get(keyOf(store, jur));
  if (cached && Date.now() - cached.at < TTL_MS) return cached.pulled;
  const pulled = (await pulledFrom(store, jur)) !== null;
  rememberPulled(store, jur, pulled);
  return pulled;
};

/** FORBIDDEN for a user's change to a pulled jurisdiction; pulls write through data/replica.ts, not through commit. */
export const refusePulledWrite = async (ctx: ServiceContext, jur: string): Promise<UserError[]> =>
  (await isPulled(ctx.store, jur))
    ? [userError('FORBIDDEN', `Jurisdiction ${jur} is pulled from its province's deployment and is read-only here; change it there (or an admin detaches it: pullDetach)`)]
    : [];
