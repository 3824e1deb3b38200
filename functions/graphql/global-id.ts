/**
 * Global IDs are opaque to clients: base64url of `Type:jurisdiction:id`. The
 * jurisdiction travels inside so `node(id)` can build the key without a lookup.
 */
export interface GlobalRef {
  readonly type: string;
  readonly jur: string;
  readonly id: string;
}

export const toGlobalId = (type: string, jur: string, id: string): string =>
  Buffer.from(`${type}:${jur}:${id}`, 'utf8').toString('base64url');

export const fromGlobalId = (globalId: string): GlobalRef | null => {
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):([0-9A-Z]{2}):([A-Za-z0-9~._-]{1,80})$/.exec(text);
  return m ? { type: m[1]!, jur: m[2]!, id: m[3]! } : null;
};

/** Decodes an ID that must name a `type`; null when it does not. */
export const refOf = (globalId: string, type: string): GlobalRef | null => {
  const ref = fromGlobalId(globalId);
  return ref && ref.type === type ? ref : null;
};

export const recordId = (record: { type: string; jur: string; id: string }): string => toGlobalId(record.type, record.jur, record.id);
