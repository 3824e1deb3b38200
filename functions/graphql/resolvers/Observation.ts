import type { ObservationResolvers } from './types.generated.js';
import { listAttachments } from '../../services/operations/evidence';
import { INDICATOR, type IndicatorData } from '../../domain/indicator/entities';
import { AGENCY, type AgencyData } from '../../domain/plan/entities';
import { loadRecord } from '../../services/records';
import { recordId } from '../global-id';

export const Observation: ObservationResolvers = {
  id: (o) => recordId(o),
  indicator: async (o, _arg, ctx) => {
    const indicator = await loadRecord<IndicatorData>(ctx.services, INDICATOR, o.jur, o.data.indicatorId);
    if (!indicator) throw new Error(`Observation ${o.id} names a missing indicator`);
    return indicator;
  },
  period: (o) => o.data.period,
  periodEnd: (o) => o.data.periodEnd,
  value: (o) => o.data.value,
  text: (o) => o.data.text,
  doneOn: (o) => o.data.doneOn,
  sourceAgency: (o, _arg, ctx) => (o.data.sourceAgencyId ? loadRecord<AgencyData>(ctx.services, AGENCY, o.jur, o.data.sourceAgencyId) : null),
  note: (o) => o.data.note,
  evidence: (o) => [...o.data.evidence],
  status: (o) => o.data.status,
  createdBy: (o) => o.createdBy,
  createdAt: (o) => o.createdAt,
  submittedAt: (o) => o.data.submittedAt,
  submittedBy: (o) => o.data.submittedBy,
  reviewedAt: (o) => o.data.reviewedAt,
  reviewedBy: (o) => o.data.reviewedBy,
  reviewNote: (o) => o.data.reviewNote,
  version: (o) => o.version,
  attachments: (o, _arg, ctx) => listAttachments(ctx.services, o),
};
