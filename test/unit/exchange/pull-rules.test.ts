import { describe, expect, it } from 'vitest';
import { dataProblem, versionProblem } from '../../../functions/domain/exchange/record-rules';
import { parsePullSources, sourceOf } from '../../../functions/services/pull-sources';

/** The pure rules a pulled record and a pull configuration are held to (docs/exchange.md "Who may pull", "What a puller sees"). */
describe('versionProblem', () => {
  it('accepts what a feed can produce and refuses versions above their change number or beyond the feed’s movement', () => {
    // Act
    const verdicts = [
      versionProblem({ version: 1, seq: 1 }, null),
      versionProblem({ version: 3, seq: 40 }, { version: 2, sourceSeq: 30 }),
      versionProblem({ version: 12, seq: 40 }, { version: 2, sourceSeq: 30 }),
      versionProblem({ version: 13, seq: 40 }, { version: 2, sourceSeq: 30 }),
      versionProblem({ version: 3, seq: 30 }, { version: 2, sourceSeq: 30 }),
      versionProblem({ version: 2_147_483_647, seq: 5 }, null),
      versionProblem({ version: 9, seq: 40 }, { version: 2, sourceSeq: null }),
    ];
    // Assess
    expect(verdicts.map((v) => v === null)).toEqual([true, true, true, false, false, false, true]);
  });
});

describe('dataProblem', () => {
  const agency = { name: 'Hội Nông dân tỉnh', shortName: null, kind: 'MASS_ORGANISATION', nameKey: 'hoi nong dan tinh' };

  it('accepts an agency as a local write stores it, extra fields included, and names the first broken field', () => {
    // Act
    const verdicts = [
      dataProblem('Agency', agency),
      dataProblem('Agency', { ...agency, addedLater: 'ok' }),
      dataProblem('Agency', { ...agency, kind: 'CULT' }),
      dataProblem('Agency', { ...agency, name: '   ' }),
      dataProblem('Agency', { ...agency, name: 'x'.repeat(301) }),
      dataProblem('Agency', { shortName: null, kind: 'OTHER', nameKey: 'x' }),
      dataProblem('Budget', agency),
    ];
    // Assess
    expect(verdicts[0]).toBeNull();
    expect(verdicts[1]).toBeNull();
    expect(verdicts[2]).toMatch(/^kind: must be one of/);
    expect(verdicts[3]).toBe('name: must not be empty');
    expect(verdicts[4]).toBe('name: at most 300 characters');
    expect(verdicts[5]).toBe('name: required');
    expect(verdicts[6]).toBe('type Budget is not exchanged');
  });

  it('bounds nesting, string length, numbers and size anywhere in data', () => {
    // Prepare
    let deep: unknown = 1;
    for (let i = 0; i < 9; i += 1) deep = { d: deep };
    // Act
    const verdicts = [
      dataProblem('Agency', { ...agency, extra: deep }),
      dataProblem('Agency', { ...agency, extra: 'x'.repeat(20_001) }),
      dataProblem('Agency', { ...agency, extra: 1e308 }),
      dataProblem('Agency', { ...agency, extra: Array.from({ length: 20 }, () => 'ư'.repeat(5_000)) }),
    ];
    // Assess
    expect(verdicts[0]).toMatch(/nested deeper than 8 levels/);
    expect(verdicts[1]).toBe('extra: at most 20000 characters');
    expect(verdicts[2]).toBe('extra: must be a finite number within ±2^53');
    expect(verdicts[3]).toMatch(/^data is \d+ bytes; at most 180000$/);
  });
});

describe('parsePullSources', () => {
  it('reads a pull.json’s sources (tokens ignored), normalises URLs, and refuses a jurisdiction bound twice', () => {
    // Act
    const sources = parsePullSources(JSON.stringify({ sources: [{ name: 'cao-bang', url: 'https://API.caobang.example/graphql', token: 'secret', jurisdictions: ['04'] }] }));
    // Assess
    expect(sources).toEqual([{ name: 'cao-bang', url: 'https://api.caobang.example/graphql', jurisdictions: ['04'] }]);
    expect(sourceOf(sources, '04')?.name).toBe('cao-bang');
    expect(sourceOf(sources, '24')).toBeNull();
    expect(parsePullSources(undefined)).toEqual([]);
    expect(() => parsePullSources('[{"name":"a","url":"https://a/graphql","jurisdictions":["04"]},{"name":"b","url":"https://b/graphql","jurisdictions":["04"]}]')).toThrow(/bound to both a and b/);
    expect(() => parsePullSources('[{"name":"a b","url":"https://a/graphql","jurisdictions":["04"]}]')).toThrow(/name must be/);
    expect(() => parsePullSources('[{"name":"a","url":"ftp://a","jurisdictions":["04"]}]')).toThrow(/url must be/);
  });
});
