import { AGENCY, TASK } from '../domain/plan/entities';
import { APPLICATION, STARTUP } from '../domain/ecosystem/model';
import type { CompetitionFields } from '../services/ecosystem/competitions';
import type { EventFields, SupportGrantFields } from '../services/ecosystem/events';
import { optionalRef, requiredRef } from './ecosystem';
import type {
  CompetitionCreateInput,
  CompetitionUpdateInput,
  EventCreateInput,
  EventUpdateInput,
  SupportGrantCreateInput,
  SupportGrantUpdateInput,
} from './resolvers/types.generated';

/** GraphQL inputs of the registry to service fields: global IDs become references. */

const agencyRefs = (ids: readonly string[] | null | undefined) => (ids ? ids.map((id) => requiredRef(id, AGENCY)) : ids);

export const competitionFields = (input: CompetitionCreateInput | CompetitionUpdateInput): CompetitionFields => ({
  name: input.name,
  description: input.description,
  organisers: agencyRefs(input.organisers),
  task: optionalRef(input.task, TASK),
  phases: input.phases,
  shortlistSize: input.shortlistSize,
});

export const eventFields = (input: EventCreateInput | EventUpdateInput): EventFields => ({
  name: input.name,
  kind: input.kind,
  description: input.description,
  organisers: agencyRefs(input.organisers),
  startsOn: input.startsOn,
  endsOn: input.endsOn,
  place: input.place,
  participants: input.participants
    ? {
        total: input.participants.total,
        women: input.participants.women ?? 0,
        farmers: input.participants.farmers ?? 0,
        youth: input.participants.youth ?? 0,
        cooperatives: input.participants.cooperatives ?? 0,
        enterprises: input.participants.enterprises ?? 0,
      }
    : input.participants,
  task: optionalRef(input.task, TASK),
});

export const grantFields = (input: SupportGrantCreateInput | SupportGrantUpdateInput): SupportGrantFields => ({
  ...('beneficiary' in input ? { beneficiary: optionalRef(input.beneficiary, STARTUP), beneficiaryName: input.beneficiaryName } : {}),
  ...('task' in input ? { task: optionalRef(input.task, TASK) } : {}),
  ...('application' in input ? { application: optionalRef(input.application, APPLICATION) } : {}),
  policyBasis: input.policyBasis,
  amount: input.amount,
  source: input.source,
  sourceName: input.sourceName,
  date: input.date,
  purpose: input.purpose,
});
