/** Failures the data layer reports to services, which turn them into userErrors. */

/** A read or write outside the caller's jurisdictions. */
export class ScopeError extends Error {
  constructor(readonly jurisdiction: string, readonly action: 'read' | 'write') {
    super(`No ${action} access to jurisdiction ${jurisdiction}`);
    this.name = 'ScopeError';
  }
}

/** `expectedVersion` did not match: someone else changed the entity first. */
export class VersionConflict extends Error {
  constructor(readonly expected: number, readonly actual: number | null) {
    super(`Expected version ${expected}, found ${actual ?? 'none'}`);
    this.name = 'VersionConflict';
  }
}

/** A uniqueness claim or a reservation is held by another entity. */
export class ClaimTaken extends Error {
  constructor(readonly claim: string, readonly holder: string) {
    super(`${claim} is held by ${holder}`);
    this.name = 'ClaimTaken';
  }
}

export const isConditionalCheckFailed = (error: unknown): boolean =>
  (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';

/** A list cursor this deployment did not give out for this list (tampered, forged, foreign). */
export class InvalidCursor extends Error {
  constructor() {
    super('The cursor is not one this list gave out');
    this.name = 'InvalidCursor';
  }
}

/**
 * DynamoDB refused the request itself (an item too large, a key too long or empty): sending
 * it again can never succeed. Throttling and outages are retried by the client instead.
 */
export const isPermanentRefusal = (error: unknown): boolean => {
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  // DynamoDB Local answers an oversized index key with an internal error "Size limit exceeded".
  return name === 'ValidationException' || /size limit exceeded|item size has exceeded/i.test(message ?? '');
};
