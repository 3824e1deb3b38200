/**
 * Which seeds a start loads (issue 19: `--reset` means "empty and stays empty").
 *   --reset without SEED   → nothing now, and the database remembers it was emptied on purpose;
 *   a plain start after it → still nothing, until SEED is given;
 *   SEED given             → those seeds (none for "none"), and the memory is cleared;
 *   otherwise              → the default seeds. Seeds never overwrite what a user changed.
 */
export const DEFAULT_SEED = '04,24';

export interface SeedChoice {
  /** Jurisdiction codes whose plans and demo ecosystem to load. */
  readonly codes: readonly string[];
  /** 'off': remember the database stays empty; 'on': forget it; 'keep': leave it as stored. */
  readonly seeding: 'off' | 'on' | 'keep';
  /** A line for the operator when seeding was skipped because of an earlier reset. */
  readonly note?: string;
}

const parse = (text: string): string[] => text.split(',').map((s) => s.trim()).filter((s) => s && s !== 'none');

export const chooseSeeds = (opts: { reset: boolean; seedEnv: string | undefined; seedingOffSince: string | null }): SeedChoice => {
  if (opts.seedEnv !== undefined) return { codes: parse(opts.seedEnv), seeding: 'on' };
  if (opts.reset) return { codes: [], seeding: 'off' };
  if (opts.seedingOffSince) {
    return {
      codes: [],
      seeding: 'keep',
      note: `Nothing seeded: this database was reset empty at ${opts.seedingOffSince}. SEED=${DEFAULT_SEED} npm start loads the two plans.`,
    };
  }
  return { codes: parse(DEFAULT_SEED), seeding: 'keep' };
};
