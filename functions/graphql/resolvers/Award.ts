import type { AwardResolvers } from './types.generated.js';
import { getCompetition } from '../../services/ecosystem/competitions';

export const Award: AwardResolvers = {
  title: (a) => (a.kind === 'competition' ? a.application.data.award!.title : a.award.title),
  awardedBy: async (a, _arg, ctx) =>
    a.kind === 'competition' ? ((await getCompetition(ctx.services, a.application.jur, a.application.data.competitionId))?.data.name ?? null) : a.award.awardedBy,
  awardedOn: (a) => (a.kind === 'competition' ? a.application.data.award!.awardedOn : a.award.awardedOn),
  competition: (a, _arg, ctx) => (a.kind === 'competition' ? getCompetition(ctx.services, a.application.jur, a.application.data.competitionId) : null),
  rank: (a) => (a.kind === 'competition' ? a.application.data.award!.rank : null),
  prize: (a) => (a.kind === 'competition' ? a.application.data.award!.prize : null),
};
