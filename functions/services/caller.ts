import type { DataScope } from '../data';

/** Who is calling, as verified from their token (or anonymous). */
/**
 * PULL_OPERATOR runs this deployment's pulls (services/pull-operator.ts) and reads like
 * PUBLIC otherwise; it is issued by this deployment's admin, never implied by NATIONAL.
 */
export type Role = 'PUBLIC' | 'AGENCY' | 'PROVINCE_ADMIN' | 'NATIONAL' | 'PULL_OPERATOR';

export interface Caller {
  readonly role: Role;
  /** Token subject, for the audit trail. */
  readonly subject: string;
  readonly jurisdictions: readonly string[];
  /** The agency an AGENCY caller speaks for (record id). */
  readonly agencyId: string | null;
  /** The partner API key a PUBLIC caller presented, if any. */
  readonly apiKey?: { readonly id: string; readonly name: string } | null;
}

export const anonymous: Caller = { role: 'PUBLIC', subject: 'anonymous', jurisdictions: [], agencyId: null };

/** What the data layer lets this caller touch (DESIGN.md §6). */
export const scopeFor = (caller: Caller): DataScope => {
  const own = new Set(caller.role === 'PROVINCE_ADMIN' || caller.role === 'AGENCY' ? caller.jurisdictions : []);
  return { actor: caller.subject, writable: own, privateReadable: own };
};

export const isAdminOf = (caller: Caller, jur: string): boolean =>
  caller.role === 'PROVINCE_ADMIN' && caller.jurisdictions.includes(jur);
