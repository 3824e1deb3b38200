import type { RoundActualResolvers } from './types.generated.js';
import { getObservation } from '../../services/observations';

export const RoundActual: RoundActualResolvers = {
  indicator: (i) => i.indicator!,
  state: (i) => i.state,
  observation: (i, _arg, ctx) => (i.observation ? getObservation(ctx.services, i.observation.jur, i.observation.id) : null),
};
