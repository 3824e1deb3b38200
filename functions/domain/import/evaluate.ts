/**
 * Scores a draft against an expected draft written by hand: precision and recall per
 * field group (header, legal bases, tasks, agencies, timelines, indicators, targets).
 * Items are compared as keys: folded, spaces and end punctuation normalised.
 */
import { fold } from '../text/vietnamese';
import { agencyKey } from './agencies';
import type { DraftJson } from './output';

export type Group = 'header' | 'legalBases' | 'tasks' | 'agencies' | 'timelines' | 'indicators' | 'targets';
export const GROUPS: readonly Group[] = ['header', 'legalBases', 'tasks', 'agencies', 'timelines', 'indicators', 'targets'];

type ExpectedTarget = [number, string, string, number | null, number | null, string | null];

export interface ExpectedDraft {
  readonly source: string;
  readonly synthetic: boolean;
  readonly header: Readonly<Record<string, string | null>>;
  readonly legalBases: readonly { kind: string; number: string | null; issuedOn: string | null }[];
  readonly tasks: readonly {
    code: string;
    parent: string | null;
    title: string;
    leadAgencies: readonly string[];
    coordinatingAgencies: readonly string[];
    advisoryAgencies?: readonly string[];
    timeline: { text: string; start: string | null; end: string | null } | null;
  }[];
  readonly indicators: readonly {
    code: string;
    name: string;
    unit: string | null;
    targets: readonly ExpectedTarget[];
    leadAgencies: readonly string[];
    coordinatingAgencies: readonly string[];
  }[];
}

export interface Score {
  readonly expected: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
}

/** Folded, one space, no end punctuation, quotes and dashes unified. */
function norm(s: string | null | undefined): string {
  return fold(s ?? '')
    .replace(/[“”"«»]/g, '"')
    .replace(/\s*[-–—]\s*/g, ' - ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[\s.,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function score(expected: readonly string[], predicted: readonly string[]): Score {
  const exp = new Set(expected);
  const pred = new Set(predicted);
  let correct = 0;
  for (const p of pred) if (exp.has(p)) correct += 1;
  const precision = pred.size === 0 ? (exp.size === 0 ? 1 : 0) : correct / pred.size;
  const recall = exp.size === 0 ? 1 : correct / exp.size;
  return { expected: exp.size, predicted: pred.size, correct, precision, recall };
}

const HEADER_FIELDS = ['number', 'kind', 'issuer', 'place', 'jurisdiction', 'issuedOn', 'title', 'signer'] as const;

const num = (n: number | null | undefined): string => (n === null || n === undefined ? '-' : String(Math.round(n * 1000) / 1000));

export function evaluate(expected: ExpectedDraft, got: DraftJson): Record<Group, Score> {
  const header = (src: Readonly<Record<string, unknown>>): string[] =>
    HEADER_FIELDS.filter((f) => src[f] !== null && src[f] !== undefined && src[f] !== '').map((f) => `${f}=${norm(String(src[f]))}`);
  const lb = (l: { kind: string; number: string | null; issuedOn: string | null }): string => `${l.kind}|${norm(l.number)}|${l.issuedOn ?? '-'}`;
  const task = (t: { code: string; parent: string | null; title: string }): string => `${t.code}|${t.parent ?? '-'}|${norm(t.title)}`;
  const agencies = (
    tasks: readonly { code: string; leadAgencies: readonly string[]; coordinatingAgencies: readonly string[]; advisoryAgencies?: readonly string[] }[],
    inds: readonly { code: string; leadAgencies: readonly string[]; coordinatingAgencies: readonly string[] }[],
  ): string[] => [
    ...tasks.flatMap((t) => [
      ...t.leadAgencies.map((a) => `T${t.code}|LEAD|${agencyKey(a)}`),
      ...t.coordinatingAgencies.map((a) => `T${t.code}|COORDINATING|${agencyKey(a)}`),
      ...(t.advisoryAgencies ?? []).map((a) => `T${t.code}|ADVISORY|${agencyKey(a)}`),
    ]),
    ...inds.flatMap((i) => [
      ...i.leadAgencies.map((a) => `I${i.code}|LEAD|${agencyKey(a)}`),
      ...i.coordinatingAgencies.map((a) => `I${i.code}|COORDINATING|${agencyKey(a)}`),
    ]),
  ];
  const timelines = (tasks: readonly { code: string; timeline: { start: string | null; end: string | null } | null }[]): string[] =>
    tasks.filter((t) => t.timeline).map((t) => `${t.code}|${t.timeline?.start ?? '-'}|${t.timeline?.end ?? '-'}`);
  const ind = (i: { code: string; name: string; unit: string | null }): string => `${i.code}|${norm(i.name)}|${norm(i.unit)}`;

  return {
    header: score(header(expected.header), header(got as unknown as Record<string, unknown>)),
    legalBases: score(expected.legalBases.map(lb), got.legalBases.map(lb)),
    tasks: score(expected.tasks.map(task), got.tasks.map(task)),
    agencies: score(agencies(expected.tasks, expected.indicators), agencies(got.tasks, got.indicators)),
    timelines: score(timelines(expected.tasks), timelines(got.tasks)),
    indicators: score(expected.indicators.map(ind), got.indicators.map(ind)),
    targets: score(
      expected.indicators.flatMap((i) => i.targets.map(([y, , c, v, vm, s]) => `${i.code}|${y}|${c}|${num(v)}|${num(vm)}|${norm(s)}`)),
      got.indicators.flatMap((i) => i.targets.map((t) => `${i.code}|${t.year}|${t.comparator}|${num(t.value)}|${num(t.valueMax)}|${norm(t.scope)}`)),
    ),
  };
}
