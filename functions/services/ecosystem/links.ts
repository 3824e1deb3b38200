import { linksOf as ownerPartition, type StoredRecord } from '../../data';
import type { ServiceContext } from '../context';
import { memorySlice, type Slice } from '../paging';
import { allLinked, invert } from './registry';

/**
 * Links in both directions. A link record (mentorship, incubation, investment,
 * application, grant) is listed under its first owner in byParent and its second in
 * byLink, so either side reads its links with one Query — issued together with its
 * siblings' through the request's loader — and the far ends with one BatchGetItem.
 */
;

/** The live links under an owner, newest first (by `date`), as a page. */
export const linkedSlice = async <D>(
  ctx: ServiceContext,
  index: 'byParent' | 'byLink',
  owner: { type: string; jur: string; id: string },
  linkType: string,
  date: (d: D) => string,
  first: number,
  after: string | null,
  keep: (r: StoredRecord<D>) => boolean = () => true,
): Promise<Slice<StoredRecord<D>>> => {
  const links = (await allLinked<D>(ctx, index, ownerPartition(owner, linkType))).filter(keep);
  return memorySlice(ctx.store.cursors, `links|${index}|${ownerPartition(owner, linkType)}`, links, (r) => `${invert(date(r.data))}|${r.id}`, first, after);
};

export const linked = async <D>(
  ctx: ServiceContext,
  index: 'byParent' | 'byLink',
  owner: { type: string; jur: string; id: string },
  linkType: string,
): Promise<StoredRecord<D>[]> => allLinked<D>(ctx, index, ownerPartition(owner, linkType));

/** A page of far ends: `ends` loaded for the page of links, in the links' order, dropping dangling ones. */
export const mapSlice = async <A, B extends object>(slice: Slice<A>, load: (items: readonly A[]) => Promise<(B | null)[]>): Promise<Slice<B>> => {
  const loaded = await load(slice.items);
  const pairs: (readonly [A, B])[] = [];
  slice.items.forEach((item, i) => {
    const end = loaded[i];
    if (end) pairs.push([item, end]);
  });
  const cursorOf = new Map(pairs.map(([a, b]) => [b, slice.cursorOf(a)]));
  return {
    items: pairs.map(([, b]) => b),
    hasNextPage: slice.hasNextPage,
    hasPreviousPage: slice.hasPreviousPage,
    cursorOf: (b) => cursorOf.get(b) ?? '',
  };
};
