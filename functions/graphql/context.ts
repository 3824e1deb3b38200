import type { ServiceContext } from '../services/context';

/** What every resolver receives: the request id and the services' context for this caller. */
export interface GraphQLContext {
  readonly requestId: string;
  readonly services: ServiceContext;
}
