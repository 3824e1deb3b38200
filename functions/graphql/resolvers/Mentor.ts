import type { MentorResolvers } from './types.generated.js';
import { freePlaces, mentorMentorships, mentorStartups } from '../../services/ecosystem/mentors';
import { personal } from '../ecosystem';
import { recordId } from '../global-id';
import { jurisdictionOf } from '../jurisdiction';
import { connection, pageSize } from '../connection';

export const Mentor: MentorResolvers = {
  // Members of the SearchResult union: a record tells its type.
  __isTypeOf: (value) => (value as { type?: string }).type === 'Mentor',
  id: (m) => recordId(m),
  jurisdiction: (m) => jurisdictionOf(m.jur),
  name: (m) => m.data.name,
  title: (m) => m.data.title,
  expertise: (m) => [...m.data.expertise],
  sectors: (m) => [...m.data.sectors],
  organisation: (m) => m.data.organisation,
  totTrained: (m) => m.data.totTrained,
  capacity: (m) => m.data.capacity,
  available: (m) => m.data.available,
  availabilityNote: (m) => m.data.availabilityNote,
  freePlaces: (m, _arg, ctx) => freePlaces(ctx.services, m),
  phone: (m, _arg, ctx) => personal(ctx.services, m.jur, m.data.phone),
  email: (m, _arg, ctx) => personal(ctx.services, m.jur, m.data.email),
  mentorships: (m, { first, after, status }, ctx) => connection(() => mentorMentorships(ctx.services, m, status ?? null, pageSize(first), after ?? null)),
  startups: (m, { first, after }, ctx) => connection(() => mentorStartups(ctx.services, m, pageSize(first), after ?? null)),
  demo: (m) => m.data.demo,
  version: (m) => m.version,
};
