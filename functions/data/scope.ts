import { ScopeError } from './errors';

/**
 * What a caller may touch, enforced here in the data layer and not only in the
 * resolvers: writes only in `writable`; private reads (drafts, personal data)
 * only in `privateReadable`. Published data is readable by everyone.
 */
export interface DataScope {
  /** Who acts, for the audit trail (`sub` of the token, or a tool's name). */
  readonly actor: string;
  readonly writable: ReadonlySet<string>;
  readonly privateReadable: ReadonlySet<string>;
}

export const assertWritable = (scope: DataScope, jur: string): void => {
  if (!scope.writable.has(jur)) throw new ScopeError(jur, 'write');
};

export const canReadPrivate = (scope: DataScope, jur: string): boolean => scope.privateReadable.has(jur);

export const publicScope: DataScope = { actor: 'anonymous', writable: new Set(), privateReadable: new Set() };

/** For trusted local tools (seeding, imports run by an operator), bound to named jurisdictions. */
export const systemScope = (actor: string, jurisdictions: readonly string[]): DataScope => ({
  actor,
  writable: new Set(jurisdictions),
  privateReadable: new Set(jurisdictions),
});
