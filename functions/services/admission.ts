import { findApiKey, type ApiKeyItem, type Store } from '../data';
import { anonymous, type Caller } from './caller';
import { QuotaAllowance } from './quota';

/**
 * Who may come in, decided before any query runs: a token's caller as verified; a partner
 * key's caller (published data only) within its per-minute quota; an anonymous caller
 * within the lower per-address quota. Tokens are not metered here (API Gateway's stage
 * throttling and the WAF's rate rule cover them when deployed).
 *
 * The gate lives as long as the container: partner keys are cached for a short time
 * (a revoked key may keep working that long in a container that saw it), and quotas are
 * counted in the container and settled in batches (quota.ts states the error bound).
 */
export interface Quotas {
  /** Requests a minute per client address for callers with neither token nor key; 0 turns it off. */
  readonly anonymousPerMinute: number;
  /** Seconds a key lookup (found or not) is reused by a container; 0 reads the key every time. */
  readonly keyCacheSeconds: number;
}

export const quotasFromEnv = (env: NodeJS.ProcessEnv): Quotas => ({
  anonymousPerMinute: Number(env.QUOTA_ANONYMOUS_PER_MINUTE ?? 120),
  keyCacheSeconds: Number(env.API_KEY_CACHE_SECONDS ?? 30),
});

type Admission =
  | { readonly ok: true; readonly caller: Caller }
  | { readonly ok: false; readonly reason: 'UNKNOWN_KEY' }
  | { readonly ok: false; readonly reason: 'RATE_LIMITED'; readonly limit: number; readonly retryAfterSeconds: number };

export interface Gate {
  admit(verified: Caller, request: { apiKey?: string | undefined; clientAddress?: string | undefined }): Promise<Admission>;
}

/** Keys remembered by a container; past this the oldest are forgotten (a flood of made-up keys cannot grow it). */
const KEY_CACHE_ENTRIES = 1_000;

export const createGate = (store: Store, quotas: Quotas, onSettleError?: (error: unknown) => void): Gate => {
  const allowance = new QuotaAllowance(store, onSettleError);
  const keys = new Map<string, { key: ApiKeyItem | null; until: number }>();

  const lookUp = async (presented: string): Promise<ApiKeyItem | null> => {
    const now = Date.now();
    const cached = keys.get(presented);
    if (cached && cached.until > now) return cached.key;
    const key = await findApiKey(store, presented);
    if (quotas.keyCacheSeconds > 0) {
      keys.delete(presented);
      if (keys.size >= KEY_CACHE_ENTRIES) keys.delete(keys.keys().next().value!);
      keys.set(presented, { key, until: now + quotas.keyCacheSeconds * 1000 });
    }
    return key;
  };

  return {
    async admit(verified, request) {
      if (verified.role !== 'PUBLIC') return { ok: true, caller: verified };
      if (request.apiKey) {
        const key = await lookUp(request.apiKey);
        if (!key) return { ok: false, reason: 'UNKNOWN_KEY' };
        const quota = await allowance.take(`key#${key.jur}#${key.id}`, key.quotaPerMinute);
        if (!quota.ok) return { ok: false, reason: 'RATE_LIMITED', limit: key.quotaPerMinute, retryAfterSeconds: quota.retryAfterSeconds };
        return { ok: true, caller: { ...anonymous, subject: `apikey:${key.jur}:${key.id}`, jurisdictions: [key.jur], apiKey: { id: key.id, name: key.name } } };
      }
      if (quotas.anonymousPerMinute > 0) {
        const quota = await allowance.take(`addr#${request.clientAddress ?? 'unknown'}`, quotas.anonymousPerMinute);
        if (!quota.ok) return { ok: false, reason: 'RATE_LIMITED', limit: quotas.anonymousPerMinute, retryAfterSeconds: quota.retryAfterSeconds };
      }
      return { ok: true, caller: verified };
    },
  };
};
