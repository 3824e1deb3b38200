import type { QueryResolvers } from './../types.generated.js';
import { registryCount } from '../../../services/ecosystem/derived';
import { getIndicator } from '../../../services/indicators';
import { refOf } from '../../global-id';

export const indicatorCount: NonNullable<QueryResolvers['indicatorCount']> = async (_parent, { indicator: id, asOf, year }, ctx) => {
  const ref = refOf(id, 'Indicator');
  const indicator = ref ? await getIndicator(ctx.services, ref.jur, ref.id) : null;
  if (!indicator?.data.derivedFrom) return null;
  return registryCount(ctx.services, indicator.data.derivedFrom, indicator.jur, asOf, year);
};
