import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MeterReading } from '../data';
import type { Caller } from '../services/caller';
import type { GraphQLContext, Observed } from './context';
import type { Log } from './errors';

/**
 * One structured log line and a set of CloudWatch metrics (EMF) per Lambda request:
 * requests, latency, top-level errors, user errors by code and DynamoDB requests per
 * operation. The codes are gathered by an Apollo plugin while the answer is built (never
 * by reading the body back); the handler's middlewares publish them (Powertools'
 * `logMetrics` also emits ColdStart). The log names the caller by role and token subject
 * only — never a person's name or contacts.
 */
export interface RequestSummary {
  readonly requestId: string;
  readonly caller: Caller | null;
  readonly status: number;
  readonly durationMs: number;
  readonly observed: Observed;
  readonly dynamodb: MeterReading;
}

/** Collects the answer's error codes into the request's `observed`, as Apollo builds it. */
export const errorCounts = (): ApolloServerPlugin<GraphQLContext> => ({
  async requestDidStart({ contextValue }) {
    const { observed } = contextValue;
    return {
      async executionDidStart() {
        return {
          willResolveField({ info }) {
            if (info.fieldName !== 'userErrors') return;
            return (error, result) => {
              if (error || !Array.isArray(result)) return;
              for (const e of result as { code?: unknown }[]) if (typeof e?.code === 'string') observed.userErrors.push(e.code);
            };
          },
        };
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) observed.errors.push(String(error.extensions?.code ?? 'UNKNOWN'));
      },
    };
  },
});

export const createObservability = (env: NodeJS.ProcessEnv) => {
  const serviceName = env.POWERTOOLS_SERVICE_NAME ?? 'ecosystem-graph';
  const logger = new Logger({ serviceName, logLevel: (env.LOG_LEVEL ?? 'INFO') as 'INFO' });
  // Powertools reads its switches from process.env; the handler's own env decides here.
  const metrics = env.POWERTOOLS_METRICS_DISABLED === 'true' ? null : new Metrics({ namespace: 'EcosystemGraph', serviceName });

  /** The server's log entries (client errors at INFO, bugs at ERROR) through the same logger. */
  const log: Log = ({ level, message, ...rest }) => {
    if (level === 'ERROR') logger.error(String(message), rest);
    else logger.info(String(message), rest);
  };

  const record = (summary: RequestSummary): void => {
    const userErrors = tally(summary.observed.userErrors);
    if (metrics) {
      metrics.addMetric('Requests', MetricUnit.Count, 1);
      metrics.addMetric('Latency', MetricUnit.Milliseconds, summary.durationMs);
      metrics.addMetric('Errors', MetricUnit.Count, summary.observed.errors.length);
      for (const [code, n] of Object.entries(userErrors)) metrics.addMetric(`UserErrors_${code}`, MetricUnit.Count, n);
      for (const [operation, n] of Object.entries(summary.dynamodb.requests)) metrics.addMetric(`DynamoDB_${operation}`, MetricUnit.Count, n);
    }
    logger.info('request', {
      requestId: summary.requestId,
      caller: summary.caller ? { role: summary.caller.role, subject: summary.caller.subject, jurisdictions: summary.caller.jurisdictions } : null,
      status: summary.status,
      durationMs: summary.durationMs,
      errors: summary.observed.errors,
      userErrors,
      dynamodb: summary.dynamodb,
    });
  };
  return { logger, metrics, log, record };
};

const tally = (codes: readonly string[]): Record<string, number> =>
  codes.reduce<Record<string, number>>((acc, code) => ({ ...acc, [code]: (acc[code] ?? 0) + 1 }), {});
