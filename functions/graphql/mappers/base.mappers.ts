/** Stored shapes behind the base module's GraphQL types. */
import type { Caller } from '../../services/caller';

export type ViewerMapper = Caller;
