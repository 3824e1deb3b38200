import type { MutationResolvers } from './../types.generated.js';
import { COMPETITION, STARTUP } from '../../../domain/ecosystem/model';
import { applicationDef } from '../../../services/ecosystem/competitions';
import { createEntity } from '../../../services/ecosystem/registry';
import { badId, payload } from '../../payload';
import { requiredRef } from '../../ecosystem';
import { refOf } from '../../global-id';

export const competitionApply: NonNullable<MutationResolvers['competitionApply']> = async (_parent, { input }, ctx) => {
  const competition = refOf(input.competition, COMPETITION);
  if (!competition) return badId('application', ['input', 'competition']);
  return payload(
    'application',
    await createEntity(
      ctx.services,
      applicationDef,
      competition.jur,
      { competition, startup: requiredRef(input.startup, STARTUP), projectName: input.projectName, submittedOn: input.submittedOn },
      { idempotencyKey: input.idempotencyKey },
    ),
  );
};
