import { randomBytes } from 'node:crypto';

let counter = 0;

/**
 * A table prefix for one test server: unique across the forks of a run and across runs on one
 * long-lived external endpoint (DYNAMODB_ENDPOINT), so parallel test files never share tables.
 */
export const uniqueTablePrefix = (): string => `t${process.pid}${randomBytes(3).toString('hex')}x${counter++}`;
