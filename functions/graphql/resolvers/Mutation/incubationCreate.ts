import type { MutationResolvers } from './../types.generated.js';
import { INCUBATOR, STARTUP } from '../../../domain/ecosystem/model';
import { incubationDef } from '../../../services/ecosystem/incubators';
import { createEntity } from '../../../services/ecosystem/registry';
import { badId, payload } from '../../payload';
import { requiredRef } from '../../ecosystem';
import { refOf } from '../../global-id';

export const incubationCreate: NonNullable<MutationResolvers['incubationCreate']> = async (_parent, { input }, ctx) => {
  const startup = refOf(input.startup, STARTUP);
  if (!startup) return badId('incubation', ['input', 'startup']);
  const incubator = requiredRef(input.incubator, INCUBATOR);
  return payload(
    'incubation',
    await createEntity(
      ctx.services,
      incubationDef,
      startup.jur,
      { startupId: startup.id, incubatorId: incubator.id, incubatorJur: incubator.jur, cohort: input.cohort, from: input.from, to: input.to },
      { idempotencyKey: input.idempotencyKey },
    ),
  );
};
