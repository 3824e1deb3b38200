/**
 * What an import keeps for a reviewer (the PlanImport record), and the checks a draft must
 * pass before anything is written. Pure: no I/O.
 */
import { userError, type UserError } from '../common/user-error';
import type { PlanImportInput } from './output';
import type { ConfidenceField, IndicatorDraft, PlanDraft } from './types';

/** The entity type of the record an import leaves beside its plan (same id as the plan). */
export const PLAN_IMPORT = 'PlanImport';

/** The largest document `planImport` reads, in UTF-8 bytes (see docs/import.md for why not more). */
export const MAX_IMPORT_BYTES = 200_000;

/** Caps that keep the review record far below DynamoDB's 400 KB item limit (its audit entry holds it too). */
const MAX_UNPLACED = 200;
const MAX_LINE = 2000;

export interface ImportedIndicator {
  readonly code: string;
  readonly name: string;
  readonly unit: string | null;
  /** `year: cell as written`. */
  readonly targets: readonly string[];
  readonly stored: boolean;
}

export interface PlanImportData {
  readonly planId: string;
  readonly importedAt: string;
  readonly confidence: readonly { readonly field: ConfidenceField; readonly confidence: number }[];
  readonly unplaced: readonly string[];
  readonly warnings: readonly string[];
  /** Record ids of the agencies this import created. */
  readonly proposedAgencyIds: readonly string[];
  readonly indicators: readonly ImportedIndicator[];
}

const clip = (line: string): string => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line);

/** The draft's confidence, in the order the parser reports it. */
export const confidenceList = (draft: PlanDraft): PlanImportData['confidence'] =>
  (Object.entries(draft.confidence) as [ConfidenceField, number][]).map(([field, confidence]) => ({ field, confidence }));

/** Unplaced lines, capped: past MAX_UNPLACED, one last line says how many more there were. */
export const cappedUnplaced = (lines: readonly string[]): string[] => {
  const kept = lines.slice(0, MAX_UNPLACED).map(clip);
  return lines.length > MAX_UNPLACED ? [...kept, `… and ${lines.length - MAX_UNPLACED} more lines not shown`] : kept;
};

export const importedIndicator = (i: IndicatorDraft, stored: boolean): ImportedIndicator => ({
  code: i.code,
  name: i.name,
  unit: i.unit,
  targets: [...new Set(i.targets.map((t) => `${t.year}: ${t.text}`))],
  stored,
});

/** Agency names longer than the Agency record allows are a misread list, not a name. */
export const MAX_AGENCY_NAME = 300;

type ImportTask = PlanImportInput['tasks'][number];

/**
 * Sub-tasks whose parent has no heading in the text (Bắc Ninh's scraped 3.1–3.5 lost "3.")
 * get a placeholder parent, titled so a reviewer sees it must be filled in: a task tree
 * needs its parent, and refusing the whole document for one lost line helps nobody.
 */
export const withPlaceholderParents = (tasks: readonly ImportTask[]): { tasks: ImportTask[]; filled: string[] } => {
  const codes = new Set(tasks.map((t) => t.code));
  const filled: string[] = [];
  for (const t of tasks) {
    for (let code = parentOf(t.code); code !== null; code = parentOf(code)) {
      if (codes.has(code)) break;
      codes.add(code);
      filled.push(code);
    }
  }
  const placeholders: ImportTask[] = filled.map((code) => ({
    code,
    title: `(${code}) Tiêu đề không có trong văn bản — cần bổ sung`,
    content: [],
    agencies: [],
    timeline: null,
    phases: [],
    outputs: [],
  }));
  return { tasks: [...placeholders, ...tasks], filled };
};

const parentOf = (code: string): string | null => (code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null);

/**
 * The limits the plan and task services enforce, checked on the whole draft first, so an
 * import is refused before it writes anything rather than stopping part-way. Every error
 * points at `input.text`: the document is what has to change.
 */
export const draftErrors = (input: PlanImportInput): UserError[] => {
  const errors: UserError[] = [];
  const at = (message: string) => errors.push(userError('INVALID', message, ['input', 'text']));
  const { plan, tasks } = input;
  if (!plan.number.trim()) at('The document gives no number ("Số: …/KH-UBND"); a plan needs one.');
  else if (plan.number.length > 60) at('The document number is over 60 characters.');
  if (!plan.title.trim()) at('The document gives no title (trích yếu); a plan needs one.');
  else if (plan.title.length > 1000) at('The title is over 1,000 characters.');
  const codes = new Set(tasks.map((t) => t.code));
  for (const t of tasks) {
    const parent = t.code.includes('.') ? t.code.slice(0, t.code.lastIndexOf('.')) : null;
    if (parent && !codes.has(parent)) at(`Task ${t.code} has no task ${parent} above it.`);
    if (t.title.length > 1000) at(`Task ${t.code}: the title is over 1,000 characters.`);
    if (t.content.some((c) => c.length > 10_000)) at(`Task ${t.code}: a paragraph is over 10,000 characters.`);
    if ((t.timeline ?? '').length > 300) at(`Task ${t.code}: the timeline is over 300 characters.`);
    if (t.phases.some((p) => p.name.length > 500 || p.timeline.length > 300)) at(`Task ${t.code}: a phase is too long.`);
    if (t.outputs.some((o) => o.text.length > 1000)) at(`Task ${t.code}: an output is over 1,000 characters.`);
  }
  return errors;
};
