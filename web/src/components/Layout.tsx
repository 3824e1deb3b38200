import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { useI18n, enumKey } from '../i18n/i18n';
import { useSession } from '../session';
import { useConfig } from './useConfig';

/** The frame of every screen: skip link, navigation by role, language switch, sign-in state. */
export const Layout = ({ children }: { children: ReactNode }) => {
  const { t, lang, setLang } = useI18n();
  const { session, signOut } = useSession();
  const config = useConfig();
  return (
    <>
      <a className="skip" href="#main">{t('skipToContent')}</a>
      <header className="top">
        <Link to="/" className="brand">{t('appName')}</Link>
        <nav aria-label={t('appName')}>
          <NavLink to="/" end>{t('navPlans')}</NavLink>
          <NavLink to="/directory">{t('navDirectory')}</NavLink>
          <NavLink to="/national">{t('navNational')}</NavLink>
          {config.explorer && <a href={config.explorer}>{t('navExplorer')}</a>}
        </nav>
        <div className="account">
          <label>
            <span className="sr-only">{t('language')}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'vi')}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
          {session ? (
            <>
              <span className="who">{t('signedInAs', { label: session.label || t(enumKey('role', session.role)) })}</span>
              <button type="button" onClick={signOut}>{t('signOut')}</button>
            </>
          ) : (
            config.auth !== 'none' && <Link to="/sign-in" className="button">{t('signIn')}</Link>
          )}
        </div>
      </header>
      {(session?.role === 'AGENCY' || session?.role === 'PROVINCE_ADMIN') && (
        <nav className="work" aria-label={t('navWork')}>
          {session?.role === 'AGENCY' && <NavLink to="/todo">{t('navTodo')}</NavLink>}
          {session?.role === 'PROVINCE_ADMIN' && <NavLink to="/review">{t('navReview')}</NavLink>}
          {session?.role === 'PROVINCE_ADMIN' && <NavLink to="/assign">{t('navAssign')}</NavLink>}
          {session?.role === 'PROVINCE_ADMIN' && <NavLink to="/registry">{t('navRegistry')}</NavLink>}
          {session?.role === 'PROVINCE_ADMIN' && <NavLink to="/import">{t('navImport')}</NavLink>}
          {session?.role === 'PROVINCE_ADMIN' && <NavLink to="/report">{t('navReport')}</NavLink>}
          {session?.role === 'PROVINCE_ADMIN' && <NavLink to="/keys">{t('navKeys')}</NavLink>}
          {session?.role === 'PROVINCE_ADMIN' && <NavLink to="/users">{t('navUsers')}</NavLink>}
          {session?.role === 'PROVINCE_ADMIN' && <NavLink to="/audit">{t('navAudit')}</NavLink>}
        </nav>
      )}
      <main id="main" tabIndex={-1}>{children}</main>
      <footer className="foot">Ecosystem Graph · {config.stage}</footer>
    </>
  );
};
