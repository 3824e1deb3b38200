/**
 * Imported first by bench/run.ts, before any module that reads the environment.
 * FEED_SETTLE_MS: the change feed holds a plan's publication back for this long (30 s by
 * default, the Lambda timeout and a margin); the bench waits it out after seeding so the
 * changes page is the same in every run (the tests use 2 s the same way).
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.FEED_SETTLE_MS ??= '1000';

export const FEED_SETTLE_MS = Number(process.env.FEED_SETTLE_MS);
