import type { MutationResolvers } from './../types.generated.js';
import { PLAN, TASK } from '../../../domain/plan/entities';
import { idempotent } from '../../../services/idempotency';
import { createTask } from '../../../services/tasks';
import { refOf } from '../../global-id';
import { taskFields } from '../../inputs';
import { badId, payload } from '../../payload';

export const taskCreate: NonNullable<MutationResolvers['taskCreate']> = async (_parent, { input }, ctx) => {
  const plan = refOf(input.plan, PLAN);
  if (!plan) return badId('task', ['input', 'plan']);
  return payload(
    'task',
    await idempotent(ctx.services, plan.jur, TASK, input.idempotencyKey, input, (id) =>
      createTask(ctx.services, plan, input.code, taskFields(input), { id }),
    ),
  );
};
