import { describe, expect, it } from 'vitest';
import { cleanedRecord } from '../../../functions/data/migrations/clean-text';

const record = (data: Record<string, unknown>) => ({ pk: '04#Agency#a1', sk: 'R', type: 'Agency', jur: '04', id: 'a1', version: 3, createdAt: '2026-01-01T00:00:00.000Z', data });

describe('cleaning text stored before input was cleaned', () => {
  it('removes zero-width and control characters, keeps tabs and line feeds, composes NFC and folds the name again', () => {
    const out = cleanedRecord(record({ name: 'Hội\u200b Nông\u0000 dân', nameKey: 'hội\u200b nông\u0000 dân', note: 'a\tb\nc\u2060\uFEFF', kind: 'OTHER', tags: ['Đoàn\u0085 TN', 'Ho\u0323i'] }));
    expect(out).not.toBeNull();
    const data = out!.data as Record<string, unknown>;
    expect(data.name).toBe('Hội Nông dân');
    expect(data.nameKey).toBe('hoi nong dan');
    expect(data.note).toBe('a\tb\nc');
    expect(data.tags).toEqual(['Đoàn TN', 'Họi']);
    expect(out!.version).toBe(3);
  });

  it('leaves clean records alone (the step is idempotent) and touches only records', () => {
    const clean = cleanedRecord(record({ name: 'Hội Nông dân', nameKey: 'hoi nong dan' }));
    expect(clean).toBeNull();
    expect(cleanedRecord({ pk: '04#claim', sk: 'x', data: { name: 'a\u200b' } })).toBeNull();
  });
});
