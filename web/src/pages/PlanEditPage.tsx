import { useMutation, useQuery } from '@apollo/client';
import { Fragment, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { PlanOutcome } from '../gql/graphql';
import { ErrorNote, FieldErrors, Loading, type UserErrorLike } from '../components/Feedback';
import { enumKey, useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import {
  EMPTY, amendmentInput, diffRows, isEmpty, nextCode, taskFieldsInput, withTargetChange, withTaskChange, withoutTargetChange, withoutTaskChange,
  type Pending, type Role, type TaskFieldsDraft, type TaskState,
} from './amendment';
import { EditionsPanel } from './EditionsPanel';
import { PlanAmend, PlanClose, PlanEditQuery, PlanPublish, TargetSet, TaskCreate, TaskDelete, TaskUpdate } from './plan-edit-documents';
import { TaskEditor } from './TaskEditor';

const OUTCOMES: readonly PlanOutcome[] = ['COMPLETED', 'PARTIALLY_COMPLETED', 'NOT_COMPLETED'];
const BLANK: TaskFieldsDraft = { title: '', timeline: '', agencies: [], outputs: [] };

/** Pending amendment changes survive a reload or an expired sign-in: kept per plan until recorded. */
const storageKey = (plan: string) => `eg.amendment.${plan}`;
const readPending = (plan: string): Pending => {
  try {
    const raw = localStorage.getItem(storageKey(plan));
    return raw ? (JSON.parse(raw) as Pending) : EMPTY;
  } catch {
    return EMPTY;
  }
};

type Editing = { kind: 'task'; id: string } | { kind: 'new'; code: string } | { kind: 'target'; indicator: string; year: number | null } | null;

/**
 * The department's plan editor. A draft is changed directly (each save is a mutation) and then
 * published; a published plan's changes are gathered into one amendment, shown side by side
 * (now | after) and recorded with a reason and the amending decision (planAmend), so every
 * change is in an edition; a plan is closed with its outcome. Closed plans are read-only.
 */
const PlanEditPage = () => {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { session } = useSession();
  const jurisdiction = session?.jurisdictions[0] ?? '';
  const { data, loading, error, refetch } = useQuery(PlanEditQuery, { variables: { id, jurisdiction }, skip: !session, fetchPolicy: 'cache-and-network' });
  const [updateTask] = useMutation(TaskUpdate);
  const [createTask] = useMutation(TaskCreate);
  const [deleteTask] = useMutation(TaskDelete);
  const [setTarget] = useMutation(TargetSet);
  const [publish] = useMutation(PlanPublish);
  const [amend] = useMutation(PlanAmend);
  const [close] = useMutation(PlanClose);
  const [editing, setEditing] = useState<Editing>(null);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [pending, setPending] = useState<Pending>(() => readPending(id));
  const [amendForm, setAmendForm] = useState({ note: '', decision: '' });
  const [closeForm, setCloseForm] = useState<{ outcome: PlanOutcome; summary: string; confirming: boolean }>({ outcome: 'COMPLETED', summary: '', confirming: false });
  const [targetText, setTargetText] = useState({ year: '', text: '' });
  const [newParent, setNewParent] = useState('');
  const [refreshKey, setRefreshKey] = useState(0);
  useEffect(() => {
    if (isEmpty(pending)) localStorage.removeItem(storageKey(id));
    else localStorage.setItem(storageKey(id), JSON.stringify(pending));
  }, [id, pending]);

  const plan = data?.node?.__typename === 'Plan' ? data.node : null;
  const agencies = data?.agencies.nodes ?? [];
  const tasks: TaskState[] = useMemo(
    () => (plan?.tasks.nodes ?? []).map((task) => ({
      id: task.id,
      code: task.code,
      title: task.title,
      timeline: task.timeline?.text ?? '',
      agencies: task.agencies.map((a) => ({ agency: a.agency.id, role: a.role as Role })),
      outputs: task.outputs.map((o) => ({ text: o.text, quantity: o.quantity ?? null, unit: o.unit ?? null })),
    })),
    [plan],
  );
  const rows = useMemo(() => diffRows(pending, {
    tasks,
    indicators: plan?.indicators.nodes ?? [],
    agencyName: (agency) => agencies.find((a) => a.id === agency)?.name ?? agency,
    roleName: (role) => t(enumKey('agencyRole', role)),
  }), [pending, tasks, plan, agencies, t]);

  if (!session || session.role !== 'PROVINCE_ADMIN') return <section><h1>{t('editTitle')}</h1><p>{t('needSignIn')} <Link to="/sign-in">{t('signIn')}</Link></p></section>;
  if (loading && !data) return <Loading />;
  if (!plan) return error ? <ErrorNote error={error} /> : <section><h1>{t('notFound')}</h1><Link to="/">{t('backHome')}</Link></section>;
  if (!session.jurisdictions.includes(plan.jurisdiction.code)) return <section><h1>{t('editTitle')}</h1><p>{t('editNotYours')}</p></section>;

  const draft = plan.status === 'DRAFT';
  const published = plan.status === 'PUBLISHED';
  const changedTask = (taskId: string) => pending.tasks.find((c) => c.kind !== 'add' && c.task === taskId);

  /** A refusal: CONFLICT offers to read the plan again (what was typed stays). */
  const refused = (list: readonly UserErrorLike[]) => {
    setErrors(list);
    setConflict(list.some((e) => e.code === 'CONFLICT'));
    setMessage(null);
  };
  const done = async (text: string) => {
    setErrors([]);
    setConflict(false);
    setEditing(null);
    setMessage(text);
    await refetch();
    setRefreshKey((k) => k + 1);
  };

  const saveTask = async (task: TaskState & { version: number }, fields: TaskFieldsDraft) => {
    if (published) {
      setPending(withTaskChange(pending, { kind: 'edit', task: task.id, fields }));
      setEditing(null);
      return setMessage(t('amendQueued', { code: task.code }));
    }
    const r = (await updateTask({ variables: { input: { id: task.id, expectedVersion: task.version, ...taskFieldsInput(fields) } } })).data?.taskUpdate;
    if (!r?.task) return refused(r?.userErrors ?? []);
    await done(t('taskSaved', { code: task.code }));
  };
  const addTask = async (code: string, fields: TaskFieldsDraft) => {
    if (!code.trim()) return refused([{ field: ['input', 'code'], message: t('required'), code: 'INVALID' }]);
    if (published) {
      setPending(withTaskChange(pending, { kind: 'add', code: code.trim(), fields }));
      setEditing(null);
      return setMessage(t('amendQueued', { code }));
    }
    const r = (await createTask({ variables: { input: { plan: plan.id, code: code.trim(), ...taskFieldsInput(fields), idempotencyKey: `console-${plan.id}-${code.trim()}-${Date.now()}` } } })).data?.taskCreate;
    if (!r?.task) return refused(r?.userErrors ?? []);
    await done(t('taskSaved', { code }));
  };
  const removeTask = async (task: { id: string; code: string; version: number }) => {
    if (published) {
      setPending(withTaskChange(pending, { kind: 'delete', task: task.id }));
      return setMessage(t('amendQueued', { code: task.code }));
    }
    const r = (await deleteTask({ variables: { input: { id: task.id, expectedVersion: task.version } } })).data?.taskDelete;
    if (!r?.deletedTaskId) return refused(r?.userErrors ?? []);
    await done(t('taskDeleted', { code: task.code }));
  };
  const saveTarget = async (indicator: { id: string; code: string; version: number }, yearText: string, text: string, e: FormEvent) => {
    e.preventDefault();
    const year = Number.parseInt(yearText, 10);
    if (!Number.isInteger(year) || year < 1900 || year > 2200) return refused([{ field: ['input', 'year'], message: t('yearInvalid'), code: 'INVALID' }]);
    if (!text.trim()) return refused([{ field: ['input', 'text'], message: t('required'), code: 'INVALID' }]);
    if (published) {
      setPending(withTargetChange(pending, { indicator: indicator.id, year, text }));
      setEditing(null);
      return setMessage(t('amendQueued', { code: `${indicator.code} · ${year}` }));
    }
    const r = (await setTarget({ variables: { input: { id: indicator.id, expectedVersion: indicator.version, year, text: text.trim() } } })).data?.targetSet;
    if (!r?.indicator) return refused(r?.userErrors ?? []);
    await done(t('targetSaved', { code: indicator.code, year: String(year) }));
  };
  const onPublish = async () => {
    const r = (await publish({ variables: { input: { id: plan.id, expectedVersion: plan.version } } })).data?.planPublish;
    if (!r?.plan) return refused(r?.userErrors ?? []);
    await done(t('planPublishedNow'));
  };
  const onAmend = async (e: FormEvent) => {
    e.preventDefault();
    if (!amendForm.note.trim()) return refused([{ field: ['input', 'note'], message: t('amendNoteNeeded'), code: 'INVALID' }]);
    const input = { id: plan.id, expectedVersion: plan.version, note: amendForm.note.trim(), ...(amendForm.decision.trim() ? { decision: amendForm.decision.trim() } : {}), ...amendmentInput(pending) };
    const r = (await amend({ variables: { input } })).data?.planAmend;
    if (!r?.edition) return refused(r?.userErrors ?? []);
    setPending(EMPTY);
    setAmendForm({ note: '', decision: '' });
    await done(t('amendRecorded', { n: String(r.edition.edition) }));
  };
  const onClose = async (e: FormEvent) => {
    e.preventDefault();
    if (!closeForm.confirming) return setCloseForm({ ...closeForm, confirming: true });
    const r = (await close({ variables: { input: { id: plan.id, expectedVersion: plan.version, outcome: closeForm.outcome, ...(closeForm.summary.trim() ? { summary: closeForm.summary.trim() } : {}) } } })).data?.planClose;
    if (!r?.plan) return refused(r?.userErrors ?? []);
    setCloseForm({ ...closeForm, confirming: false });
    await done(t('planClosedNow'));
  };

  const saveLabel = published ? t('amendAdd') : t('save');
  const parents = tasks.filter((task) => !task.code.includes('.'));

  return (
    <article className="plan plan-edit">
      <p className="eyebrow">{plan.jurisdiction.name} · {plan.number} · <span className={`badge status-${plan.status}`}>{t(enumKey('planStatus', plan.status))}</span> · {t('editionN', { n: String(plan.edition) })}</p>
      <h1>{t('editTitle')}: {plan.title}</h1>
      <p className="lead">{t(draft ? 'editIntroDraft' : published ? 'editIntroPublished' : 'editIntroClosed')}</p>
      <p className="row-actions"><Link to={`/plans/${encodeURIComponent(plan.id)}`}>{t('editBack')}</Link><Link to={`/audit?entity=${encodeURIComponent(plan.id)}`}>{t('auditLink')}</Link></p>
      <ErrorNote error={error} />
      {message && <p className="notice" role="status">{message}</p>}
      {conflict && (
        <div className="notice" role="alert">
          <p>{t('conflict')}</p>
          <button type="button" onClick={() => void refetch().then(() => { setConflict(false); setErrors([]); })}>{t('reloadKeep')}</button>
        </div>
      )}
      {!editing && <FieldErrors errors={errors} />}

      <section className="block" aria-labelledby="edit-tasks">
        <h2 id="edit-tasks">{t('tasks')} ({tasks.length})</h2>
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">#</th><th scope="col">{t('tasks')}</th><th scope="col">{t('taskAgencies')}</th><th scope="col">{t('timeline')}</th><th scope="col"><span className="sr-only">{t('editActions')}</span></th></tr></thead>
            <tbody>
              {(plan.tasks.nodes).map((node) => {
                const task = tasks.find((x) => x.id === node.id)!;
                const change = changedTask(node.id);
                const shown = change?.kind === 'edit' ? change.fields : task;
                return (
                  <Fragment key={node.id}>
                  <tr data-task={node.code} className={change ? 'pending' : undefined}>
                    <td>{node.code}</td>
                    <th scope="row">
                      {change?.kind === 'delete' ? <del>{node.title}</del> : shown.title}
                      {change && <span className="badge state-SUBMITTED"> {t(change.kind === 'delete' ? 'pendingDelete' : 'pendingEdit')}</span>}
                    </th>
                    <td>{shown.agencies.length ? shown.agencies.map((a) => `${agencies.find((x) => x.id === a.agency)?.name ?? a.agency} (${t(enumKey('agencyRole', a.role))})`).join('; ') : <span className="muted">{t('unassigned')}</span>}</td>
                    <td>{shown.timeline || '—'}</td>
                    <td>
                      {plan.status !== 'CLOSED' && (
                        <span className="row-actions">
                          <button type="button" className="secondary" onClick={() => { setErrors([]); setEditing({ kind: 'task', id: node.id }); }}>{t('editTaskN', { code: node.code })}</button>
                          {change?.kind !== 'delete' && <button type="button" className="secondary" onClick={() => void removeTask(node)}>{t('deleteTaskN', { code: node.code })}</button>}
                          {change && <button type="button" className="secondary" onClick={() => setPending(withoutTaskChange(pending, node.id))}>{t('undoN', { code: node.code })}</button>}
                        </span>
                      )}
                    </td>
                  </tr>
                  {editing?.kind === 'task' && editing.id === node.id && (
                    <tr className="editor-row"><td colSpan={5}>
                      <TaskEditor initial={shown} agencies={agencies} errors={errors} saveLabel={saveLabel} onSave={(fields) => saveTask({ ...task, version: node.version }, fields)} onCancel={() => setEditing(null)} />
                    </td></tr>
                  )}
                  </Fragment>
                );
              })}
              {pending.tasks.filter((c) => c.kind === 'add').map((c) => c.kind === 'add' && (
                <tr key={`new:${c.code}`} data-task={c.code} className="pending">
                  <td>{c.code}</td>
                  <th scope="row">{c.fields.title}<span className="badge state-SUBMITTED"> {t('pendingAdd')}</span></th>
                  <td>{c.fields.agencies.map((a) => agencies.find((x) => x.id === a.agency)?.name ?? a.agency).join('; ') || '—'}</td>
                  <td>{c.fields.timeline || '—'}</td>
                  <td><button type="button" className="secondary" onClick={() => setPending(withoutTaskChange(pending, `new:${c.code}`))}>{t('undoN', { code: c.code })}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {plan.status !== 'CLOSED' && (editing?.kind === 'new' ? (
          <TaskEditor
            initial={BLANK}
            agencies={agencies}
            errors={errors}
            code={editing.code}
            onCode={(code) => setEditing({ kind: 'new', code })}
            saveLabel={saveLabel}
            onSave={(fields) => addTask(editing.code, fields)}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <div className="inline-form block">
            <label>{t('newTaskUnder')}
              <select value={newParent} onChange={(e) => setNewParent(e.target.value)}>
                <option value="">{t('newTaskTop')}</option>
                {parents.map((p) => <option key={p.id} value={p.code}>{p.code}. {p.title.slice(0, 60)}</option>)}
              </select>
            </label>
            <button type="button" onClick={() => {
              setErrors([]);
              setEditing({ kind: 'new', code: nextCode([...tasks.map((x) => x.code), ...pending.tasks.flatMap((c) => (c.kind === 'add' ? [c.code] : []))], newParent) });
            }}>{t('newTask')}</button>
          </div>
        ))}
      </section>

      <section className="block" aria-labelledby="edit-indicators">
        <h2 id="edit-indicators">{t('indicators')} ({plan.indicators.nodes.length})</h2>
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">#</th><th scope="col">{t('indicators')}</th><th scope="col">{t('targets')}</th><th scope="col"><span className="sr-only">{t('editActions')}</span></th></tr></thead>
            <tbody>
              {plan.indicators.nodes.map((ind) => (
                <tr key={ind.id} data-indicator={ind.code}>
                  <td>{ind.code}</td>
                  <th scope="row">{ind.name}{ind.unit && <span className="muted"> ({ind.unit})</span>}</th>
                  <td>
                    <ul className="targets">
                      {ind.targets.map((x) => {
                        const change = pending.targets.find((c) => c.indicator === ind.id && c.year === x.year);
                        return <li key={x.year} data-year={x.year}><strong>{x.year}:</strong> {change ? <><del>{x.text}</del> → <ins>{change.text}</ins></> : x.text}</li>;
                      })}
                      {pending.targets.filter((c) => c.indicator === ind.id && !ind.targets.some((x) => x.year === c.year)).map((c) => <li key={c.year} data-year={c.year}><strong>{c.year}:</strong> <ins>{c.text}</ins></li>)}
                    </ul>
                    {editing?.kind === 'target' && editing.indicator === ind.id && (
                      <form className="inline-form" onSubmit={(e) => void saveTarget(ind, targetText.year, targetText.text, e)}>
                        <label>{t('targetYear')}<input name="year" inputMode="numeric" size={5} value={targetText.year} onChange={(e) => setTargetText({ ...targetText, year: e.target.value })} autoFocus /></label>
                        <label>{t('targetText')} <span className="muted">{t('targetHint')}</span><input name="text" value={targetText.text} onChange={(e) => setTargetText({ ...targetText, text: e.target.value })} /></label>
                        <button type="submit">{saveLabel}</button>
                        <button type="button" className="secondary" onClick={() => setEditing(null)}>{t('cancel')}</button>
                        <FieldErrors errors={errors} />
                      </form>
                    )}
                  </td>
                  <td>
                    {plan.status !== 'CLOSED' && (
                      <button type="button" className="secondary" onClick={() => {
                        const last = ind.targets[ind.targets.length - 1];
                        setErrors([]);
                        setTargetText({ year: last ? String(last.year) : '', text: last?.text ?? '' });
                        setEditing({ kind: 'target', indicator: ind.id, year: last?.year ?? null });
                      }}>{t('editTargetsN', { code: ind.code })}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {published && (
        <section className="block amendment" aria-labelledby="amendment">
          <h2 id="amendment">{t('amendTitle')}</h2>
          {rows.length === 0 ? <p className="muted">{t('amendEmpty')}</p> : (
            <>
              <div className="table-wrap">
                <table className="diff">
                  <caption>{t('amendCaption', { count: String(rows.length) })}</caption>
                  <thead><tr><th scope="col">{t('diffWhere')}</th><th scope="col">{t('diffBefore')}</th><th scope="col">{t('diffAfter')}</th></tr></thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.key} data-change={r.key}>
                        <th scope="row">{r.subject} · {t(`diffField_${r.field}` as 'diffField_title')}</th>
                        <td className="before">{r.before ?? '—'}</td>
                        <td className="after">{r.after ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <form className="report-form" onSubmit={(e) => void onAmend(e)}>
                <label>{t('amendNote')}<textarea name="note" rows={2} value={amendForm.note} onChange={(e) => setAmendForm({ ...amendForm, note: e.target.value })} /></label>
                <FieldErrors errors={errors} field="note" />
                <label>{t('amendDecision')} <span className="muted">{t('amendDecisionHint')}</span><input name="decision" value={amendForm.decision} onChange={(e) => setAmendForm({ ...amendForm, decision: e.target.value })} /></label>
                <FieldErrors errors={errors} field="decision" />
                <div className="row-actions">
                  <button type="submit">{t('amendRecord')}</button>
                  <button type="button" className="secondary" onClick={() => setPending(EMPTY)}>{t('amendDiscard')}</button>
                </div>
              </form>
            </>
          )}
          {pending.targets.length > 0 && (
            <p className="muted">{pending.targets.map((c) => (
              <button key={`${c.indicator}|${c.year}`} type="button" className="link" onClick={() => setPending(withoutTargetChange(pending, c.indicator, c.year))}>
                {t('undoN', { code: `${plan.indicators.nodes.find((i) => i.id === c.indicator)?.code ?? ''} · ${c.year}` })}
              </button>
            ))}</p>
          )}
        </section>
      )}

      {draft && (
        <section className="block" aria-labelledby="publish">
          <h2 id="publish">{t('publishTitle')}</h2>
          <p>{t('publishIntro')}</p>
          <button type="button" onClick={() => void onPublish()}>{t('publish')}</button>
        </section>
      )}

      {published && (
        <section className="block" aria-labelledby="close-plan">
          <h2 id="close-plan">{t('closeTitle')}</h2>
          <form className="report-form" onSubmit={(e) => void onClose(e)}>
            <label>{t('closeOutcome')}
              <select name="outcome" value={closeForm.outcome} onChange={(e) => setCloseForm({ ...closeForm, outcome: e.target.value as PlanOutcome, confirming: false })}>
                {OUTCOMES.map((o) => <option key={o} value={o}>{t(enumKey('outcome', o))}</option>)}
              </select>
            </label>
            <label>{t('closeSummary')}<textarea name="summary" rows={3} value={closeForm.summary} onChange={(e) => setCloseForm({ ...closeForm, summary: e.target.value })} /></label>
            <div className="row-actions">
              <button type="submit">{closeForm.confirming ? t('closeConfirm', { number: plan.number }) : t('closePlan')}</button>
              {closeForm.confirming && <button type="button" className="secondary" onClick={() => setCloseForm({ ...closeForm, confirming: false })}>{t('cancel')}</button>}
            </div>
          </form>
        </section>
      )}

      {/* Remounted after each change, so the list and the comparison are read again. */}
      <EditionsPanel key={refreshKey} plan={plan.id} latest={plan.edition} />
    </article>
  );
};

export default PlanEditPage;
