/**
 * The key scheme. Every partition key starts with the jurisdiction code, so a key
 * tells whose data it is and the scope check needs nothing else.
 */
export interface EntityRef {
  readonly type: string;
  readonly jur: string;
  readonly id: string;
}

export const RECORD_SK = 'R';

export const recordPk = (ref: EntityRef): string => `${ref.jur}#${ref.type}#${ref.id}`;

/** byType partition: every entity of a type in a jurisdiction. */
export const typePk = (jur: string, type: string): string => `${jur}#${type}`;

/** byParent / byLink partition: the children of one type under one owner. */
/**
 * A jurisdiction's records of one type in main-date order, in the byParent index: registry
 * records have no parent, so the index is free for them (overloaded, one item collection per
 * type), and no new index is needed (CloudFormation adds one per update; dynalite none).
 * Three segments, so it never equals a child partition (`{jur}#{Type}#{id}#{ChildType}`).
 */
export const datePk = (jur: string, type: string): string => `${jur}#${type}#@date`;

export const childPk = (owner: EntityRef, childType: string): string => `${recordPk(owner)}#${childType}`;

/** Sort key that orders task codes naturally: 3.2 before 3.10, 4 after 3.10. */
export const codeSortKey = (code: string): string =>
  code
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? part.padStart(4, '0') : part))
    .join('.');
