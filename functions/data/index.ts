/** The data layer's surface for services: the store, loaders, scopes, keys and errors. */
export { Store, type ChangeRequest, type IndexName, type Page } from './store';
export { readTypePage, type TypePage } from './type-pages';
export { createLoaders, type Loaders } from './loaders';
export { assertWritable, canReadPrivate, publicScope, systemScope, type DataScope } from './scope';
export { recordPk, typePk, childPk, codeSortKey, RECORD_SK, type EntityRef } from './keys';
export { ScopeError, VersionConflict, ClaimTaken, InvalidCursor } from './errors';
export { InvalidWrite, type WriteProblem } from './limits';
export { CursorCodec } from './cursor';
export * from './entities';
export type { StoredRecord, AuditEntry, IndexKeys } from './record';
export { dataConfigFromEnv, type DataConfig } from './client';
export { currentReading, runMetered, type MeterReading } from './meter';
export { addQuotaUse, createApiKey, findApiKey, listApiKeys, revokeApiKey, type ApiKeyItem } from './api-keys';
export { AuditReads, type AuditSelector, type AuditRange, type AuditReadOptions, type AuditPage } from './audit-reads';
export { searchStream, type IndexHit, type Space, type Visibility } from './search-index';
export { readCounterBuckets } from './counters';
export { rebuildDerived, type RebuildReport } from './rebuild';
export {
  AccountExists,
  CognitoUserDirectory,
  LocalUserDirectory,
  localUsersFile,
  userDirectoryFromEnv,
  type AccountRole,
  type NewUserAccount,
  type UserAccount,
  type UserDirectory,
} from './user-directory';
