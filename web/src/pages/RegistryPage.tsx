import { useMutation, useQuery } from '@apollo/client';
import { Fragment, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { StartupStage } from '../gql/graphql';
import { ErrorNote, FieldErrors, Loading, type UserErrorLike } from '../components/Feedback';
import { downloadCsv } from '../components/download';
import { enumKey, useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { useSession } from '../session';
import { MentoringPanel } from './MentoringPanel';
import { GapsQuery, MentorCreate, MentorUpdate, MentorsQuery, StartupCreate, StartupDelete, StartupUpdate, StartupsQuery } from './registry-documents';
import { MentorForm, STAGES, StartupForm, type MentorFields, type StartupFields } from './RegistryForms';

type Tab = 'startups' | 'mentors' | 'gaps';
const TABS: readonly Tab[] = ['startups', 'mentors', 'gaps'];

/**
 * The department's registry (Sổ đăng ký): startups and mentors of its province, registered,
 * corrected and removed; each startup's mentoring with the mentors suggested for it; the
 * startups in incubation still without a mentor. The tab and the search live in the URL.
 */
const RegistryPage = () => {
  const { t } = useI18n();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'startups';
  const search = params.get('q') ?? '';
  const stage = (params.get('stage') as StartupStage | null) || null;
  const jurisdiction = session?.jurisdictions[0] ?? '';
  const admin = session?.role === 'PROVINCE_ADMIN';
  const startups = useQuery(StartupsQuery, { variables: { jurisdiction, search: search || null, stage }, skip: !admin || tab !== 'startups', fetchPolicy: 'cache-and-network' });
  const mentors = useQuery(MentorsQuery, { variables: { jurisdiction, search: search || null }, skip: !admin || tab !== 'mentors', fetchPolicy: 'cache-and-network' });
  const gaps = useQuery(GapsQuery, { variables: { jurisdiction }, skip: !admin || tab !== 'gaps', fetchPolicy: 'network-only' });
  const [createStartup] = useMutation(StartupCreate);
  const [updateStartup] = useMutation(StartupUpdate);
  const [deleteStartup] = useMutation(StartupDelete);
  const [createMentor] = useMutation(MentorCreate);
  const [updateMentor] = useMutation(MentorUpdate);
  const [editing, setEditing] = useState<string | null>(null);
  const [mentoring, setMentoring] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [typed, setTyped] = useState(search);

  if (!session || !admin) return <section><h1>{t('registryTitle')}</h1><p>{t('needSignIn')} <Link to="/sign-in">{t('signIn')}</Link></p></section>;

  const go = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) if (v) p.set(k, v); else p.delete(k);
    setParams(p);
    setEditing(null);
    setMentoring(null);
    setErrors([]);
  };
  const done = async (text: string) => {
    setErrors([]);
    setEditing(null);
    setConfirming(null);
    // The message comes with the list as it now is.
    await (tab === 'mentors' ? mentors.refetch() : startups.refetch());
    setMessage(text);
  };
  const saveStartup = async (id: string | null, version: number, f: StartupFields) => {
    const fields = { ...f, sectors: [...f.sectors] };
    const r = id
      ? (await updateStartup({ variables: { input: { id, expectedVersion: version, ...fields } } })).data?.startupUpdate
      : (await createStartup({ variables: { input: { jurisdiction, ...fields, idempotencyKey: `console-startup-${Date.now()}` } } })).data?.startupCreate;
    if (!r?.startup) return setErrors(r?.userErrors ?? []);
    await done(t(id ? 'registrySaved' : 'registryCreated', { name: r.startup.name }));
  };
  const removeStartup = async (s: { id: string; name: string; version: number }) => {
    const r = (await deleteStartup({ variables: { input: { id: s.id, expectedVersion: s.version } } })).data?.startupDelete;
    setConfirming(null);
    if (!r?.deletedId) return setErrors(r?.userErrors ?? []);
    await done(t('registryDeleted', { name: s.name }));
  };
  const saveMentor = async (id: string | null, version: number, f: MentorFields) => {
    const fields = { ...f, expertise: [...f.expertise], sectors: [...f.sectors] };
    const r = id
      ? (await updateMentor({ variables: { input: { id, expectedVersion: version, ...fields } } })).data?.mentorUpdate
      : (await createMentor({ variables: { input: { jurisdiction, ...fields, idempotencyKey: `console-mentor-${Date.now()}` } } })).data?.mentorCreate;
    if (!r?.mentor) return setErrors(r?.userErrors ?? []);
    await done(t(id ? 'registrySaved' : 'registryCreated', { name: r.mentor.name }));
  };
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    go({ q: typed.trim() || null });
  };

  const startupRows = startups.data?.startups.nodes ?? [];
  const mentorRows = mentors.data?.mentors.nodes ?? [];
  const exportCsv = () =>
    tab === 'startups'
      ? downloadCsv(`khoi-nghiep-${jurisdiction}.csv`, [
          [t('name'), t('enterpriseCode'), t('stage'), t('firstRegisteredOn'), t('sectors'), t('commune'), t('activeMentorships')],
          ...startupRows.map((s) => [s.name, s.enterpriseCode ?? '', t(enumKey('stage', s.stage)), formatDate(s.firstRegisteredOn), s.sectors.map((x) => t(enumKey('sector', x))).join('; '), s.commune ?? '', s.mentorships.nodes.length]),
        ])
      : downloadCsv(`co-van-${jurisdiction}.csv`, [
          [t('name'), t('mentorTitle'), t('organisation'), t('expertise'), t('sectors'), t('capacity'), t('freePlaces'), t('mentorAvailable')],
          ...mentorRows.map((m) => [m.name, m.title ?? '', m.organisation ?? '', m.expertise.join('; '), m.sectors.map((x) => t(enumKey('sector', x))).join('; '), m.capacity, m.freePlaces, m.available ? t('yes') : t('no')]),
        ]);

  return (
    <section className="registry">
      <h1>{t('registryTitle')}</h1>
      <p className="lead">{t('registryIntro')}</p>
      <nav className="tabs" aria-label={t('registryTitle')}>
        {TABS.map((x) => <button key={x} type="button" className={x === tab ? 'tab current' : 'tab'} aria-current={x === tab ? 'page' : undefined} onClick={() => go({ tab: x === 'startups' ? null : x, q: null, stage: null })}>{t(`registryTab_${x}` as 'registryTab_startups')}</button>)}
      </nav>
      {message && <p className="notice" role="status">{message}</p>}
      {!editing && <FieldErrors errors={errors} />}

      {tab !== 'gaps' && (
        <div className="inline-form block">
          <form className="inline-form" onSubmit={onSearch} role="search">
            <label>{t('search')}<input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} /></label>
            <button type="submit">{t('search')}</button>
          </form>
          {tab === 'startups' && (
            <>
              <label htmlFor="registry-stage">{t('stage')}</label>
              <select id="registry-stage" value={stage ?? ''} onChange={(e) => go({ stage: e.target.value || null })}>
                <option value="">{t('allStages')}</option>
                {STAGES.map((s) => <option key={s} value={s}>{t(enumKey('stage', s))}</option>)}
              </select>
            </>
          )}
          <button type="button" onClick={() => { setErrors([]); setEditing('new'); }}>{t(tab === 'startups' ? 'startupNew' : 'mentorNew')}</button>
          <button type="button" className="secondary" onClick={exportCsv}>{t('exportCsv')}</button>
        </div>
      )}

      {editing === 'new' && tab === 'startups' && <StartupForm initial={null} errors={errors} saveLabel={t('startupNew')} onSave={(f) => saveStartup(null, 0, f)} onCancel={() => setEditing(null)} />}
      {editing === 'new' && tab === 'mentors' && <MentorForm initial={null} errors={errors} saveLabel={t('mentorNew')} onSave={(f) => saveMentor(null, 0, f)} onCancel={() => setEditing(null)} />}

      {tab === 'startups' && (
        <>
          <ErrorNote error={startups.error} />
          {startups.loading && !startups.data && <Loading />}
          {startups.data && (startupRows.length === 0 ? <p className="muted">{t('registryEmpty')}</p> : (
            <div className="table-wrap">
              <table>
                <thead><tr><th scope="col">{t('name')}</th><th scope="col">{t('stage')}</th><th scope="col">{t('sectors')}</th><th scope="col">{t('commune')}</th><th scope="col">{t('enterpriseCode')}</th><th scope="col" className="num">{t('activeMentorships')}</th><th scope="col"><span className="sr-only">{t('editActions')}</span></th></tr></thead>
                <tbody>
                  {startupRows.map((s) => (
                    <Fragment key={s.id}>
                      <tr data-startup={s.name}>
                        <th scope="row">{s.name}</th>
                        <td>{t(enumKey('stage', s.stage))}</td>
                        <td>{s.sectors.map((x) => t(enumKey('sector', x))).join(', ') || '—'}</td>
                        <td>{s.commune ?? '—'}</td>
                        <td>{s.enterpriseCode ?? '—'}</td>
                        <td className="num">{s.mentorships.nodes.length}</td>
                        <td>
                          <span className="row-actions">
                            <button type="button" className="secondary" onClick={() => { setErrors([]); setEditing(s.id); }}>{t('editN', { name: s.name })}</button>
                            <button type="button" className="secondary" aria-expanded={mentoring === s.id} onClick={() => setMentoring(mentoring === s.id ? null : s.id)}>{t('mentoringN', { name: s.name })}</button>
                            {confirming === s.id
                              ? <><button type="button" onClick={() => void removeStartup(s)}>{t('deleteConfirmN', { name: s.name })}</button><button type="button" className="secondary" onClick={() => setConfirming(null)}>{t('cancel')}</button></>
                              : <button type="button" className="secondary" onClick={() => setConfirming(s.id)}>{t('deleteN', { name: s.name })}</button>}
                          </span>
                        </td>
                      </tr>
                      {editing === s.id && <tr className="editor-row"><td colSpan={7}><StartupForm initial={s} errors={errors} saveLabel={t('save')} onSave={(f) => saveStartup(s.id, s.version, f)} onCancel={() => setEditing(null)} /></td></tr>}
                      {mentoring === s.id && <tr className="editor-row"><td colSpan={7}><MentoringPanel startup={s.id} onChanged={() => void startups.refetch()} /></td></tr>}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
          {startups.data?.startups.pageInfo.hasNextPage && <p className="muted">{t('registryMore')}</p>}
        </>
      )}

      {tab === 'mentors' && (
        <>
          <ErrorNote error={mentors.error} />
          {mentors.loading && !mentors.data && <Loading />}
          {mentors.data && (mentorRows.length === 0 ? <p className="muted">{t('registryEmpty')}</p> : (
            <div className="table-wrap">
              <table>
                <thead><tr><th scope="col">{t('name')}</th><th scope="col">{t('organisation')}</th><th scope="col">{t('expertise')}</th><th scope="col" className="num">{t('freePlaces')}</th><th scope="col">{t('contact')}</th><th scope="col"><span className="sr-only">{t('editActions')}</span></th></tr></thead>
                <tbody>
                  {mentorRows.map((m) => (
                    <Fragment key={m.id}>
                      <tr data-mentor={m.name}>
                        <th scope="row">{m.name}{m.title && <div className="muted">{m.title}</div>}</th>
                        <td>{m.organisation ?? '—'}</td>
                        <td>{m.expertise.join(', ') || '—'}</td>
                        <td className="num">{m.available ? `${m.freePlaces}/${m.capacity}` : t('mentorUnavailable')}</td>
                        <td>{[m.phone, m.email].filter(Boolean).join(' · ') || '—'}</td>
                        <td><button type="button" className="secondary" onClick={() => { setErrors([]); setEditing(m.id); }}>{t('editN', { name: m.name })}</button></td>
                      </tr>
                      {editing === m.id && <tr className="editor-row"><td colSpan={6}><MentorForm initial={m} errors={errors} saveLabel={t('save')} onSave={(f) => saveMentor(m.id, m.version, f)} onCancel={() => setEditing(null)} /></td></tr>}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </>
      )}

      {tab === 'gaps' && (
        <>
          <p>{t('gapsIntro')}</p>
          <ErrorNote error={gaps.error} />
          {gaps.loading && !gaps.data && <Loading />}
          {gaps.data && (gaps.data.mentorshipGaps.length === 0 ? <p className="muted">{t('gapsNone')}</p> : (
            <ul className="gaps">
              {gaps.data.mentorshipGaps.map((g) => (
                <li key={g.startup.id} data-gap={g.startup.name}>
                  <strong>{g.startup.name}</strong> · {g.incubation.incubator.name} · {t('gapSince', { date: formatDate(g.since) })}
                  <button type="button" className="secondary" aria-expanded={mentoring === g.startup.id} onClick={() => setMentoring(mentoring === g.startup.id ? null : g.startup.id)}>{t('mentoringN', { name: g.startup.name })}</button>
                  {mentoring === g.startup.id && <MentoringPanel startup={g.startup.id} onChanged={() => void gaps.refetch()} />}
                </li>
              ))}
            </ul>
          ))}
        </>
      )}
    </section>
  );
};

export default RegistryPage;
