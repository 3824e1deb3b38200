/** Stored shapes behind the base module's GraphQL types. */
import type { Caller } from '../../services/caller';

export type ViewerMapper = Caller;

export type { Explanation as ExplanationMapper } from '../../domain/text/explanations';
