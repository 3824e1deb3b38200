import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MeterReading } from '../data';
import type { Caller } from '../services/caller';

/**
 * One structured log line and a set of CloudWatch metrics (EMF) per Lambda request:
 * requests, latency, top-level errors, user errors by code and DynamoDB requests per
 * operation. The log names the caller by role and token subject only — never a
 * person's name or contacts.
 */
export interface RequestSummary {
  readonly requestId: string;
  readonly caller: Caller | null;
  readonly status: number;
  readonly durationMs: number;
  readonly body: string;
  readonly dynamodb: MeterReading;
}

export const createObservability = (env: NodeJS.ProcessEnv) => {
  const logger = new Logger({ serviceName: env.POWERTOOLS_SERVICE_NAME ?? 'ecosystem-graph', logLevel: (env.LOG_LEVEL ?? 'INFO') as 'INFO' });
  // Powertools reads its switches from process.env; the handler's own env decides here.
  const metrics =
    env.POWERTOOLS_METRICS_DISABLED === 'true' ? null : new Metrics({ namespace: 'EcosystemGraph', serviceName: env.POWERTOOLS_SERVICE_NAME ?? 'ecosystem-graph' });

  const record = (summary: RequestSummary): void => {
    const { errors, userErrors } = countErrors(summary.body);
    if (metrics) {
      metrics.addMetric('Requests', MetricUnit.Count, 1);
      metrics.addMetric('Latency', MetricUnit.Milliseconds, summary.durationMs);
      metrics.addMetric('Errors', MetricUnit.Count, errors.length);
      for (const [code, n] of Object.entries(tally(userErrors))) metrics.addMetric(`UserErrors_${code}`, MetricUnit.Count, n);
      for (const [operation, n] of Object.entries(summary.dynamodb.requests)) metrics.addMetric(`DynamoDB_${operation}`, MetricUnit.Count, n);
      metrics.publishStoredMetrics();
    }
    logger.info('request', {
      requestId: summary.requestId,
      caller: summary.caller ? { role: summary.caller.role, subject: summary.caller.subject, jurisdictions: summary.caller.jurisdictions } : null,
      status: summary.status,
      durationMs: summary.durationMs,
      errors,
      userErrors: tally(userErrors),
      dynamodb: summary.dynamodb,
    });
  };
  return { logger, record };
};

const tally = (codes: readonly string[]): Record<string, number> =>
  codes.reduce<Record<string, number>>((acc, code) => ({ ...acc, [code]: (acc[code] ?? 0) + 1 }), {});

/** Top-level error codes and every `userErrors[].code` in a GraphQL response body. */
export const countErrors = (body: string): { errors: string[]; userErrors: string[] } => {
  let parsed: { errors?: { extensions?: { code?: string } }[]; data?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return { errors: [], userErrors: [] };
  }
  const userErrors: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if (key === 'userErrors' && Array.isArray(v)) {
        for (const e of v) if (e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string') userErrors.push((e as { code: string }).code);
      } else walk(v);
    }
  };
  walk(parsed.data);
  return { errors: (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN'), userErrors };
};
