import type { TaskAgencyResolvers } from './types.generated.js';

export const TaskAgency: TaskAgencyResolvers = {
  role: (parent) => parent.link.role,
  agency: (parent) => parent.agency,
  note: (parent) => parent.link.note,
};
