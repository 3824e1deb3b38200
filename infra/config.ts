/**
 * Deployment settings, read once from CDK context (`-c key=value` or cdk.json "context").
 *
 * Values given on the command line arrive as strings, values in cdk.json or in tests may be
 * numbers or booleans: every reader accepts both and fails synth with a clear message on a
 * value it cannot use, rather than deploying something nobody asked for.
 */
import type { Node } from 'constructs';

type Stage = 'dev' | 'prod';

export interface StackConfig {
  readonly stage: Stage;
  /** Stack name, also the table prefix (`tableName(prefix, id)`). */
  readonly stackName: string;
  /** Province codes this deployment serves, e.g. ['04', '24']. */
  readonly jurisdictions: readonly string[];
  /** Customer-managed KMS key for the tables and the evidence bucket (else AWS-managed keys). */
  readonly cmk: boolean;
  /** Browser origins allowed by CORS; empty = no CORS (no preflight route). */
  readonly corsOrigins: readonly string[];
  /** API Gateway stage throttling: steady requests per second and burst. */
  readonly throttleRate: number;
  readonly throttleBurst: number;
  /** Emit source maps in the Lambda bundle. */
  readonly sourcemap: boolean;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /** GraphQL explorer / introspection in the function (EXPLORER=on|off). */
  readonly explorer: boolean;
  /** CloudWatch Logs retention for every log group of the stack. */
  readonly logRetentionDays: number;
  /** Reserved concurrency of the GraphQL function; undefined = unreserved. */
  readonly reservedConcurrency: number | undefined;
  /** SNS topic that receives alarms; undefined = the stack creates one. */
  readonly alarmTopicArn: string | undefined;
  /** WAF rate-based rule: requests per client IP per 5 minutes. */
  readonly wafRateLimit: number;
  /** WAF request body limit in KB (WAF can inspect at most 64 KB of an API Gateway body). */
  readonly maxBodyKb: number;
  /**
   * A national deployment's pull bindings (docs/exchange.md): the JSON list of
   * `{ name, url, jurisdictions }` the function reads as PULL_SOURCES; undefined = pulls nothing.
   */
  readonly pullSources: string | undefined;
  /**
   * Cognito threat protection (compromised credentials, adaptive authentication), enforced.
   * It needs the Plus feature plan (billed per monthly active user, see docs/deploy.md);
   * `-c threatProtection=off` keeps the pool on Essentials without it.
   */
  readonly threatProtection: boolean;
}

/** CloudWatch Logs accepts only these retention periods (days). */
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

type Raw = unknown;

const fail = (key: string, value: Raw, expected: string): never => {
  throw new Error(`context ${key}=${JSON.stringify(value)}: expected ${expected}`);
};

const isUnset = (v: Raw): boolean => v === undefined || v === null || v === '';

function bool(key: string, v: Raw, dflt: boolean): boolean {
  if (isUnset(v)) return dflt;
  if (v === true || v === 'true' || v === 'on' || v === '1') return true;
  if (v === false || v === 'false' || v === 'off' || v === '0') return false;
  return fail(key, v, 'true or false');
}

function int(key: string, v: Raw, dflt: number, min: number, max: number): number {
  if (isUnset(v)) return dflt;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) return fail(key, v, `an integer in ${min}..${max}`);
  return n;
}

function list(v: Raw): string[] {
  const items = Array.isArray(v) ? v.map(String) : String(v).split(',');
  return [...new Set(items.map((s) => s.trim()).filter((s) => s !== ''))];
}

/** The shape only (infra imports no runtime code); the function checks names, URLs and codes again at start. */
function pullSourcesOf(v: Raw): string | undefined {
  if (isUnset(v)) return undefined;
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('pullSources', v, 'a JSON list of { name, url, jurisdictions }');
  }
  const ok = Array.isArray(parsed) && parsed.every((s) => s && typeof s.name === 'string' && typeof s.url === 'string' && Array.isArray(s.jurisdictions));
  return ok ? text : fail('pullSources', v, 'a JSON list of { name, url, jurisdictions }');
}

/** Reads and validates every setting; throws on a bad value. */
export function readConfig(node: Node): StackConfig {
  const ctx = (key: string): Raw => node.tryGetContext(key);

  const rawStage = ctx('stage') ?? 'dev';
  if (rawStage !== 'dev' && rawStage !== 'prod') fail('stage', rawStage, 'dev or prod');
  const stage = rawStage as Stage;
  const prod = stage === 'prod';

  const jurisdictions = list(isUnset(ctx('jurisdictions')) ? '04,24' : ctx('jurisdictions'));
  if (jurisdictions.length === 0 || jurisdictions.some((j) => !/^\d{2}$/.test(j))) {
    fail('jurisdictions', ctx('jurisdictions'), 'comma-separated two-digit province codes, e.g. 04,24');
  }

  const stackName = isUnset(ctx('stackName')) ? `EcosystemGraph-${stage}` : String(ctx('stackName'));
  if (!/^[A-Za-z][A-Za-z0-9-]{0,100}$/.test(stackName)) fail('stackName', stackName, 'a CloudFormation stack name');

  const corsRaw = ctx('corsOrigins');
  const corsOrigins = isUnset(corsRaw) ? (prod ? [] : ['*']) : corsRaw === 'none' ? [] : list(corsRaw);
  for (const o of corsOrigins) {
    if (o !== '*' && !/^https?:\/\/[^/\s]+$/.test(o)) fail('corsOrigins', corsRaw, '"*", "none" or comma-separated origins like https://portal.example.vn');
  }

  const logRetentionDays = int('logRetentionDays', ctx('logRetentionDays'), prod ? 30 : 7, 1, 3653);
  if (!RETENTION_DAYS.includes(logRetentionDays)) fail('logRetentionDays', logRetentionDays, `one of ${RETENTION_DAYS.join(', ')}`);

  const alarmTopicArn = isUnset(ctx('alarmTopicArn')) ? undefined : String(ctx('alarmTopicArn'));
  if (alarmTopicArn !== undefined && !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]+$/.test(alarmTopicArn)) {
    fail('alarmTopicArn', alarmTopicArn, 'an SNS topic ARN');
  }

  const throttleRate = int('throttleRate', ctx('throttleRate'), 100, 1, 10_000);
  const throttleBurst = int('throttleBurst', ctx('throttleBurst'), 200, 1, 5_000);

  return {
    stage,
    stackName,
    jurisdictions,
    cmk: bool('cmk', ctx('cmk'), false),
    corsOrigins,
    throttleRate,
    throttleBurst,
    sourcemap: bool('sourcemap', ctx('sourcemap'), false),
    memoryMb: int('memoryMb', ctx('memoryMb'), 1024, 128, 10_240),
    timeoutSeconds: int('timeoutSeconds', ctx('timeoutSeconds'), 10, 1, 29),
    explorer: bool('explorer', ctx('explorer'), !prod),
    logRetentionDays,
    reservedConcurrency: isUnset(ctx('reservedConcurrency')) ? undefined : int('reservedConcurrency', ctx('reservedConcurrency'), 0, 1, 10_000),
    alarmTopicArn,
    wafRateLimit: int('wafRateLimit', ctx('wafRateLimit'), 2000, 10, 2_000_000_000),
    maxBodyKb: int('maxBodyKb', ctx('maxBodyKb'), 64, 1, 64),
    pullSources: pullSourcesOf(ctx('pullSources')),
    threatProtection: bool('threatProtection', ctx('threatProtection'), true),
  };
}
