import type { MentorshipResolvers } from './types.generated.js';
import { getMentor } from '../../services/ecosystem/mentors';
import { getStartup } from '../../services/ecosystem/startups';
import { recordId } from '../global-id';

const missing = (what: string, id: string): never => {
  throw new Error(`Mentorship ${id} names a missing ${what}`);
};

export const Mentorship: MentorshipResolvers = {
  id: (m) => recordId(m),
  startup: async (m, _arg, ctx) => (await getStartup(ctx.services, m.jur, m.data.startupId)) ?? missing('startup', m.id),
  mentor: async (m, _arg, ctx) => (await getMentor(ctx.services, m.jur, m.data.mentorId)) ?? missing('mentor', m.id),
  from: (m) => m.data.from,
  to: (m) => m.data.to,
  status: (m) => m.data.status,
  note: (m) => m.data.note,
  version: (m) => m.version,
};
