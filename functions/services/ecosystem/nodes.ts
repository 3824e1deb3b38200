import { APPLICATION, COMPETITION, EVENT, INCUBATION, INCUBATOR, INVESTMENT, INVESTOR, MENTOR, MENTORSHIP, STARTUP, SUPPORT_GRANT } from '../../domain/ecosystem/model';
import type { ServiceContext } from '../context';
import { loadRecord } from '../records';

/** The registry's node types: every one is public (personal fields are guarded field by field). */
const TYPES = new Set([STARTUP, MENTOR, MENTORSHIP, INCUBATOR, INCUBATION, INVESTOR, INVESTMENT, COMPETITION, APPLICATION, EVENT, SUPPORT_GRANT]);

export const isEcosystemType = (type: string): boolean => TYPES.has(type);

export const ecosystemNode = (ctx: ServiceContext, ref: { type: string; jur: string; id: string }) =>
  ctx.jurisdictions.includes(ref.jur) ? loadRecord<unknown>(ctx, ref.type, ref.jur, ref.id) : Promise.resolve(null);
