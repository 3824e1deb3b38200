import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexKeysOf, taskEntity, mentorshipEntity } from '../../../functions/data/entities';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

describe('entity key designs', () => {
  it('are the only place index attributes are written: no service or resolver names one', () => {
    // Prepare
    const files = [...filesUnder('functions/services'), ...filesUnder('functions/graphql')].filter((f) => !f.endsWith('.generated.ts'));
    // Act
    const offenders = files.filter((f) => /\b(tpk|tsk|ppk|psk|lpk|lsk)\b/.test(readFileSync(f, 'utf8')));
    // Assess
    expect(offenders).toEqual([]);
  });

  it('keep every listing inside the record’s own jurisdiction', () => {
    // Act
    const task = taskEntity.keys({ jur: '04', id: 't1', createdAt: '2026-01-01T00:00:00Z', data: { planId: 'p', code: '3.10', parentId: 't0' } as never });
    const link = mentorshipEntity.keys({ jur: '24', id: 'm1', createdAt: '2026-01-01T00:00:00Z', data: { startupId: 's', mentorId: 'x', from: '2026-02-01' } as never });
    // Assess
    expect(task).toEqual({ ppk: '04#Plan#p#Task', psk: '0003.0010', lpk: '04#Task#t0#Task', lsk: '0003.0010' });
    expect(Object.entries(link).filter(([k]) => k.endsWith('pk')).every(([, v]) => String(v).startsWith('24#'))).toBe(true);
  });

  it('list nothing for a tombstone or a type with no listing', () => {
    // Act / Assess
    expect(indexKeysOf('Startup', { jur: '04', id: 's', createdAt: '', data: { nameKey: 'a' } }, true)).toEqual({});
    expect(indexKeysOf('PlanImport', { jur: '04', id: 's', createdAt: '', data: {} })).toEqual({});
  });
});

describe('the reindex migration step', () => {
  it('rewrites stale or stray index attributes and leaves matching ones alone', async () => {
    // Prepare
    const { reindexed } = await import('../../../functions/data/migrations/reindex');
    // A mentor has no main date, so it is listed by name only: a byParent key on it is stray.
    const base = { pk: '04#Mentor#s1', sk: 'R', type: 'Mentor', jur: '04', id: 's1', createdAt: '2026-01-01T00:00:00Z', version: 2, data: { nameKey: 'moi' } };
    // Act
    const stale = reindexed({ ...base, tpk: '04#Mentor', tsk: 'cu#s1', ppk: '04#Old' });
    const fresh = reindexed({ ...base, tpk: '04#Mentor', tsk: 'moi#s1' });
    const tombstone = reindexed({ ...base, deleted: true, tpk: '04#Mentor', tsk: 'moi#s1' });
    // Assess
    expect(stale).toEqual({ ...base, tpk: '04#Mentor', tsk: 'moi#s1' });
    expect(fresh).toBeNull();
    expect(tombstone).toEqual({ ...base, deleted: true });
  });
});
