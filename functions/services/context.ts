import type { DataScope, Loaders, Store } from '../data';
import type { UserDirectory } from '../data';
import type { Caller } from './caller';
import type { PullSource } from './pull-sources';

/** Everything a use case needs for one request. */
export interface ServiceContext {
  readonly store: Store;
  readonly loaders: Loaders;
  readonly caller: Caller;
  readonly scope: DataScope;
  /** The jurisdictions this deployment holds. */
  readonly jurisdictions: readonly string[];
  /** The sources this deployment's configuration binds pulled jurisdictions to (services/pull-sources.ts); none when absent. */
  readonly pullSources?: readonly PullSource[];
  /** Where the people who sign in are kept (data/user-directory.ts); absent when accounts are managed elsewhere. */
  readonly users?: UserDirectory;
}
