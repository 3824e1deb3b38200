import type { MutationResolvers } from './../types.generated.js';
import { INDICATOR } from '../../../domain/indicator/entities';
import { submitObservationBatch } from '../../../services/observation-batch';
import { refOf } from '../../global-id';

export const observationBatchSubmit: NonNullable<MutationResolvers['observationBatchSubmit']> = async (_parent, { input }, ctx) => {
  const rows = input.rows.map((row) => ({
    indicator: refOf(row.indicator, INDICATOR),
    period: row.period,
    fields: { value: row.value, text: row.text, doneOn: row.doneOn, note: row.note },
  }));
  const outcome = await submitObservationBatch(ctx.services, rows, input.idempotencyKey, input.validateOnly ?? false);
  return outcome.ok
    ? { rows: outcome.value.rows, submittedCount: outcome.value.submittedCount, userErrors: outcome.value.rowErrors }
    : { rows: [], submittedCount: 0, userErrors: [...outcome.errors] };
};
