/**
 * Eligibility of an innovative startup (doanh nghiệp khởi nghiệp sáng tạo): at most
 * 5 years from the date of its first enterprise registration certificate (Giấy chứng
 * nhận đăng ký doanh nghiệp lần đầu), evaluated as of a date.
 *
 * The rule, read with the Civil Code 2015 on counting periods:
 *  - Art. 147: a period counted in years starts on the day AFTER the event (the first
 *    registration day itself is not counted);
 *  - Art. 148: a period counted in years ends at the end of the day with the same day and
 *    month in its last year; when that month has no such day (29 February), at the end of
 *    the last day of that month.
 * So a startup first registered on 2021-01-15 is eligible through 2026-01-15 (`until`,
 * inclusive): eligible on 2026-01-14 and 2026-01-15, no longer on 2026-01-16. It leaves
 * the count on its own, with no write, the day after `until`.
 *
 * A project (PROJECT: not yet incorporated) has no registration and is not an innovative
 * startup enterprise yet; an INACTIVE or GRADUATED one has left the support population.
 */
import type { IsoDate } from '../plan/model';

export type StartupStage = 'PROJECT' | 'STARTUP' | 'SCALEUP' | 'GRADUATED' | 'INACTIVE';

const ELIGIBILITY_YEARS = 5;

export interface Eligibility {
  readonly eligible: boolean;
  /** Why, for a person (Vietnamese labels where useful). */
  readonly reason: string;
  /** The last eligible day, inclusive; null when no registration date. */
  readonly until: IsoDate | null;
}

const ymd = (date: IsoDate): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
};

const iso = (y: number, m: number, d: number): IsoDate =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The same day and month `years` later; the last day of the month when it has no such day. */
export const anniversary = (date: IsoDate, years: number): IsoDate => {
  const [y, m, d] = ymd(date);
  const year = y + years;
  return iso(year, m, Math.min(d, daysInMonth(year, m)));
};

/** The last eligible day of a startup first registered on `firstRegisteredOn`. */
export const eligibleUntil = (firstRegisteredOn: IsoDate): IsoDate => anniversary(firstRegisteredOn, ELIGIBILITY_YEARS);

export const eligibility = (
  startup: { readonly stage: StartupStage; readonly firstRegisteredOn: IsoDate | null },
  asOf: IsoDate,
): Eligibility => {
  const { stage, firstRegisteredOn } = startup;
  if (!firstRegisteredOn) {
    return {
      eligible: false,
      reason: stage === 'PROJECT' ? 'A project not yet registered as an enterprise (dự án khởi nghiệp)' : 'No first registration date on record',
      until: null,
    };
  }
  const until = eligibleUntil(firstRegisteredOn);
  if (stage === 'PROJECT') return { eligible: false, reason: 'A project not yet registered as an enterprise (dự án khởi nghiệp)', until };
  if (stage === 'INACTIVE') return { eligible: false, reason: 'Inactive (ngừng hoạt động)', until };
  if (stage === 'GRADUATED') return { eligible: false, reason: 'Graduated: no longer supported as a startup', until };
  if (asOf < firstRegisteredOn) return { eligible: false, reason: `Not registered yet on ${asOf} (first registration ${firstRegisteredOn})`, until };
  if (asOf > until) {
    return { eligible: false, reason: `More than ${ELIGIBILITY_YEARS} years from first registration on ${firstRegisteredOn} (eligible until ${until})`, until };
  }
  return { eligible: true, reason: `At most ${ELIGIBILITY_YEARS} years from first registration on ${firstRegisteredOn}`, until };
};
