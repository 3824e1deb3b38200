import type { LegalDocumentResolvers } from './types.generated.js';
import type { LegalDocument as Doc } from '../../domain/plan/model';
import { legalDocumentId } from './Plan';

const doc = (parent: { plan: { data: { legalBases: readonly Doc[] } }; index: number }): Doc =>
  parent.plan.data.legalBases[parent.index] as Doc;

export const LegalDocument: LegalDocumentResolvers = {
  id: (parent) => legalDocumentId(parent.plan, parent.index),
  kind: (parent) => doc(parent).kind,
  number: (parent) => doc(parent).number,
  issuedOn: (parent) => doc(parent).issuedOn,
  issuer: (parent) => doc(parent).issuer,
  title: (parent) => doc(parent).title,
};
