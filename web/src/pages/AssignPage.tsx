import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../gql';
import type { AgencyRole } from '../gql/graphql';
import { ErrorNote, FieldErrors, Loading, type UserErrorLike } from '../components/Feedback';
import { enumKey, useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { usePlanRound } from './usePlanRound';

const NeedingQuery = graphql(`
  query ConsoleTasksNeedingAssignment($plan: ID!, $jurisdiction: String!) {
    node(id: $plan) {
      ... on Plan { id tasksNeedingAssignment(first: 100) { nodes { id code title titleSource version } } }
    }
    agencies(first: 100, filter: { jurisdiction: $jurisdiction }) { nodes { id name } }
  }
`);
const Assign = graphql(`
  mutation ConsoleTaskAssignAgencies($input: TaskAssignAgenciesInput!) {
    taskAssignAgencies(input: $input) { task { id code version leadAgencies { id name } } userErrors { field message code } }
  }
`);

const ROLES: readonly AgencyRole[] = ['LEAD', 'COORDINATING', 'ADVISORY'];

interface Choice { agency: string; role: AgencyRole; note: string }

/** The department's "needs assignment" list: tasks with no lead agency, each with the agency and role to give it; from then on the round expects that agency's report. */
const AssignPage = () => {
  const { t } = useI18n();
  const { session } = useSession();
  const jurisdiction = session?.jurisdictions[0];
  const round = usePlanRound(jurisdiction);
  const { data, loading, error, refetch } = useQuery(NeedingQuery, { variables: { plan: round.plan?.id ?? '', jurisdiction: jurisdiction ?? '' }, skip: !round.plan || !jurisdiction });
  const [assign] = useMutation(Assign);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [errors, setErrors] = useState<Record<string, readonly UserErrorLike[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  if (!session || session.role !== 'PROVINCE_ADMIN') return <section><h1>{t('assignTitle')}</h1><p>{t('needSignIn')} <Link to="/sign-in">{t('signIn')}</Link></p></section>;
  const plan = data?.node && 'tasksNeedingAssignment' in data.node ? data.node : null;
  const tasks = plan?.tasksNeedingAssignment.nodes ?? [];
  const agencies = data?.agencies.nodes ?? [];
  const choiceOf = (id: string): Choice => choices[id] ?? { agency: '', role: 'LEAD', note: '' };
  const setChoice = (id: string, next: Partial<Choice>) => setChoices({ ...choices, [id]: { ...choiceOf(id), ...next } });

  const onAssign = async (task: { id: string; code: string; version: number }) => {
    const choice = choiceOf(task.id);
    if (!choice.agency) return setErrors({ ...errors, [task.id]: [{ field: ['input', 'agencies'], message: t('chooseAgencyFirst'), code: 'INVALID' }] });
    setBusy(task.id);
    try {
      const r = (await assign({ variables: { input: { id: task.id, expectedVersion: task.version, agencies: [{ agency: choice.agency, role: choice.role }], note: choice.note.trim() || null } } })).data?.taskAssignAgencies;
      if (!r?.task) return setErrors({ ...errors, [task.id]: r?.userErrors ?? [] });
      setErrors({ ...errors, [task.id]: [] });
      setMessage(t('assignedDone', { code: task.code, agency: agencies.find((a) => a.id === choice.agency)?.name ?? '' }));
      await refetch();
    } finally { setBusy(null); }
  };

  return (
    <section>
      <h1>{t('assignTitle')}</h1>
      <p className="lead">{t('assignIntro')}</p>
      <ErrorNote error={round.error ?? error} />
      <div className="search">
        <label>{t('plan')}
          <select value={round.plan?.id ?? ''} onChange={(e) => round.choose({ plan: e.target.value })}>
            {round.plans.map((p) => <option key={p.id} value={p.id}>{p.number} — {p.title.slice(0, 80)}</option>)}
          </select>
        </label>
      </div>
      {message && <p role="status" className="notice">{message} {round.plan && <Link to={`/review?plan=${encodeURIComponent(round.plan.id)}`}>{t('navReview')}</Link>}</p>}
      {(round.loading || loading) && !data && <Loading />}
      {plan && (tasks.length === 0 ? <p className="muted">{t('nothingToAssign')}</p> : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">#</th><th scope="col">{t('tasks')}</th><th scope="col">{t('agency')}</th><th scope="col">{t('agencyRole')}</th><th scope="col">{t('assignNote')}</th><th scope="col"><span className="sr-only">{t('assign')}</span></th></tr></thead>
            <tbody>
              {tasks.map((task) => {
                const choice = choiceOf(task.id);
                const label = `${task.code}. ${task.title}`;
                return (
                  <tr key={task.id} data-task={task.code}>
                    <td>{task.code}</td>
                    <th scope="row">{task.title}{task.titleSource === 'EDITOR' && <span className="badge"> {t('titleSupplied')}</span>}</th>
                    <td>
                      <select aria-label={`${t('agency')}: ${label}`} value={choice.agency} onChange={(e) => setChoice(task.id, { agency: e.target.value })}>
                        <option value="">{t('chooseAgency')}</option>
                        {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
                      </select>
                      <FieldErrors errors={errors[task.id] ?? []} />
                    </td>
                    <td>
                      <select aria-label={`${t('agencyRole')}: ${label}`} value={choice.role} onChange={(e) => setChoice(task.id, { role: e.target.value as AgencyRole })}>
                        {ROLES.map((r) => <option key={r} value={r}>{t(enumKey('agencyRole', r))}</option>)}
                      </select>
                    </td>
                    <td><input aria-label={`${t('assignNote')}: ${label}`} value={choice.note} onChange={(e) => setChoice(task.id, { note: e.target.value })} /></td>
                    <td><button type="button" disabled={busy === task.id} onClick={() => void onAssign(task)}>{t('assign')}</button></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
};

export default AssignPage;
