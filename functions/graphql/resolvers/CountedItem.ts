import type { CountedItemResolvers } from './types.generated.js';
import { recordPk } from '../../data';

export const CountedItem: CountedItemResolvers = {
  label: (c) => c.item.label,
  date: (c) => c.item.date,
  record: async (c, _arg, ctx) => {
    const record = await ctx.services.loaders.records.load(recordPk({ type: c.item.type, jur: c.jur, id: c.item.id }));
    if (!record) throw new Error(`Counted ${c.item.type} ${c.item.id} is missing`);
    return record as never;
  },
};
