import { addQuotaUse, type Store } from '../data';

/**
 * Per-minute quotas kept in each container and settled to DynamoDB in batches, so the
 * common request writes nothing on its critical path.
 *
 * A container admits a request while `known + unsettled < limit`, where `known` is the
 * bucket's count over every container as DynamoDB last answered it and `unsettled` the
 * requests this container admitted since. When `unsettled` reaches the batch size B it
 * sends them (one `ADD`, which answers the new total); a request that finds B unsettled
 * and a settle already in flight waits for it. So a container never holds more than 2·B
 * unsettled requests (B pending, B in flight), and once the true count has reached the
 * limit each container admits at most 2·B more before a settle tells it.
 *
 * Error bound: within one minute a bucket admits at least `limit` requests (a refusal
 * means this container's view, which never exceeds the true count, reached the limit) and
 * at most `limit + 2·B·C` for C containers serving it, B = max(1, floor(limit / 20)): with
 * 1 container exact up to 2·B, with 10 containers at most limit × 2. A lost settle (the
 * container dies) undercounts by at most 2·B. API Gateway's stage throttle and, when
 * deployed, the WAF's per-address rate rule sit in front of this.
 */
export type Take = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

interface Bucket {
  minute: number;
  known: number;
  pending: number;
  sending: number;
  inflight: Promise<void> | null;
}

/** Buckets kept before those of past minutes are dropped. */
const PRUNE_AT = 10_000;

const batchSize = (limit: number): number => Math.max(1, Math.floor(limit / 20));

export class QuotaAllowance {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly store: Store,
    private readonly onSettleError: (error: unknown) => void = () => undefined,
  ) {}

  async take(name: string, limit: number, now = Date.now()): Promise<Take> {
    const minute = Math.floor(now / 60_000);
    const bucket = this.bucket(name, minute);
    const batch = batchSize(limit);
    const refused: Take = { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000)) };
    while (bucket.pending >= batch) await this.settle(name, bucket);
    if (bucket.known + bucket.sending + bucket.pending >= limit) return refused;
    bucket.pending += 1;
    if (bucket.pending >= batch) {
      // Off the critical path: the next request waits only if this one has not come back.
      this.settle(name, bucket).catch(this.onSettleError);
    }
    return { ok: true };
  }

  private bucket(name: string, minute: number): Bucket {
    const existing = this.buckets.get(name);
    if (existing && existing.minute === minute) return existing;
    if (this.buckets.size >= PRUNE_AT) {
      for (const [key, b] of this.buckets) if (b.minute < minute && !b.inflight) this.buckets.delete(key);
    }
    const fresh: Bucket = { minute, known: 0, pending: 0, sending: 0, inflight: null };
    this.buckets.set(name, fresh);
    return fresh;
  }

  private settle(name: string, bucket: Bucket): Promise<void> {
    if (bucket.inflight) return bucket.inflight;
    const used = bucket.pending;
    bucket.pending = 0;
    bucket.sending = used;
    bucket.inflight = addQuotaUse(this.store, name, bucket.minute, used).then(
      (total) => {
        bucket.known = Math.max(bucket.known, total);
        bucket.sending = 0;
        bucket.inflight = null;
      },
      (error: unknown) => {
        // Not lost: counted again with the next batch.
        bucket.pending += used;
        bucket.sending = 0;
        bucket.inflight = null;
        throw error;
      },
    );
    return bucket.inflight;
  }
}
