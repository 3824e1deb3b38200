import { createHash } from 'node:crypto';
import { canReadPrivate, codeSortKey, type StoredRecord } from '../data';
import { failure, success, userError, type Outcome, type UserError } from '../domain/common/user-error';
import { agencyKey, matchAgencies, parsePlan, toPlanImportInput, type PlanDraft, type PlanImportInput } from '../domain/import/index';
import {
  MAX_AGENCY_NAME,
  MAX_IMPORT_BYTES,
  PLAN_IMPORT,
  cappedUnplaced,
  confidenceList,
  draftErrors,
  importedIndicator,
  type ImportedIndicator,
  withPlaceholderParents,
  type PlanImportData,
} from '../domain/import/review';
import { isJurisdictionCode } from '../domain/jurisdiction/provinces';
import { AGENCY, PLAN, isLinkableAgency, type AgencyData, type PlanData } from '../domain/plan/entities';
import type { AgencyRole, FundingSourceKind, LegalDocumentKind } from '../domain/plan/model';
import { fold } from '../domain/text/vietnamese';
import { agenciesOf, createAgency, type AgencyRecord } from './agencies';
import type { ServiceContext } from './context';
import { requireAdmin, requireSignedIn } from './guard';
import { idempotent } from './idempotency';
import { createIndicator } from './indicators';
import { createPlan, updatePlan, type PlanRecord } from './plans';
import { loadRecord, loadRecords } from './records';
import { createTask } from './tasks';
import { commit } from './write';

/**
 * `planImport`: a document's text → a DRAFT plan with its agencies, tasks and indicators,
 * through the same services as the single-object mutations (so audit, versions, change
 * numbers and tenancy apply to every record), then a PlanImport record for the reviewer.
 *
 * Without transactions the steps are ordered so that a refusal writes nothing and an
 * interruption is finished by a retry:
 *   1. everything that can refuse the import is checked first (caller, size, parse, the
 *      draft against the services' limits), then the plan is created: a taken number or
 *      an invalid field stops here, before any other write;
 *   2. agencies the jurisdiction lacks, then the plan's responsibilities (they name them);
 *   3. tasks, parents before children; 4. indicators;
 *   5. the PlanImport record, last: its presence marks a finished import.
 * Every id is derived (the plan's from the caller and idempotency key through `idempotent`,
 * the rest from the plan's), so a retry with the same key finds what exists, creates only
 * what is missing, and a finished import returns its first result. Without a key a retry
 * is refused: the plan number is taken (DUPLICATE).
 */
export type PlanImportRecord = StoredRecord<PlanImportData>;

export interface PlanImportResult {
  readonly plan: PlanRecord;
  readonly review: PlanImportData;
  readonly proposedAgencies: readonly AgencyRecord[];
}

const hashId = (...parts: string[]): string => createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 20);

/** A create that finds its derived id already written (CONFLICT on version 0) means an earlier attempt got that far. */
const already = (errors: readonly UserError[]): boolean => errors.length > 0 && errors.every((e) => e.code === 'CONFLICT');

/** Service errors name the service's input fields; the importer's input is the text. */
const asTextErrors = (errors: readonly UserError[], what: string): UserError[] =>
  errors.map((e) =>
    e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED'
      ? e
      : userError(e.code, `${what}${e.field ? ` (${e.field.slice(1).join('.')})` : ''}: ${e.message}`, ['input', 'text']),
  );

/** The review a finished import left, for `Plan.importReview`: only the plan's jurisdiction sees it. */
export const importReviewOf = async (ctx: ServiceContext, plan: PlanRecord): Promise<PlanImportRecord | null> =>
  canReadPrivate(ctx.scope, plan.jur) ? loadRecord<PlanImportData>(ctx, PLAN_IMPORT, plan.jur, plan.id) : null;

export const agenciesByIds = async (ctx: ServiceContext, jur: string, ids: readonly string[]): Promise<AgencyRecord[]> =>
  (await loadRecords<AgencyData>(ctx, ids.map((id) => ({ type: AGENCY, jur, id })))).filter((a): a is AgencyRecord => a !== null);

export const importPlan = async (
  ctx: ServiceContext,
  input: { jurisdiction?: string | null; text: string; idempotencyKey?: string | null },
): Promise<Outcome<PlanImportResult>> => {
  const anonymous = requireSignedIn(ctx);
  if (anonymous.length) return failure(...anonymous);
  // Only province admins import; refuse others before spending CPU on parsing their text.
  const given = input.jurisdiction?.trim();
  if (ctx.caller.role !== 'PROVINCE_ADMIN' || (given && !ctx.caller.jurisdictions.includes(given))) {
    return failure(userError('FORBIDDEN', `Only a province admin${given ? ` of jurisdiction ${given}` : ''} may import a plan`));
  }
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    return failure(userError('INVALID', `The document is ${bytes} bytes; at most ${MAX_IMPORT_BYTES} bytes are read. Split off its annexes or import the plan itself.`, ['input', 'text']));
  }
  const parsed = parsePlan(input.text);
  if (!parsed.ok) return failure(userError('INVALID', parsed.reason, ['input', 'text']));
  const draft = parsed.draft;
  const jur = input.jurisdiction?.trim() || draft.jurisdiction;
  if (!jur) {
    return failure(userError('INVALID', 'The document names no province; give `jurisdiction`.', ['input', 'jurisdiction']));
  }
  if (!isJurisdictionCode(jur)) return failure(userError('INVALID', `${jur} is not a jurisdiction code`, ['input', 'jurisdiction']));
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);

  const parsedRequest = toPlanImportInput(draft);
  const { tasks: allTasks, filled } = withPlaceholderParents(parsedRequest.tasks);
  const request = { ...parsedRequest, tasks: allTasks };
  const invalid = draftErrors(request);
  if (invalid.length) return failure(...invalid);

  // The key fixes the plan's id (and so every id after it); the same key with other input is INVALID.
  const outcome = await idempotent<PlanImportData>(
    ctx,
    jur,
    PLAN_IMPORT,
    input.idempotencyKey,
    { jurisdiction: input.jurisdiction ?? null, text: input.text },
    (planId) => runImport(ctx, jur, planId, draft, request, filled),
  );
  if (!outcome.ok) return outcome;
  const result = await finished(ctx, jur, outcome.value.id);
  return result ? success(result) : failure(userError('NOT_FOUND', 'The imported plan has since been deleted', ['input', 'idempotencyKey']));
};

const runImport = async (
  ctx: ServiceContext,
  jur: string,
  planId: string,
  draft: PlanDraft,
  request: PlanImportInput,
  filled: readonly string[],
): Promise<Outcome<PlanImportRecord>> => {
  const warnings = [...draft.warnings];
  for (const code of filled) warnings.push(`Task ${code} has no heading in the text: it was created with a placeholder title to fill in.`);
  if (draft.jurisdiction && draft.jurisdiction !== jur) {
    warnings.push(`The document names jurisdiction ${draft.jurisdiction}; it was imported into ${jur} as asked.`);
  }

  // 1. The plan, without responsibilities (they name agencies that may not exist yet).
  const planFields = {
    ...request.plan,
    legalBases: request.plan.legalBases.map((l) => ({ ...l, kind: l.kind as LegalDocumentKind })),
    fundingSources: request.plan.fundingSources.map((f) => ({ ...f, kind: f.kind as FundingSourceKind })),
    responsibilities: [],
  };
  const created = await createPlan(ctx, jur, planFields, { id: planId, status: 'DRAFT' });
  let plan: PlanRecord;
  if (created.ok) plan = created.value;
  else if (already(created.errors)) {
    const existing = await ctx.store.getRecord<PlanData>({ type: PLAN, jur, id: planId }, true);
    if (!existing || existing.deleted) return failure(...asTextErrors(created.errors, 'Plan'));
    plan = existing;
  } else return failure(...asTextErrors(created.errors, 'Plan'));

  // 2. Agencies: names the jurisdiction has are matched; the others are created, each once.
  const agencyIds = await resolveAgencies(ctx, jur, plan.id, draft, warnings);
  if (!agencyIds.ok) return agencyIds;
  const { ids, proposed } = agencyIds.value;
  // Every spelling in the text ("Hội nông dân tỉnh", "Hội Nông dân tỉnh") finds its agency by key.
  const idOf = (name: string): string | null => ids.get(agencyKey(name)) ?? null;
  const responsibilities = request.plan.responsibilities.flatMap((r) => {
    const id = idOf(r.agencyName);
    return id ? [{ agencyId: id, agencyJur: jur, duties: r.duties }] : [];
  });
  if (responsibilities.length > 0 && plan.data.responsibilities.length === 0) {
    const updated = await updatePlan(ctx, { jur, id: plan.id }, plan.version, { responsibilities });
    if (!updated.ok) return failure(...asTextErrors(updated.errors, 'Responsibilities'));
    plan = updated.value;
  }

  // 3. Tasks, a level at a time: a child's parent must exist first; siblings go together.
  const taskId = (code: string) => hashId(plan.id, 'task', code);
  const depth = (code: string) => code.split('.').length;
  const levels = [...new Set(request.tasks.map((t) => depth(t.code)))].sort((a, b) => a - b);
  for (const level of levels) {
    const tasks = request.tasks.filter((t) => depth(t.code) === level).sort((a, b) => codeSortKey(a.code).localeCompare(codeSortKey(b.code)));
    const outcomes = await Promise.all(
      tasks.map((t) =>
        createTask(
          ctx,
          { jur, id: plan.id },
          t.code,
          {
            title: t.title,
            content: t.content,
            timeline: t.timeline,
            phases: t.phases,
            outputs: t.outputs,
            agencies: dedupeLinks(t.agencies.flatMap((a) => {
              const id = idOf(a.agencyName);
              return id ? [{ agencyId: id, agencyJur: jur, role: a.role, note: a.note }] : [];
            })),
          },
          { id: taskId(t.code) },
        ),
      ),
    );
    const errors = outcomes.flatMap((o, i) => (o.ok || already(o.errors) ? [] : asTextErrors(o.errors, `Task ${tasks[i]?.code ?? ''}`)));
    if (errors.length) return failure(...errors);
  }

  // 4. Indicators: one that the indicator service refuses is listed, not stored, with the reason.
  const indicators: ImportedIndicator[] = [];
  for (const ind of draft.indicators) {
    const agencies = dedupeLinks([
      ...ind.leadAgencies.map((name) => ({ name, role: 'LEAD' as AgencyRole })),
      ...ind.coordinatingAgencies.map((name) => ({ name, role: 'COORDINATING' as AgencyRole })),
    ].flatMap((a) => {
      const id = idOf(a.name);
      return id ? [{ agencyId: id, agencyJur: jur, role: a.role, note: null }] : [];
    })).map(({ agencyId, agencyJur, role }) => ({ agencyId, agencyJur, role }));
    const targets = uniqueTargets(ind.targets);
    const outcome = await createIndicator(
      ctx,
      { jur, id: plan.id },
      ind.code,
      {
        name: ind.name,
        unit: ind.unit,
        accumulation: ind.accumulation,
        targets: targets.map((t) => ({ year: t.year, text: t.text, direction: t.direction ?? null, note: t.note ?? null })),
        agencies,
        tasks: ind.tasks.filter((code) => request.tasks.some((t) => t.code === code)).map((code) => ({ jur, id: taskId(code) })),
        note: ind.note ?? null,
      },
      { id: hashId(plan.id, 'indicator', ind.code) },
    );
    const stored = outcome.ok || already(outcome.errors);
    if (!outcome.ok && !stored) warnings.push(`Indicator ${ind.code} was not stored: ${outcome.errors.map((e) => e.message).join('; ')}`);
    indicators.push(importedIndicator(ind, stored));
  }

  // 5. The review record, last: an import without one did not finish.
  const review: PlanImportData = {
    planId: plan.id,
    importedAt: new Date().toISOString(),
    confidence: confidenceList(draft),
    unplaced: cappedUnplaced(draft.unplaced),
    warnings: cappedUnplaced(warnings),
    proposedAgencyIds: proposed.map((a) => a.id),
    indicators,
  };
  const written = await commit(ctx, { ref: { type: PLAN_IMPORT, jur, id: plan.id }, expectedVersion: 0, data: review, op: 'CREATE' });
  if (!written.ok && already(written.errors)) {
    const earlier = await ctx.store.getRecord<PlanImportData>({ type: PLAN_IMPORT, jur, id: plan.id }, true);
    if (earlier) return success(earlier);
  }
  return written.ok ? written : failure(...asTextErrors(written.errors, 'Import review'));
};

/** The result of an import that finished earlier, or null. */
const finished = async (ctx: ServiceContext, jur: string, planId: string): Promise<PlanImportResult | null> => {
  const review = await ctx.store.getRecord<PlanImportData>({ type: PLAN_IMPORT, jur, id: planId }, true);
  if (!review || review.deleted) return null;
  const plan = await ctx.store.getRecord<PlanData>({ type: PLAN, jur, id: planId }, true);
  if (!plan || plan.deleted) return null;
  return { plan, review: review.data, proposedAgencies: await agenciesByIds(ctx, jur, review.data.proposedAgencyIds) };
};

/**
 * Every agency name of the draft → an agency id of the jurisdiction. Existing agencies are
 * matched on name or short name (case, diacritics, "UBND", "tỉnh …" ignored); the rest are
 * created with ids derived from the plan, so a retry recognises its own.
 */
const resolveAgencies = async (
  ctx: ServiceContext,
  jur: string,
  planId: string,
  draft: PlanDraft,
  warnings: string[],
): Promise<Outcome<{ ids: Map<string, string>; proposed: AgencyRecord[] }>> => {
  // Keyed by agencyKey: the draft lists each body once, under the first spelling it met.
  const names = draft.agencies.map((a) => a.name);
  const tooLong = names.filter((n) => n.length > MAX_AGENCY_NAME);
  for (const n of tooLong) warnings.push(`An agency name over ${MAX_AGENCY_NAME} characters was not created (a misread list?): ${n.slice(0, 200)}…`);
  const existing = await agenciesOf(ctx, jur);
  const known = existing.flatMap((a) => [{ id: a.id, name: a.data.name }, ...(a.data.shortName ? [{ id: a.id, name: a.data.shortName }] : [])]);
  const match = matchAgencies(names.filter((n) => n.length <= MAX_AGENCY_NAME), known);
  const agencyId = (name: string) => hashId(planId, 'agency', fold(name));
  const ids = new Map(match.matched.map((m) => [agencyKey(m.name), m.id]));
  const proposed: AgencyRecord[] = existing.filter((a) => match.matched.some((m) => m.id === a.id && m.id === agencyId(a.data.name)));
  const kindOf = new Map(draft.agencies.map((a) => [a.name, a.kind]));
  for (const name of match.proposed) {
    const outcome = await createAgency(ctx, jur, { name, kind: kindOf.get(name) ?? 'OTHER' }, { id: agencyId(name) });
    if (outcome.ok) {
      proposed.push(outcome.value);
      ids.set(agencyKey(name), outcome.value.id);
    } else if (already(outcome.errors)) {
      const record = await ctx.store.getRecord<AgencyData>({ type: AGENCY, jur, id: agencyId(name) }, true);
      // An agency an admin deleted stays deleted: the re-import leaves that name unlinked, as a new one would be.
      if (record && !record.deleted && isLinkableAgency(record)) {
        proposed.push(record);
        ids.set(agencyKey(name), record.id);
      }
    } else if (outcome.errors.every((e) => e.code === 'DUPLICATE')) {
      // Another writer created it since we listed: use theirs.
      const theirs = (await agenciesOf(ctx, jur)).find((a) => a.data.nameKey === fold(name));
      if (theirs) ids.set(agencyKey(name), theirs.id);
    } else return failure(...asTextErrors(outcome.errors, `Agency ${name}`));
  }
  return success({ ids, proposed });
};

/** One link per agency and role: a plan that names a body twice in one task names it once. */
const dedupeLinks = <T extends { agencyId: string; role: AgencyRole }>(links: readonly T[]): T[] =>
  links.filter((l, i) => links.findIndex((o) => o.agencyId === l.agencyId && o.role === l.role) === i);

/** A cell the parser read as several targets is sent once per year: the service reads the cell again. */
const uniqueTargets = (targets: PlanDraft['indicators'][number]['targets']) =>
  targets.filter((t, i) => targets.findIndex((o) => o.year === t.year) === i);
