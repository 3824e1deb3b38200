import type { MentorSuggestionResolvers } from './types.generated.js';
import type { Sector } from '../../domain/ecosystem/model';

export const MentorSuggestion: MentorSuggestionResolvers = {
  mentor: (s) => s.mentor,
  score: (s) => s.score,
  sharedSectors: (s) => [...s.sharedSectors] as Sector[],
  matchedExpertise: (s) => [...s.matchedExpertise],
  freePlaces: (s) => s.freePlaces,
  reasons: (s) => [...s.reasons],
  explanations: (s) => [...s.explanations],
};
