/**
 * What leaves the parser: the CLI's JSON document, and the `planImport` mutation's input.
 */
import type { AgencyRole, IsoDate } from '../plan/model';
import type { PlanDraft } from './types';

export interface DraftJson {
  readonly number: string;
  readonly kind: string;
  readonly attachedKind: string | null;
  readonly issuer: string;
  readonly place: string;
  readonly jurisdiction: string;
  readonly issuedOn: IsoDate | null;
  readonly effectiveOn: IsoDate | null;
  readonly title: string;
  readonly signer: string;
  readonly signerTitle: string | null;
  readonly period: { readonly from: number; readonly to: number; readonly orientationYear: number | null };
  readonly legalBases: readonly { kind: string; number: string | null; issuedOn: IsoDate | null; issuer: string | null; title: string }[];
  readonly purposes: readonly string[];
  readonly requirements: readonly string[];
  readonly objectives: readonly string[];
  readonly tasks: readonly {
    code: string;
    title: string;
    parent: string | null;
    leadAgencies: string[];
    coordinatingAgencies: string[];
    advisoryAgencies: string[];
    timeline: { text: string; start: IsoDate | null; end: IsoDate | null; recurring: string | null } | null;
    phases: readonly { name: string; timeline: string }[];
    outputs: readonly { text: string; quantity: number | null; unit: string | null }[];
    content: readonly string[];
  }[];
  readonly indicators: PlanDraft['indicators'];
  readonly fundingSources: PlanDraft['fundingSources'];
  readonly responsibilities: PlanDraft['responsibilities'];
  readonly agencies: PlanDraft['agencies'];
  readonly confidence: PlanDraft['confidence'];
  readonly warnings: readonly string[];
  readonly unplaced: readonly string[];
}

const byRole = (t: PlanDraft['tasks'][number], role: AgencyRole): string[] => t.agencies.filter((a) => a.role === role).map((a) => a.name);

export function toOutputJson(d: PlanDraft): DraftJson {
  return {
    number: d.number,
    kind: d.kind,
    attachedKind: d.attachedKind,
    issuer: d.issuer,
    place: d.place,
    jurisdiction: d.jurisdiction,
    issuedOn: d.issuedOn,
    effectiveOn: d.effectiveOn,
    title: d.title,
    signer: d.signer,
    signerTitle: d.signerTitle,
    period: { from: d.periodFrom, to: d.periodTo, orientationYear: d.orientationYear },
    legalBases: d.legalBases.map((l) => ({ kind: l.kind, number: l.number, issuedOn: l.issuedOn, issuer: l.issuer, title: l.title })),
    purposes: d.purposes,
    requirements: d.requirements,
    objectives: d.objectives,
    tasks: d.tasks.map((t) => ({
      code: t.code,
      title: t.title,
      parent: t.parent,
      leadAgencies: byRole(t, 'LEAD'),
      coordinatingAgencies: byRole(t, 'COORDINATING'),
      advisoryAgencies: byRole(t, 'ADVISORY'),
      timeline: t.parsedTimeline
        ? { text: t.parsedTimeline.text, start: t.parsedTimeline.start, end: t.parsedTimeline.end, recurring: t.parsedTimeline.recurring }
        : null,
      phases: t.phases,
      outputs: t.outputs,
      content: t.content,
    })),
    indicators: d.indicators,
    fundingSources: d.fundingSources,
    responsibilities: d.responsibilities,
    agencies: d.agencies,
    confidence: d.confidence,
    warnings: d.warnings,
    unplaced: d.unplaced,
  };
}

/**
 * The `planImport` mutation's input, in the shape of the schema's PlanCreateInput and
 * TaskCreateInput, with agencies by name: the server matches names to agencies
 * (`matchAgencies`) and creates the ones proposed. `agencyIds` (name → global ID), where
 * given, sends ids for names already matched.
 */
export interface PlanImportInput {
  readonly plan: {
    jurisdiction: string;
    number: string;
    title: string;
    issuer: string | null;
    place: string | null;
    issuedOn: IsoDate | null;
    effectiveOn: IsoDate | null;
    signer: string | null;
    signerTitle: string | null;
    periodFrom: number;
    periodTo: number;
    orientationYear: number | null;
    legalBases: { kind: string; number: string | null; issuedOn: IsoDate | null; issuer: string | null; title: string }[];
    purposes: string[];
    requirements: string[];
    objectives: string[];
    fundingSources: { kind: string; name: string; note: string | null }[];
    responsibilities: { agencyName: string; agency: string | null; duties: string[] }[];
  };
  readonly tasks: {
    code: string;
    title: string;
    content: string[];
    agencies: { agencyName: string; agency: string | null; role: AgencyRole; note: string | null }[];
    timeline: string | null;
    phases: { name: string; timeline: string }[];
    outputs: { text: string; quantity: number | null; unit: string | null }[];
  }[];
  readonly indicators: {
    code: string;
    name: string;
    unit: string | null;
    accumulation: string;
    targets: { year: number; text: string; direction: string | null; scope: string | null }[];
    leadAgencies: string[];
    coordinatingAgencies: string[];
  }[];
  /** The text the plan was imported from is sent by the caller. */
  readonly idempotencyKey: string;
}

export function toPlanImportInput(d: PlanDraft, agencyIds: ReadonlyMap<string, string> = new Map()): PlanImportInput {
  const id = (name: string): string | null => agencyIds.get(name) ?? null;
  return {
    plan: {
      jurisdiction: d.jurisdiction,
      number: d.number,
      title: d.title,
      issuer: d.issuer || null,
      place: d.place || null,
      issuedOn: d.issuedOn,
      effectiveOn: d.effectiveOn,
      signer: d.signer || null,
      signerTitle: d.signerTitle,
      periodFrom: d.periodFrom,
      periodTo: d.periodTo,
      orientationYear: d.orientationYear,
      legalBases: d.legalBases.map((l) => ({ kind: l.kind, number: l.number, issuedOn: l.issuedOn, issuer: l.issuer, title: l.title })),
      purposes: [...d.purposes],
      requirements: [...d.requirements],
      objectives: [...d.objectives],
      fundingSources: d.fundingSources.map((f) => ({ kind: f.kind, name: f.name, note: f.note })),
      responsibilities: d.responsibilities.map((r) => ({ agencyName: r.agency, agency: id(r.agency), duties: [...r.duties] })),
    },
    tasks: d.tasks.map((t) => ({
      code: t.code,
      title: t.title || `(${t.code})`,
      content: [...t.content],
      agencies: t.agencies.map((a) => ({ agencyName: a.name, agency: id(a.name), role: a.role, note: a.note ?? null })),
      timeline: t.timeline ?? (t.parsedTimeline ? t.parsedTimeline.text : null),
      phases: t.phases.map((p) => ({ name: p.name, timeline: p.timeline })),
      outputs: t.outputs.map((o) => ({ text: o.text, quantity: o.quantity, unit: o.unit })),
    })),
    indicators: d.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      accumulation: i.accumulation,
      targets: dedupeTargets(i.targets).map((t) => ({ year: t.year, text: t.text, direction: t.direction ?? null, scope: null })),
      leadAgencies: [...i.leadAgencies],
      coordinatingAgencies: [...i.coordinatingAgencies],
    })),
    idempotencyKey: `${d.jurisdiction}:${d.number}:${d.issuedOn ?? ''}`,
  };
}

/** A cell with several targets is sent once: the server reads the cell again. */
function dedupeTargets(ts: PlanDraft['indicators'][number]['targets']): PlanDraft['indicators'][number]['targets'] {
  const seen = new Set<string>();
  return ts.filter((t) => {
    const k = `${t.year}|${t.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

