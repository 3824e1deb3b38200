import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts DynamoDB requests per GraphQL request: by operation, and in sequential
 * round trips. A request's round trip is one more than the deepest request that had
 * completed when it started (it may have waited for that answer); unrelated requests
 * overlapping in the background do not merge levels. Tests and the bench read it to
 * prove "no N+1"; it never changes behaviour.
 */
export interface MeterReading {
  readonly requests: Readonly<Record<string, number>>;
  readonly total: number;
  readonly roundTrips: number;
  readonly consumedReadCapacity: number;
}

class Meter {
  constructor(readonly parent: Meter | null = null) {}
  requests: Record<string, number> = {};
  total = 0;
  roundTrips = 0;
  deepestCompleted = 0;
  consumedReadCapacity = 0;

  /** Returns the request's round trip, to hand back to `end`. */
  start(operation: string): number {
    this.requests[operation] = (this.requests[operation] ?? 0) + 1;
    this.total += 1;
    const depth = this.deepestCompleted + 1;
    this.roundTrips = Math.max(this.roundTrips, depth);
    return depth;
  }

  end(depth: number, capacity: number): void {
    this.deepestCompleted = Math.max(this.deepestCompleted, depth);
    this.consumedReadCapacity += capacity;
  }

  read(): MeterReading {
    return {
      requests: { ...this.requests },
      total: this.total,
      roundTrips: this.roundTrips,
      consumedReadCapacity: Math.round(this.consumedReadCapacity * 10) / 10,
    };
  }
}

const storage = new AsyncLocalStorage<Meter>();
/** A process-wide meter too, for scripts and tests that call the data layer directly. */
const global = new Meter();

export const runMetered = <T>(fn: () => Promise<T>): Promise<{ result: T; reading: MeterReading }> => {
  // Nested meters (a request inside a test's measurement) all count.
  const meter = new Meter(storage.getStore() ?? null);
  return storage.run(meter, async () => {
    const result = await fn();
    return { result, reading: meter.read() };
  });
};

export const currentMeters = (): Meter[] => {
  const meters = [global];
  for (let m = storage.getStore() ?? null; m; m = m.parent) meters.push(m);
  return meters;
};


/** The reading of the request being metered (inside `runMetered`), for its log line. */
export const currentReading = (): MeterReading | null => storage.getStore()?.read() ?? null;
