/**
 * What search reads of each searchable type: its name (ranked first) and the rest of its
 * text. Personal data (founders, mentors' contacts) is never part of it, so the index
 * holds nothing a published record does not show to everyone.
 */
import type {
  CompetitionData,
  EventData,
  IncubatorData,
  InvestorData,
  MentorData,
  StartupData,
} from '../ecosystem/model';
import type { IndicatorData } from '../indicator/entities';
import type { PlanData, TaskData } from '../plan/entities';

export interface SearchDocument {
  /** The name or title, with its code: a hit here ranks before a hit in the text. */
  readonly name: readonly string[];
  readonly text: readonly string[];
}

/** The types search covers, in the order of the schema's SearchType. */
export const SEARCHABLE_TYPES = ['Startup', 'Mentor', 'Incubator', 'Investor', 'Competition', 'Event', 'Plan', 'Task', 'Indicator'] as const;
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];

/** Types whose visibility follows a plan's: a draft plan's are its jurisdiction's alone. */
export const PLAN_BOUND: readonly SearchableType[] = ['Plan', 'Task', 'Indicator'];

const s = (v: string | null | undefined): string[] => (v ? [v] : []);

const DOCUMENTS: { [K in SearchableType]: (d: never) => SearchDocument } = {
  Startup: (d: StartupData) => ({ name: [d.name], text: [...s(d.description), ...s(d.commune), ...s(d.enterpriseCode), ...d.products.map((p) => p.name)] }),
  Mentor: (d: MentorData) => ({ name: [d.name], text: [...s(d.title), ...s(d.organisation), ...d.expertise] }),
  Incubator: (d: IncubatorData) => ({ name: [d.name], text: [...s(d.host), ...d.services] }),
  Investor: (d: InvestorData) => ({ name: [d.name], text: s(d.organisation) }),
  Competition: (d: CompetitionData) => ({ name: [d.name], text: s(d.description) }),
  Event: (d: EventData) => ({ name: [d.name], text: [...s(d.description), ...s(d.place)] }),
  Plan: (d: PlanData) => ({ name: [d.number, d.title], text: [...d.purposes, ...d.requirements, ...d.objectives] }),
  Task: (d: TaskData) => ({ name: [d.title], text: [...d.content, ...d.outputs.map((o) => o.text)] }),
  Indicator: (d: IndicatorData) => ({ name: [d.name], text: [...s(d.unit), ...s(d.note)] }),
};

export const isSearchable = (type: string): type is SearchableType => (SEARCHABLE_TYPES as readonly string[]).includes(type);

export const searchDocument = (type: SearchableType, data: unknown): SearchDocument => DOCUMENTS[type](data as never);
