/**
 * The criteria a support organisation (incubator, innovation centre, co-working space)
 * must meet to be supported as one, as the plans and Nghị định 80/2020/NĐ-CP list them:
 *  1. its head has at least 1 year of experience in investment, finance or business
 *     support (kinh nghiệm trong lĩnh vực đầu tư, tài chính, hỗ trợ kinh doanh);
 *  2. it has a startup-support process (quy trình hỗ trợ khởi nghiệp);
 *  3. it has at least one cooperation agreement (thỏa thuận hợp tác) with another
 *     organisation, investor or university.
 * The facts are data on the incubator; whether it meets them is computed, with reasons.
 */
export type ExperienceField = 'INVESTMENT' | 'FINANCE' | 'BUSINESS_SUPPORT' | 'OTHER';

export interface IncubatorCriteriaFacts {
  readonly headExperienceYears: number | null;
  readonly headExperienceField: ExperienceField | null;
  readonly hasSupportProcess: boolean;
  readonly cooperationAgreements: readonly string[];
}

export interface CriteriaResult {
  readonly met: boolean;
  /** One line per criterion, met or not, in the order above. */
  readonly reasons: readonly string[];
  /** The criteria not met, by number (1–3). */
  readonly unmet: readonly number[];
}

const MIN_HEAD_EXPERIENCE_YEARS = 1;
const RELEVANT: readonly ExperienceField[] = ['INVESTMENT', 'FINANCE', 'BUSINESS_SUPPORT'];

export const evaluateCriteria = (facts: IncubatorCriteriaFacts): CriteriaResult => {
  const reasons: string[] = [];
  const unmet: number[] = [];
  const years = facts.headExperienceYears ?? 0;
  const relevant = facts.headExperienceField !== null && RELEVANT.includes(facts.headExperienceField);
  if (relevant && years >= MIN_HEAD_EXPERIENCE_YEARS) {
    reasons.push(`Met: the head has ${years} year(s) of experience in ${facts.headExperienceField!.toLowerCase().replace('_', ' ')}`);
  } else {
    unmet.push(1);
    reasons.push(
      !relevant
        ? 'Not met: the head needs experience in investment, finance or business support'
        : `Not met: the head has ${years} year(s) of experience; at least ${MIN_HEAD_EXPERIENCE_YEARS} is required`,
    );
  }
  if (facts.hasSupportProcess) reasons.push('Met: has a startup-support process');
  else {
    unmet.push(2);
    reasons.push('Not met: no startup-support process');
  }
  const agreements = facts.cooperationAgreements.filter((a) => a.trim() !== '');
  if (agreements.length > 0) reasons.push(`Met: ${agreements.length} cooperation agreement(s)`);
  else {
    unmet.push(3);
    reasons.push('Not met: no cooperation agreement');
  }
  return { met: unmet.length === 0, reasons, unmet };
};
