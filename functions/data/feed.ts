import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ABORTED, withBefore } from './audit-entry';
import { recordPk, type EntityRef } from './keys';
import type { AuditEntry } from './record';
import type { Store } from './store';

/**
 * The change feed of one jurisdiction (DESIGN.md §5 "A change feed without gaps"), read
 * from the Audit table's `feed` index (jur, seq). Every write takes the next number from
 * the jurisdiction's counter and puts its audit entry under that number; a number whose
 * write failed (a lost race, a crash) never appears.
 *
 * The rule: the reader returns number n only when every smaller number is present, or
 * when the next present entry after a hole was numbered longer ago than the longest a
 * write can take (FEED_SETTLE_MS) — then the hole is final and skipped. The `feed` index
 * is a GSI and is never assumed read-after-write consistent: an entry that is late to
 * appear is a hole that is not yet final, so the reader stops before it and the caller
 * asks again later.
 *
 * This module returns raw audit entries (drafts, personal data and all); the only caller
 * is services/exchange.ts, which filters them to published data.
 */

/**
 * The longest a write can take from taking its number to its audit entry being visible
 * in the `feed` index: the GraphQL Lambda's timeout (10 s, infra context `timeoutSeconds`)
 * plus a margin for SDK retries and index propagation. Override with FEED_SETTLE_MS (tests use 2 s).
 */
const DEFAULT_FEED_SETTLE_MS = 30_000;

export const feedSettleMs = (env: Record<string, string | undefined> = process.env): number => {
  const value = Number(env.FEED_SETTLE_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_FEED_SETTLE_MS;
};

export interface FeedPage {
  /** Entries with seq > after, in seq order, each settled (see the rule above). */
  readonly entries: AuditEntry[];
  /**
   * The position the reader may resume from: every number ≤ position was either returned
   * (now or before) or is a final hole. Equal to `after` when nothing settled yet.
   */
  readonly position: number;
  /** True when the reader stopped because nothing more is settled (not because of `limit`). */
  readonly caughtUp: boolean;
}

/** Items read per round trip. */
const BATCH = 100;

export class FeedReader {
  constructor(
    private readonly store: Store,
    private readonly settleMs: number = feedSettleMs(),
    private readonly clock: () => number = Date.now,
  ) {}

  /** Up to `limit` settled entries after position `after`, in order. */
  async read(jur: string, after: number, limit: number): Promise<FeedPage> {
    const now = this.clock();
    const entries: AuditEntry[] = [];
    let position = after;
    let start: Record<string, unknown> | undefined;
    for (;;) {
      const out = await this.store.client.send(
        new QueryCommand({
          TableName: this.store.table('Audit'),
          IndexName: 'feed',
          KeyConditionExpression: '#jur = :jur AND #seq > :after',
          ExpressionAttributeNames: { '#jur': 'jur', '#seq': 'seq' },
          ExpressionAttributeValues: { ':jur': jur, ':after': after },
          ScanIndexForward: true,
          Limit: BATCH,
          ...(start ? { ExclusiveStartKey: start } : {}),
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      for (const entry of (out.Items ?? []) as AuditEntry[]) {
        if (entry.seq <= position) continue;
        // A hole before this entry is final only once this entry is older than any write can take.
        if (entry.seq !== position + 1 && now - Date.parse(entry.at) <= this.settleMs) {
          return { entries: await withBefore(this.store, entries), position, caughtUp: true };
        }
        position = entry.seq;
        // An aborted change never happened: its number is a settled gap (docs/exchange.md "Aborted changes").
        if (entry.status === ABORTED) continue;
        entries.push(entry);
        if (entries.length >= limit) return { entries: await withBefore(this.store, entries), position, caughtUp: false };
      }
      start = out.LastEvaluatedKey;
      if (!start) return { entries: await withBefore(this.store, entries), position, caughtUp: true };
    }
  }

  /**
   * A position that is settled now without reading the feed from its start: the number of
   * the newest entry written longer ago than the settle window. Every smaller number is
   * then present or a final hole, and every write that took one of them has finished —
   * record included — so a snapshot read after this call reflects all of them.
   */
  async settledPosition(jur: string): Promise<number> {
    const now = this.clock();
    let start: Record<string, unknown> | undefined;
    for (;;) {
      const out = await this.store.client.send(
        new QueryCommand({
          TableName: this.store.table('Audit'),
          IndexName: 'feed',
          KeyConditionExpression: '#jur = :jur',
          ProjectionExpression: '#seq, #at, pk, version, #jur',
          ExpressionAttributeNames: { '#jur': 'jur', '#seq': 'seq', '#at': 'at' },
          ExpressionAttributeValues: { ':jur': jur },
          ScanIndexForward: false,
          Limit: BATCH,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of out.Items ?? []) {
        if (now - Date.parse(item.at as string) > this.settleMs) return item.seq as number;
      }
      start = out.LastEvaluatedKey;
      if (!start) return 0;
    }
  }

  /**
   * The change numbers and states of one entity's versions (its audit partition, read
   * consistently): what an entity looked like as of a feed position.
   */
  async historyOf(ref: EntityRef): Promise<{ seq: number; version: number; after: AuditEntry['after'] }[]> {
    const items: { seq: number; version: number; after: AuditEntry['after'] }[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.store.client.send(
        new QueryCommand({
          TableName: this.store.table('Audit'),
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': recordPk(ref) },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of out.Items ?? []) items.push({ seq: item.seq as number, version: item.version as number, after: item.after as AuditEntry['after'] });
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
