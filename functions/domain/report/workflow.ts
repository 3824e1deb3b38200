/**
 * The review workflow shared by task reports (and, later, indicator observations):
 * DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED → SUBMITTED again.
 */
export type ReviewStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';
export type ReviewAction = 'SUBMIT' | 'APPROVE' | 'RETURN';

const transitions: Record<ReviewAction, { from: readonly ReviewStatus[]; to: ReviewStatus }> = {
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED' },
  APPROVE: { from: ['SUBMITTED'], to: 'APPROVED' },
  RETURN: { from: ['SUBMITTED'], to: 'RETURNED' },
};

export const nextReviewStatus = (
  current: ReviewStatus,
  action: ReviewAction,
): { ok: true; status: ReviewStatus } | { ok: false; message: string } => {
  const rule = transitions[action];
  if (rule.from.includes(current)) return { ok: true, status: rule.to };
  return {
    ok: false,
    message: `Cannot ${action.toLowerCase()} a ${current.toLowerCase()} item; it must be ${rule.from.join(' or ').toLowerCase()}`,
  };
};

/** Only reviewers (province admins) approve or return; authors submit. */
export const isReviewerAction = (action: ReviewAction): boolean => action !== 'SUBMIT';
