import type { MutationResolvers } from './../types.generated.js';
import { PLAN } from '../../../domain/plan/entities';
import { setCalendar } from '../../../services/operations/calendar';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const reportingCalendarSet: NonNullable<MutationResolvers['reportingCalendarSet']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.plan, PLAN);
  if (!ref) return badId('calendar', ['input', 'plan']);
  return payload('calendar', await setCalendar(ctx.services, ref, input.expectedVersion, input.frequencies, input.dueAfterDays));
};
