/**
 * Which reporting round a screen opens on: the latest round that has ended by today (the
 * one agencies are reporting on now), else the first. Pure, unit-tested without a browser.
 */
export interface RoundLike { readonly period: string; readonly start: string; readonly end: string; readonly dueOn: string }

/** Today in Vietnam (the API judges in Asia/Ho_Chi_Minh too): at 00:30 on the 5th there it is the 5th, though UTC still says the 4th. */
export const today = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** The rounds that have started by `asOf`, newest first: the choices a period picker offers. */
export const startedRounds = <R extends RoundLike>(rounds: readonly R[], asOf: string): R[] =>
  rounds.filter((r) => r.start <= asOf).sort((a, b) => (a.start < b.start ? 1 : -1));

export const defaultPeriod = (rounds: readonly RoundLike[], asOf: string): string | null => {
  const ended = rounds.filter((r) => r.end < asOf).sort((a, b) => (a.end < b.end ? 1 : -1));
  return ended[0]?.period ?? rounds[0]?.period ?? null;
};
