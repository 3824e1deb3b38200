/**
 * Mentor suggestions for a startup: available mentors with a free place, ranked by
 *   score = 3 × shared sectors + 2 × expertise words matching the startup's needs
 *           + 1 × free share of capacity (0–1) + 0.5 if TOT-trained,
 * ties broken by more free places, then name. Mentors already mentoring the startup,
 * unavailable or full are left out. Each suggestion carries its reasons.
 */
import { code, explain, explanation, num, text, type Explanation } from '../text/explanations';
import { fold, searchTokens } from '../text/vietnamese';

export interface MentorFacts {
  readonly id: string;
  readonly name: string;
  readonly sectors: readonly string[];
  readonly expertise: readonly string[];
  readonly capacity: number;
  readonly active: number;
  readonly available: boolean;
  readonly totTrained: boolean;
}

export interface StartupNeeds {
  readonly sectors: readonly string[];
  /** Words describing what the startup needs (its description, products, stage …). */
  readonly needs: readonly string[];
  /** Mentors already mentoring it. */
  readonly mentorIds: readonly string[];
}

export interface Suggestion {
  readonly mentorId: string;
  readonly score: number;
  readonly sharedSectors: readonly string[];
  readonly matchedExpertise: readonly string[];
  readonly freePlaces: number;
  /** Why, as catalogue codes with parameters (domain/text/explanations.ts). */
  readonly explanations: readonly Explanation[];
  /** The same in English. */
  readonly reasons: readonly string[];
}

/** Words too common in the plans to say anything about a match. */
const STOP = new Set(['va', 'cho', 'cac', 'cua', 'the', 'and', 'of', 'for', 'khoi', 'nghiep', 'doanh', 'startup']);

const SCORE = { sector: 3, expertise: 2, freeShare: 1, tot: 0.5 } as const;

export const suggestMentors = (startup: StartupNeeds, mentors: readonly MentorFacts[]): Suggestion[] => {
  const needWords = new Set(startup.needs.flatMap((n) => searchTokens(n)).filter((w) => w.length > 2 && !STOP.has(w)));
  const suggestions: Suggestion[] = [];
  for (const mentor of mentors) {
    const freePlaces = Math.max(0, mentor.capacity - mentor.active);
    if (!mentor.available || freePlaces === 0 || startup.mentorIds.includes(mentor.id)) continue;
    const sharedSectors = mentor.sectors.filter((s) => startup.sectors.includes(s));
    const matchedExpertise = mentor.expertise.filter((e) => searchTokens(e).some((w) => needWords.has(w)));
    const freeShare = mentor.capacity > 0 ? freePlaces / mentor.capacity : 0;
    const score =
      SCORE.sector * sharedSectors.length + SCORE.expertise * matchedExpertise.length + SCORE.freeShare * freeShare + (mentor.totTrained ? SCORE.tot : 0);
    const explanations = [
      sharedSectors.length ? explanation('SHARES_SECTORS', { sector: sharedSectors.map(code) }) : explanation('NO_SHARED_SECTOR'),
      ...(matchedExpertise.length ? [explanation('EXPERTISE_MATCHES', { expertise: matchedExpertise.map(text) })] : []),
      explanation('PLACES_FREE', { free: num(freePlaces), capacity: num(mentor.capacity) }),
      ...(mentor.totTrained ? [explanation('TOT_TRAINED')] : []),
    ];
    suggestions.push({
      mentorId: mentor.id,
      score: Math.round(score * 1000) / 1000,
      sharedSectors,
      matchedExpertise,
      freePlaces,
      explanations,
      reasons: explanations.map((e) => explain(e, 'EN')),
    });
  }
  const nameOf = new Map(mentors.map((m) => [m.id, fold(m.name)]));
  return suggestions.sort(
    (a, b) => b.score - a.score || b.freePlaces - a.freePlaces || (nameOf.get(a.mentorId) ?? '').localeCompare(nameOf.get(b.mentorId) ?? ''),
  );
};
