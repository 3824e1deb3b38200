import { findApiKey, takeQuota, type Store } from '../data';
import { anonymous, type Caller } from './caller';

/**
 * Who may come in, before any query runs: a token's caller as verified; a partner
 * key's caller (published data only) within its per-minute quota; an anonymous
 * caller within the lower per-address quota. Tokens are not metered here (API
 * Gateway's stage throttling and the WAF's rate rule cover them when deployed).
 */
export interface Quotas {
  /** Requests a minute per client address for callers with neither token nor key; 0 turns it off. */
  readonly anonymousPerMinute: number;
}

export const quotasFromEnv = (env: NodeJS.ProcessEnv): Quotas => ({
  anonymousPerMinute: Number(env.QUOTA_ANONYMOUS_PER_MINUTE ?? 120),
});

export type Admission =
  | { readonly ok: true; readonly caller: Caller }
  | { readonly ok: false; readonly reason: 'UNKNOWN_KEY' }
  | { readonly ok: false; readonly reason: 'RATE_LIMITED'; readonly limit: number; readonly retryAfterSeconds: number };

export const admit = async (
  store: Store,
  quotas: Quotas,
  verified: Caller,
  request: { apiKey?: string | undefined; clientAddress?: string | undefined },
): Promise<Admission> => {
  if (verified.role !== 'PUBLIC') return { ok: true, caller: verified };
  if (request.apiKey) {
    const key = await findApiKey(store, request.apiKey);
    if (!key) return { ok: false, reason: 'UNKNOWN_KEY' };
    const quota = await takeQuota(store, `key#${key.jur}#${key.id}`, key.quotaPerMinute);
    if (!quota.ok) return { ok: false, reason: 'RATE_LIMITED', limit: key.quotaPerMinute, retryAfterSeconds: quota.retryAfterSeconds };
    return { ok: true, caller: { ...anonymous, subject: `apikey:${key.jur}:${key.id}`, jurisdictions: [key.jur], apiKey: { id: key.id, name: key.name } } };
  }
  if (quotas.anonymousPerMinute > 0) {
    const quota = await takeQuota(store, `addr#${request.clientAddress ?? 'unknown'}`, quotas.anonymousPerMinute);
    if (!quota.ok) return { ok: false, reason: 'RATE_LIMITED', limit: quotas.anonymousPerMinute, retryAfterSeconds: quota.retryAfterSeconds };
  }
  return { ok: true, caller: verified };
};
