/**
 * Bắc Ninh 3.2: "Mỗi dự án khởi nghiệp tiềm năng được ghép đôi với ít nhất 01 cố vấn trong
 * suốt quá trình ươm tạo" — every startup in incubation has at least one mentor for the
 * whole incubation. As of a date: a startup with an incubation covering that date and no
 * mentorship covering it is a gap.
 */
import type { IsoDate } from '../plan/model';

export interface Period {
  readonly from: IsoDate;
  /** Last day, inclusive; null while open. */
  readonly to: IsoDate | null;
}

export const covers = (period: Period, day: IsoDate): boolean => period.from <= day && (period.to === null || day <= period.to);

export interface GapInput {
  readonly startupId: string;
  readonly incubations: readonly (Period & { readonly id: string })[];
  readonly mentorships: readonly (Period & { readonly active: boolean })[];
}

export interface Gap {
  readonly startupId: string;
  readonly incubationId: string;
  /** First day of the current stretch without a mentor (the incubation's start, or the day after the last mentorship ended). */
  readonly since: IsoDate;
}

/** The gaps as of a day: incubated, no mentorship covering the day. */
export const mentorshipGaps = (startups: readonly GapInput[], asOf: IsoDate): Gap[] =>
  startups.flatMap((s) => {
    const incubation = s.incubations.find((i) => covers(i, asOf));
    if (!incubation) return [];
    const mentored = s.mentorships.some((m) => m.active !== false && covers(m, asOf));
    if (mentored) return [];
    const lastEnd = s.mentorships
      .map((m) => m.to)
      .filter((to): to is string => to !== null && to >= incubation.from && to < asOf)
      .sort()
      .pop();
    return [{ startupId: s.startupId, incubationId: incubation.id, since: lastEnd ? nextDay(lastEnd) : incubation.from }];
  });

const nextDay = (day: IsoDate): IsoDate => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
