/** The data layer's surface for services: the store, loaders, scopes, keys and errors. */
export { Store, type ChangeRequest, type IndexName,  } from './store';
export { readTypePage, type TypePage } from './type-pages';
export { createLoaders, type Loaders } from './loaders';
export {  canReadPrivate, publicScope, systemScope, type DataScope } from './scope';
export { recordPk, typePk, childPk, codeSortKey,   } from './keys';
export { ScopeError, VersionConflict, ClaimTaken, InvalidCursor } from './errors';
export { InvalidWrite,  } from './limits';
export { CursorCodec } from './cursor';
export * from './entities';
export type { StoredRecord, AuditEntry,  } from './record';
export { dataConfigFromEnv,  } from './client';
export { currentReading, runMetered, type MeterReading } from './meter';
export { addQuotaUse, createApiKey, findApiKey, listApiKeys, revokeApiKey, type ApiKeyItem } from './api-keys';
export { AuditReads, type AuditSelector, type AuditRange,   } from './audit-reads';
export { searchStream, type IndexHit, type Space, type Visibility } from './search-index';
export { readCounterBuckets } from './counters';
export { rebuildDerived,  } from './rebuild';
export {
  AccountExists,
  
  LocalUserDirectory,
  localUsersFile,
  userDirectoryFromEnv,
  type AccountRole,
  
  type UserAccount,
  type UserDirectory,
} from './user-directory';
