/**
 * Enterprise code (mã số doanh nghiệp): the enterprise's tax code, 10 digits; a branch
 * or dependent unit has 13, written `0101234567-001` (the parent's 10 digits, a dash,
 * 3 more) or without the dash. Only the shape is checked: the check digit is the tax
 * authority's business, and a wrong one is caught when the code is looked up there.
 */
export type EnterpriseCodeCheck =
  | { readonly ok: true; readonly code: string; readonly branch: boolean }
  | { readonly ok: false; readonly message: string };

export const checkEnterpriseCode = (raw: string): EnterpriseCodeCheck => {
  const text = raw.trim().replace(/[\s.]/g, '');
  const m = /^(\d{10})(?:-?(\d{3}))?$/.exec(text);
  if (!m) {
    return { ok: false, message: `${raw.trim()} is not an enterprise code: 10 digits, or 13 for a branch (0101234567-001)` };
  }
  if (m[1] === '0000000000') return { ok: false, message: 'An enterprise code is not all zeros' };
  if (m[2] === '000') return { ok: false, message: 'A branch number is 001–999' };
  return m[2] ? { ok: true, code: `${m[1]}-${m[2]}`, branch: true } : { ok: true, code: m[1]!, branch: false };
};
