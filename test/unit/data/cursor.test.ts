import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CursorCodec, localCursorSecret } from '../../../functions/data/cursor';
import { InvalidCursor } from '../../../functions/data/errors';

describe('the cursor codec', () => {
  const codec = new CursorCodec('a deployment secret');
  const key = { pk: '04#Startup#abc', sk: 'R', tpk: '04#Startup', tsk: 'khoi nghiep#abc' };

  it('opens what it sealed, for the same list', () => {
    // Act
    const cursor = codec.seal('byType|04#Startup', key);
    // Assess
    expect(codec.open('byType|04#Startup', cursor)).toEqual(key);
  });

  it('reveals no key: the cursor text holds neither the partition nor the sort key', () => {
    // Act
    const cursor = codec.seal('byType|04#Startup', key);
    const decoded = Buffer.from(cursor, 'base64url').toString('latin1');
    // Assess
    expect(decoded).not.toContain('Startup');
    expect(decoded).not.toContain('khoi');
    expect(cursor).not.toContain('Startup');
  });

  it('refuses a tampered cursor, one of another list, one of another secret and a hand-made one', () => {
    // Prepare
    const cursor = codec.seal('byType|04#Startup', key);
    const raw = Buffer.from(cursor, 'base64url');
    raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
    const tampered = raw.toString('base64url');
    const forged = Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
    // Act / Assess
    expect(() => codec.open('byType|04#Startup', tampered)).toThrow(InvalidCursor);
    expect(() => codec.open('byType|24#Startup', cursor)).toThrow(InvalidCursor);
    expect(() => new CursorCodec('another secret').open('byType|04#Startup', cursor)).toThrow(InvalidCursor);
    expect(() => codec.open('byType|04#Startup', forged)).toThrow(InvalidCursor);
    expect(() => codec.open('byType|04#Startup', '')).toThrow(InvalidCursor);
  });

  it('keeps the local secret beside the signing keys, the same on every start', () => {
    // Prepare
    const dir = mkdtempSync(path.join(tmpdir(), 'eg-cursor-'));
    // Act
    const first = localCursorSecret(dir);
    const second = localCursorSecret(dir);
    // Assess
    expect(second.equals(first)).toBe(true);
    expect(readFileSync(path.join(dir, 'keys', 'cursor.key'), 'utf8').length).toBeGreaterThan(40);
  });
});
