import type { QueryResolvers } from './../types.generated.js';
import { jurisdictionInfo, type JurisdictionInfo } from '../../../domain/jurisdiction/provinces';

export const jurisdictions: NonNullable<QueryResolvers['jurisdictions']> = (_parent, _arg, ctx) =>
  ctx.services.jurisdictions.map(jurisdictionInfo).filter((j): j is JurisdictionInfo => j !== null);
