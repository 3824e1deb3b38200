import type { MutationResolvers } from './../types.generated.js';
import { APPLICATION } from '../../../domain/ecosystem/model';
import { awardApplication } from '../../../services/ecosystem/competitions';
import { onRef } from '../../ecosystem';

export const competitionAward: NonNullable<MutationResolvers['competitionAward']> = (_parent, { input }, ctx) =>
  onRef('application', input.id, APPLICATION, (ref) =>
    awardApplication(ctx.services, ref, input.expectedVersion, { rank: input.rank, title: input.title, prize: input.prize, awardedOn: input.awardedOn }),
  );
