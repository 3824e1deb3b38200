/**
 * Which reporting round a screen opens on: the latest round that has ended by today (the
 * one agencies are reporting on now), else the first. Pure, unit-tested without a browser.
 */
export interface RoundLike { readonly period: string; readonly start: string; readonly end: string; readonly dueOn: string }

export const today = (): string => new Date().toISOString().slice(0, 10);

/** The rounds that have started by `asOf`, newest first: the choices a period picker offers. */
export const startedRounds = <R extends RoundLike>(rounds: readonly R[], asOf: string): R[] =>
  rounds.filter((r) => r.start <= asOf).sort((a, b) => (a.start < b.start ? 1 : -1));

export const defaultPeriod = (rounds: readonly RoundLike[], asOf: string): string | null => {
  const ended = rounds.filter((r) => r.end < asOf).sort((a, b) => (a.end < b.end ? 1 : -1));
  return ended[0]?.period ?? rounds[0]?.period ?? null;
};
