import type { MutationResolvers } from './../types.generated.js';
import { APPLICATION } from '../../../domain/ecosystem/model';
import { shortlistApplication } from '../../../services/ecosystem/competitions';
import { onRef } from '../../ecosystem';

export const competitionShortlist: NonNullable<MutationResolvers['competitionShortlist']> = (_parent, { input }, ctx) =>
  onRef('application', input.id, APPLICATION, (ref) =>
    shortlistApplication(ctx.services, ref, input.expectedVersion, { selected: input.selected ?? true, score: input.score, note: input.note }),
  );
