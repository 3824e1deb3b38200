import { isAdminOf } from '../caller';
import type { ServiceContext } from '../context';

/**
 * Personal data (founders' and mentors' contacts, DESIGN.md §6) is for the province
 * admins of the record's jurisdiction only. This is the one place that decides it;
 * the GraphQL layer turns a refusal into null plus a FORBIDDEN field error.
 */
const mayReadPersonalData = (ctx: ServiceContext, jur: string): boolean => isAdminOf(ctx.caller, jur);

export class PersonalDataHidden extends Error {
  constructor(readonly jurisdiction: string) {
    super(`Personal data of jurisdiction ${jurisdiction} is visible to its province admins only`);
    this.name = 'PersonalDataHidden';
  }
}

/** The value when the caller may read personal data of `jur`; otherwise throws PersonalDataHidden. */
export const personalData = <T>(ctx: ServiceContext, jur: string, value: T): T => {
  if (!mayReadPersonalData(ctx, jur)) throw new PersonalDataHidden(jur);
  return value;
};
