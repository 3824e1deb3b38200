import type { MutationResolvers } from './../types.generated.js';
import { MENTOR, STARTUP } from '../../../domain/ecosystem/model';
import { erasePerson } from '../../../services/privacy';
import { fromGlobalId } from '../../global-id';
import { badId } from '../../payload';

export const personErase: NonNullable<MutationResolvers['personErase']> = async (_parent, { input }, ctx) => {
  const ref = fromGlobalId(input.id);
  if (!ref || (ref.type !== MENTOR && ref.type !== STARTUP)) return { ...badId('startup'), mentor: null, auditEntries: null, auditEntriesRewritten: null };
  const outcome = await erasePerson(ctx.services, { ref, founder: input.founder ?? null, expectedVersion: input.expectedVersion, reason: input.reason });
  if (!outcome.ok) return { startup: null, mentor: null, auditEntries: null, auditEntriesRewritten: null, userErrors: [...outcome.errors] };
  const { record, auditEntries, auditEntriesRewritten } = outcome.value;
  return {
    startup: record.type === STARTUP ? (record as never) : null,
    mentor: record.type === MENTOR ? (record as never) : null,
    auditEntries,
    auditEntriesRewritten,
    userErrors: [],
  };
};
