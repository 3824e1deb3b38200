import { describe, expect, it } from 'vitest';
import { chooseSeeds } from '../../../scripts/lib/seed-choice';

describe('which seeds a start loads', () => {
  it('a reset without SEED loads nothing and remembers it', () => {
    expect(chooseSeeds({ reset: true, seedEnv: undefined, seedingOffSince: null })).toEqual({ codes: [], seeding: 'off' });
  });

  it('a plain start after a reset loads nothing and says how to seed', () => {
    const choice = chooseSeeds({ reset: false, seedEnv: undefined, seedingOffSince: '2026-12-04T03:00:00.000Z' });
    expect(choice.codes).toEqual([]);
    expect(choice.seeding).toBe('keep');
    expect(choice.note).toContain('SEED=04,24 npm start');
  });

  it('SEED given wins over an earlier reset and forgets it', () => {
    expect(chooseSeeds({ reset: false, seedEnv: '04', seedingOffSince: '2026-12-04T03:00:00.000Z' })).toEqual({ codes: ['04'], seeding: 'on' });
    expect(chooseSeeds({ reset: true, seedEnv: '24, 04', seedingOffSince: null })).toEqual({ codes: ['24', '04'], seeding: 'on' });
    expect(chooseSeeds({ reset: false, seedEnv: 'none', seedingOffSince: null })).toEqual({ codes: [], seeding: 'on' });
  });

  it('a plain start of a database never reset loads the default seeds', () => {
    expect(chooseSeeds({ reset: false, seedEnv: undefined, seedingOffSince: null })).toEqual({ codes: ['04', '24'], seeding: 'keep' });
  });
});
