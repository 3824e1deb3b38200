import type { StoredRecord } from '../../data';
import { mentorshipGaps as findGaps } from '../../domain/ecosystem/gaps';
import { suggestMentors } from '../../domain/ecosystem/matching';
import {
  INCUBATION,
  MENTOR,
  MENTORSHIP,
  type IncubationData,
  type MentorData,
  type MentorshipData,
  type StartupData,
} from '../../domain/ecosystem/model';
import type { ServiceContext } from '../context';
import { today } from './fields';
import { mentorshipsOfStartup } from './mentors';
import { allOfTypeIn } from './registry';
import { getStartup } from './startups';

/** Bắc Ninh 3.2: startups in incubation on `asOf` without an active mentor, longest-waiting first. */
export const listMentorshipGaps = async (ctx: ServiceContext, asOf: string | null | undefined, jurisdiction: string | null | undefined) => {
  const day = asOf ?? today();
  const [incubations, mentorships] = await Promise.all([
    allOfTypeIn<IncubationData>(ctx, INCUBATION, jurisdiction),
    allOfTypeIn<MentorshipData>(ctx, MENTORSHIP, jurisdiction),
  ]);
  const byStartup = new Map<string, { incubations: typeof incubations; mentorships: typeof mentorships }>();
  const slot = (jur: string, id: string) => {
    const key = `${jur}#${id}`;
    if (!byStartup.has(key)) byStartup.set(key, { incubations: [], mentorships: [] });
    return byStartup.get(key)!;
  };
  for (const i of incubations) slot(i.jur, i.data.startupId).incubations.push(i);
  for (const m of mentorships) slot(m.jur, m.data.startupId).mentorships.push(m);
  const gaps = findGaps(
    [...byStartup.entries()].map(([key, v]) => ({
      startupId: key,
      incubations: v.incubations.map((i) => ({ id: `${i.jur}#${i.id}`, from: i.data.from, to: i.data.to })),
      mentorships: v.mentorships.map((m) => ({ from: m.data.from, to: m.data.to, active: m.data.status === 'ACTIVE' })),
    })),
    day,
  );
  const incubationByKey = new Map(incubations.map((i) => [`${i.jur}#${i.id}`, i]));
  const found = await Promise.all(
    gaps.map(async (g) => {
      const [jur, id] = g.startupId.split('#') as [string, string];
      const startup = await getStartup(ctx, jur, id);
      const incubation = incubationByKey.get(g.incubationId);
      return startup && incubation ? [{ startup, incubation, since: g.since }] : [];
    }),
  );
  return found.flat().sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.startup.data.nameKey < b.startup.data.nameKey ? -1 : 1));
};

/** Ranked available mentors of the startup's jurisdiction, with reasons (domain/ecosystem/matching.ts). */
export const mentorSuggestionsFor = async (ctx: ServiceContext, startup: StoredRecord<StartupData>, first: number) => {
  const [mentors, mentorships, current] = await Promise.all([
    allOfTypeIn<MentorData>(ctx, MENTOR, startup.jur),
    allOfTypeIn<MentorshipData>(ctx, MENTORSHIP, startup.jur),
    mentorshipsOfStartup(ctx, startup),
  ]);
  const active = new Map<string, number>();
  for (const m of mentorships) if (m.data.status === 'ACTIVE') active.set(m.data.mentorId, (active.get(m.data.mentorId) ?? 0) + 1);
  const ranked = suggestMentors(
    {
      sectors: startup.data.sectors,
      needs: [startup.data.description ?? '', ...startup.data.products.map((p) => `${p.name} ${p.description ?? ''}`)],
      mentorIds: current.filter((m) => m.data.status === 'ACTIVE').map((m) => m.data.mentorId),
    },
    mentors.map((m) => ({ id: m.id, name: m.data.name, sectors: m.data.sectors, expertise: m.data.expertise, capacity: m.data.capacity, active: active.get(m.id) ?? 0, available: m.data.available, totTrained: m.data.totTrained })),
  );
  const byId = new Map(mentors.map((m) => [m.id, m]));
  return ranked.slice(0, first).map((s) => ({ ...s, mentor: byId.get(s.mentorId)! }));
};
