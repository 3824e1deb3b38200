import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts DynamoDB requests per GraphQL request: by operation, and in sequential
 * round trips (a request that starts while another is in flight shares its round
 * trip). Tests and the bench read it to prove "no N+1"; it never changes behaviour.
 */
export interface MeterReading {
  readonly requests: Readonly<Record<string, number>>;
  readonly total: number;
  readonly roundTrips: number;
  readonly consumedReadCapacity: number;
}

class Meter {
  requests: Record<string, number> = {};
  total = 0;
  roundTrips = 0;
  inFlight = 0;
  consumedReadCapacity = 0;

  start(operation: string): void {
    this.requests[operation] = (this.requests[operation] ?? 0) + 1;
    this.total += 1;
    if (this.inFlight === 0) this.roundTrips += 1;
    this.inFlight += 1;
  }

  end(capacity: number): void {
    this.inFlight -= 1;
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
let global = new Meter();

export const runMetered = <T>(fn: () => Promise<T>): Promise<{ result: T; reading: MeterReading }> => {
  const meter = new Meter();
  return storage.run(meter, async () => {
    const result = await fn();
    return { result, reading: meter.read() };
  });
};

export const currentMeters = (): Meter[] => {
  const scoped = storage.getStore();
  return scoped ? [scoped, global] : [global];
};

export const globalMeter = {
  reset(): void {
    global = new Meter();
  },
  read(): MeterReading {
    return global.read();
  },
};
