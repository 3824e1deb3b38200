import { useQuery } from '@apollo/client';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../gql';
import { defaultPeriod, startedRounds, today } from './rounds';

const RoundPlansQuery = graphql(`
  query ConsoleRoundPlans($jurisdiction: String) {
    viewer { role agency { id name } jurisdictions { code name } }
    plans(first: 20, filter: { jurisdiction: $jurisdiction }) {
      nodes { id number title status reportingCalendar { rounds { period start end dueOn } } }
    }
  }
`);

/** The plan and reporting period a signed-in screen works on, kept in the URL (?plan=&period=) so it can be shared and reloaded. */
export const usePlanRound = (jurisdiction: string | undefined) => {
  const [params, setParams] = useSearchParams();
  const { data, loading, error } = useQuery(RoundPlansQuery, { variables: { jurisdiction: jurisdiction ?? null }, skip: !jurisdiction });
  const plans = (data?.plans.nodes ?? []).filter((p) => p.status !== 'DRAFT' && p.reportingCalendar);
  const plan = plans.find((p) => p.id === params.get('plan')) ?? plans[0];
  const rounds = startedRounds(plan?.reportingCalendar?.rounds ?? [], today());
  const period = rounds.find((r) => r.period === params.get('period'))?.period ?? defaultPeriod(rounds, today());
  const choose = (next: { plan?: string; period?: string }) => {
    const p = new URLSearchParams(params);
    if (next.plan) { p.set('plan', next.plan); p.delete('period'); }
    if (next.period) p.set('period', next.period);
    setParams(p);
  };
  return { viewer: data?.viewer, plans, plan, rounds, period, choose, loading, error };
};
