/**
 * An observation's review: the task reports' workflow (DRAFT → SUBMITTED → APPROVED |
 * RETURNED), plus REOPEN, which a province admin uses to unlock an approved period: the
 * observation goes back to RETURNED, stops counting, and can be corrected and resubmitted.
 */
import { nextReviewStatus, type ReviewAction, type ReviewStatus } from '../report/workflow';

export type ObservationAction = ReviewAction | 'REOPEN';

export const nextObservationStatus = (
  current: ReviewStatus,
  action: ObservationAction,
): { ok: true; status: ReviewStatus } | { ok: false; message: string } => {
  if (action !== 'REOPEN') return nextReviewStatus(current, action);
  return current === 'APPROVED'
    ? { ok: true, status: 'RETURNED' }
    : { ok: false, message: `Cannot reopen a ${current.toLowerCase()} observation; only an approved one is locked` };
};

/** Only drafts and returned observations can be edited; submitted ones are under review, approved ones locked. */
export const isEditable = (status: ReviewStatus): boolean => status === 'DRAFT' || status === 'RETURNED';

/** Approving, returning and reopening are the reviewer's (province admin's); submitting is the author's. */
export const isReviewerObservationAction = (action: ObservationAction): boolean => action !== 'SUBMIT';
