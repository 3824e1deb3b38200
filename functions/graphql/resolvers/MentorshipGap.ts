import type { MentorshipGapResolvers } from './types.generated.js';

export const MentorshipGap: MentorshipGapResolvers = {
  startup: (g) => g.startup,
  incubation: (g) => g.incubation,
  since: (g) => g.since,
};
