/** Stored shapes behind the access module's GraphQL types. */
import type { ApiKeyItem } from '../../data';

export type ApiKeyMapper = ApiKeyItem;
