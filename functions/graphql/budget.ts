import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { GraphQLContext } from './context';
import { isComposite, limitError, namedTypeOf, type Limits } from './limits';

/**
 * The request budget: what one request may return and how long a query may run, on top
 * of the static cost rule (which can only estimate). graphql-js 16 cannot abort an
 * execution, so the budget is checked at each resolver: once a bound is passed every
 * further resolver fails at once without doing its work, and the answer is replaced by
 * one LIMIT_EXCEEDED error instead of partial data.
 *
 * - records: objects returned in lists, all aliases together;
 * - response bytes: the length of every scalar returned, an estimate of the body that is
 *   counted while it is built, so a request is stopped before it holds the whole body;
 * - time: queries only. A mutation is not cut short once it may have written: its work is
 *   bounded by its input, and an answer of "exceeded" after a commit would lie.
 */
export interface BudgetOptions {
  readonly limits: Limits;
  /** Milliseconds left before the platform kills the request (Lambda's remaining time), if known. */
  readonly remainingMs?: (context: GraphQLContext) => number | undefined;
}

/** Time kept back from Lambda's remaining time to answer the error and log it. */
const ANSWER_MARGIN_MS = 500;

export const requestBudget = ({ limits, remainingMs }: BudgetOptions): ApolloServerPlugin<GraphQLContext> => ({
  async requestDidStart({ contextValue }) {
    const started = Date.now();
    const platform = remainingMs?.(contextValue);
    const budgetMs = platform === undefined ? limits.timeBudgetMs : Math.min(limits.timeBudgetMs, Math.max(0, platform - ANSWER_MARGIN_MS));
    let records = 0;
    let bytes = 0;
    let timed = false;
    let exceeded: GraphQLError | null = null;

    const count = (result: unknown, composite: boolean): void => {
      if (exceeded) return;
      if (Array.isArray(result)) {
        if (composite) records += result.length;
        else for (const item of result) bytes += scalarBytes(item);
      } else if (!composite) bytes += scalarBytes(result);
      if (records > limits.maxRecords) {
        exceeded = limitError('records', limits.maxRecords, `Query exceeds the records limit of ${limits.maxRecords} objects per request`);
      } else if (bytes > limits.maxResponseBytes) {
        exceeded = limitError('responseBytes', limits.maxResponseBytes, `Query exceeds the response size limit of ${limits.maxResponseBytes} bytes`);
      }
    };

    return {
      async didResolveOperation({ operation }) {
        timed = operation?.operation === 'query';
      },
      async executionDidStart() {
        return {
          willResolveField({ info }) {
            if (!exceeded && timed && Date.now() - started >= budgetMs) {
              exceeded = limitError('time', budgetMs, `Query exceeds the time limit of ${budgetMs} ms`);
            }
            if (exceeded) throw exceeded;
            const composite = isComposite(namedTypeOf(info.returnType));
            return (error, result) => {
              if (!error) count(result, composite);
            };
          },
        };
      },
      async willSendResponse({ response }) {
        if (!exceeded || response.body.kind !== 'single') return;
        response.body.singleResult.data = null;
        response.body.singleResult.errors = [exceeded.toJSON()];
        response.http.status = 400;
      },
    };
  },
});

const scalarBytes = (value: unknown): number => {
  if (value == null) return 4;
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  // Custom scalars (Date, Decimal, JSON) serialise to about their JSON size.
  return typeof value === 'object' ? JSON.stringify(value).length : 8;
};
