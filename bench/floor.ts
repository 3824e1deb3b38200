/**
 * The floor of each bench query: the fewest DynamoDB requests that answer it, issued
 * directly with the document client — no GraphQL, no loaders — one dependency level after
 * another, every request of a level issued together. The bench runs these (1) once, counted,
 * as the "minimum" column of the requests table and (2) behind HTTP, as the warm-latency floor.
 *
 * The minimum, from the query's shape and the data (DESIGN.md §5 "No N+1"):
 *  - a root list: one Query of its partition (byType; a `first: n` page in index order needs
 *    `Limit n+1`; a list read whole — search, planByNumber — one Query per 1 MB page);
 *  - a child list: one Query per parent (byParent/byLink), the parents' Queries issued together;
 *  - linked records: one BatchGetItem per 100 distinct keys, issued together;
 *  - round trips = the query's dependency depth (a level needs the keys the level above read);
 *  - an anonymous caller adds the per-address quota's one UpdateItem, issued with level 1
 *    (a product rule: services/admission.ts), never a round trip of its own.
 * RCU: what DynamoDB reports for exactly those reads (ReturnConsumedCapacity TOTAL).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, QueryCommand, UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { childPk, recordPk, typePk } from '../functions/data/keys';
import { matchesSearch } from '../functions/domain/text/vietnamese';

export interface FloorReading {
  readonly requests: Readonly<Record<string, number>>;
  readonly total: number;
  readonly roundTrips: number;
  readonly consumedReadCapacity: number;
}

type Item = Record<string, unknown> & { pk: string; id: string; type: string; jur: string; deleted?: boolean; data: Record<string, unknown> };

export const createFloorClient = (endpoint: string, region = 'ap-southeast-1'): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({ region, endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 4 }),
    { marshallOptions: { removeUndefinedValues: true } },
  );

/**
 * One floor execution: counts requests by operation, round trips (a request's depth is one
 * more than the deepest request completed when it started — the same rule as
 * functions/data/meter.ts, so the two columns compare) and read capacity.
 */
export class FloorRun {
  private readonly counts: Record<string, number> = {};
  private total = 0;
  private roundTrips = 0;
  private deepest = 0;
  private rcu = 0;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly prefix: string,
  ) {}

  reading(): FloorReading {
    return { requests: { ...this.counts }, total: this.total, roundTrips: this.roundTrips, consumedReadCapacity: Math.round(this.rcu * 10) / 10 };
  }

  private async send<T>(operation: string, command: QueryCommand | BatchGetCommand | UpdateCommand): Promise<T> {
    this.counts[operation] = (this.counts[operation] ?? 0) + 1;
    this.total += 1;
    const depth = this.deepest + 1;
    this.roundTrips = Math.max(this.roundTrips, depth);
    const out = (await this.doc.send(command as never)) as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] };
    this.deepest = Math.max(this.deepest, depth);
    const consumed = out.ConsumedCapacity;
    for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) this.rcu += c.CapacityUnits ?? 0;
    return out as T;
  }

  private table(id: 'Records' | 'Audit' | 'Control'): string {
    return `${this.prefix}-${id}`;
  }

  /** One partition of a Records index: the first `limit` items, or (no limit) all of it, page by page. */
  async query(index: 'byType' | 'byParent' | 'byLink', partition: string, limit?: number): Promise<Item[]> {
    const pkName = { byType: 'tpk', byParent: 'ppk', byLink: 'lpk' }[index];
    return this.pages({
      TableName: this.table('Records'),
      IndexName: index,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': pkName },
      ExpressionAttributeValues: { ':pk': partition },
      ...(limit ? { Limit: limit } : {}),
    }, limit);
  }

  async pages(input: QueryCommandInput, limit?: number): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.send<{ Items?: Item[]; LastEvaluatedKey?: Record<string, unknown> }>(
        'Query',
        new QueryCommand({ ...input, ...(start ? { ExclusiveStartKey: start } : {}), ReturnConsumedCapacity: 'TOTAL' }),
      );
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start && (limit === undefined || items.length < limit));
    return items;
  }

  /** Records by key: one BatchGetItem per 100 distinct keys, issued together; UnprocessedKeys retried. */
  async batchGet(pks: readonly string[], consistent = false): Promise<Map<string, Item>> {
    const unique = [...new Set(pks)];
    const chunks: string[][] = [];
    for (let i = 0; i < unique.length; i += 100) chunks.push(unique.slice(i, i + 100));
    const found = new Map<string, Item>();
    await Promise.all(
      chunks.map(async (chunk) => {
        let keys: Record<string, unknown>[] = chunk.map((pk) => ({ pk, sk: 'R' }));
        while (keys.length) {
          const out = await this.send<{ Responses?: Record<string, Item[]>; UnprocessedKeys?: Record<string, { Keys?: Record<string, unknown>[] }> }>(
            'BatchGetItem',
            new BatchGetCommand({
              RequestItems: { [this.table('Records')]: { Keys: keys, ...(consistent ? { ConsistentRead: true } : {}) } },
              ReturnConsumedCapacity: 'TOTAL',
            }),
          );
          for (const item of out.Responses?.[this.table('Records')] ?? []) found.set(item.pk, item);
          keys = out.UnprocessedKeys?.[this.table('Records')]?.Keys ?? [];
        }
      }),
    );
    return found;
  }

  /** The anonymous per-address quota: the same single conditional UpdateItem as services/admission.ts. */
  async quota(address: string): Promise<void> {
    const minute = Math.floor(Date.now() / 60_000);
    await this.send('UpdateItem', new UpdateCommand({
      TableName: this.table('Control'),
      Key: { pk: `quota#addr#${address}`, sk: String(minute) },
      UpdateExpression: 'ADD n :one SET expiresAt = :exp',
      ConditionExpression: 'attribute_not_exists(n) OR n < :limit',
      ExpressionAttributeValues: { ':one': 1, ':limit': 1_000_000, ':exp': Math.floor(Date.now() / 1000) + 180 },
    }));
  }

  /** An Audit-table Query (the change feed, an entity's history). */
  async audit(input: Omit<QueryCommandInput, 'TableName'>, limit?: number): Promise<Item[]> {
    return this.pages({ TableName: this.table('Audit'), ...input } as QueryCommandInput, limit);
  }
}

const live = (items: readonly Item[]) => items.filter((i) => !i.deleted);
const ref = (type: string, item: { jur: string; id: string }) => ({ type, jur: item.jur, id: item.id });
const str = (v: unknown) => String(v ?? '');

/** The anonymous quota runs beside level 1, as ours does; its answer is awaited at the end. */
const withQuota = async <T>(run: FloorRun, anonymous: boolean, body: () => Promise<T>): Promise<T> => {
  const quota = anonymous ? run.quota('127.0.0.1') : Promise.resolve();
  const [result] = await Promise.all([body(), quota]);
  return result;
};

export type Floor = (run: FloorRun, variables: Record<string, unknown>, anonymous: boolean) => Promise<unknown>;

export const floors: Record<string, Floor> = {
  /** planByNumber → tasks(first: 100) + indicators(first: 50) → lead agencies + each indicator's actuals. Depth 3. */
  plan: (run, v, anonymous) =>
    withQuota(run, anonymous, async () => {
      const jur = str(v.jur);
      const plans = live(await run.query('byType', typePk(jur, 'Plan')));
      const plan = plans.find((p) => p.data.number === v.number && p.data.status !== 'DRAFT');
      if (!plan) return null;
      const [tasks, indicators] = await Promise.all([
        run.query('byParent', childPk(ref('Plan', plan), 'Task'), 101).then((t) => live(t).slice(0, 100)),
        run.query('byParent', childPk(ref('Plan', plan), 'Indicator'), 51).then((i) => live(i).slice(0, 50)),
      ]);
      const leads = tasks.flatMap((t) =>
        ((t.data.agencies ?? []) as { agencyId: string; role: string }[]).filter((a) => a.role === 'LEAD').map((a) => recordPk({ type: 'Agency', jur, id: a.agencyId })),
      );
      const [agencies, actuals] = await Promise.all([
        run.batchGet(leads),
        Promise.all(indicators.map((i) => run.query('byParent', childPk(ref('Indicator', i), 'Observation')))),
      ]);
      const agencyName = (id: string) => agencies.get(recordPk({ type: 'Agency', jur, id }))?.data.name ?? null;
      return {
        number: plan.data.number,
        title: plan.data.title,
        tasks: tasks.map((t) => ({
          code: t.data.code,
          title: t.data.title,
          timeline: t.data.timeline,
          leadAgencies: ((t.data.agencies ?? []) as { agencyId: string; role: string }[]).filter((a) => a.role === 'LEAD').map((a) => agencyName(a.agencyId)),
        })),
        indicators: indicators.map((i, n) => ({ code: i.data.code, name: i.data.name, unit: i.data.unit, targets: i.data.targets, actuals: actuals[n]?.length ?? 0 })),
      };
    }),

  /** startups(first: 20) in name order → each one's mentorships, incubations, investments → mentors, incubators, investors. Depth 3. */
  startups: (run, v, anonymous) =>
    withQuota(run, anonymous, async () => {
      const jur = str(v.jur);
      const startups = live(await run.query('byType', typePk(jur, 'Startup'), 21)).slice(0, 20);
      const links = await Promise.all(
        startups.map(async (s) => {
          const [mentorships, incubations, investments] = await Promise.all([
            run.query('byParent', childPk(ref('Startup', s), 'Mentorship')),
            run.query('byParent', childPk(ref('Startup', s), 'Incubation')),
            run.query('byParent', childPk(ref('Startup', s), 'Investment')),
          ]);
          const today = new Date().toISOString().slice(0, 10);
          return {
            mentors: live(mentorships).filter((m) => m.data.status === 'ACTIVE').slice(0, 5).map((m) => recordPk({ type: 'Mentor', jur: m.jur, id: str(m.data.mentorId) })),
            incubator: live(incubations)
              .filter((i) => str(i.data.from) <= today && (!i.data.to || str(i.data.to) >= today))
              .map((i) => recordPk({ type: 'Incubator', jur: i.jur, id: str(i.data.incubatorId) }))[0],
            investments: live(investments).slice(0, 5),
          };
        }),
      );
      const keys = links.flatMap((l) => [...l.mentors, ...(l.incubator ? [l.incubator] : []), ...l.investments.map((i) => recordPk({ type: 'Investor', jur: i.jur, id: str(i.data.investorId) }))]);
      const ends = await run.batchGet(keys);
      const name = (pk: string) => ends.get(pk)?.data.name ?? null;
      return startups.map((s, n) => ({
        name: s.data.name,
        mentors: links[n]!.mentors.map(name),
        incubator: links[n]!.incubator ? name(links[n]!.incubator!) : null,
        investments: links[n]!.investments.map((i) => ({ round: i.data.round, amount: i.data.amount, investor: name(recordPk({ type: 'Investor', jur: i.jur, id: str(i.data.investorId) })) })),
      }));
    }),

  /** Each searchable type's byType partition in each jurisdiction, read whole and together, matched in memory. Depth 1. */
  search: (run, v, anonymous) =>
    withQuota(run, anonymous, async () => {
      const types = ['Startup', 'Mentor', 'Incubator', 'Investor', 'Competition', 'Event'];
      const jurs = (v.jurisdictions as string[] | undefined) ?? ['04', '24'];
      const lists = await Promise.all(types.flatMap((t) => jurs.map((j) => run.query('byType', typePk(j, t)))));
      const q = str(v.q);
      return lists
        .flat()
        .filter((r) => !r.deleted && matchesSearch(`${str(r.data.name)} ${str(r.data.description)}`, q))
        .slice(0, 20)
        .map((r) => ({ type: r.type, id: r.id, name: r.data.name }));
    }),

  /**
   * A changes page: the feed (≤ 100 entries) → the history of every plan whose records appear
   * and, for a plan's publication, its tasks and indicators → their reports and actuals →
   * one consistent BatchGetItem of those candidates (the index may lag). Depth 4 with a publication, 2 without.
   */
  changes: async (run, v) => {
    const jur = str(v.jur);
    // The feed cursor's position (services/exchange.ts encodeFeedCursor: base64url JSON { x, j, n }).
    const after = Number((JSON.parse(Buffer.from(str(v.after), 'base64url').toString('utf8')) as { n?: number }).n ?? 0);
    const entries = await run.audit(
      {
        IndexName: 'feed',
        KeyConditionExpression: '#jur = :jur AND #seq > :after',
        ExpressionAttributeNames: { '#jur': 'jur', '#seq': 'seq' },
        ExpressionAttributeValues: { ':jur': jur, ':after': after },
        Limit: 100,
      },
      100,
    );
    const planChild = new Set(['Task', 'Indicator', 'TaskReport', 'Observation']);
    const childPlans = new Set(entries.filter((e) => planChild.has(e.type)).map((e) => str((e.after as Item | undefined)?.data?.planId)).filter(Boolean));
    const published = (r: unknown) => Boolean(r) && !(r as Item).deleted && (r as Item).data?.status !== 'DRAFT';
    const publications = entries.filter((e) => e.type === 'Plan' && published(e.after) && !published(e.before));
    const [, planLists] = await Promise.all([
      Promise.all(
        [...childPlans].map((id) =>
          run.audit({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': recordPk({ type: 'Plan', jur, id }) }, ConsistentRead: true }),
        ),
      ),
      Promise.all(
        publications.map((p) =>
          Promise.all([
            run.query('byParent', childPk({ type: 'Plan', jur, id: p.id }, 'Task')),
            run.query('byParent', childPk({ type: 'Plan', jur, id: p.id }, 'Indicator')),
          ]),
        ),
      ),
    ]);
    const parents = planLists.flatMap(([tasks, indicators]) => [...live(tasks), ...live(indicators)]);
    const children = await Promise.all(
      parents.map((p) => run.query('byParent', childPk(ref(p.type, p), p.type === 'Task' ? 'TaskReport' : 'Observation'))),
    );
    const candidates = [...planLists.flatMap(([t, i]) => [...t, ...i]), ...children.flat()];
    const fresh = candidates.length ? await run.batchGet(candidates.map((c) => c.pk), true) : new Map<string, Item>();
    const shape = (r: Item | undefined) => r && { type: r.type, id: r.id, version: r.version, deleted: Boolean(r.deleted), data: r.data };
    return { changes: entries.map((e) => ({ seq: e.seq, operation: e.op, at: e.at, record: shape(e.after as Item | undefined) })), included: [...fresh.values()].map(shape) };
  },
};
