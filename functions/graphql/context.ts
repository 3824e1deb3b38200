import type { ServiceContext } from '../services/context';

/** What every resolver receives: the request id and the services' context for this caller. */
export interface GraphQLContext {
  readonly requestId: string;
  readonly services: ServiceContext;
  /** Milliseconds before the platform ends this request (Lambda's remaining time), when known. */
  readonly remainingMs?: () => number;
  /** Error codes of the answer, gathered while it is built, for the request log and metrics. */
  readonly observed: Observed;
}

export interface Observed {
  /** Top-level error codes, as the client sees them. */
  readonly errors: string[];
  /** Every `userErrors[].code` of the answer. */
  readonly userErrors: string[];
}
