import { ApolloProvider } from '@apollo/client';
import { lazy, Suspense, useCallback, useMemo, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { createClient } from './api/client';
import type { ConsoleConfig } from './config';
import { Layout } from './components/Layout';
import { I18nProvider } from './i18n/i18n';
import { PlanPage } from './pages/PlanPage';
import { PlansPage } from './pages/PlansPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SessionProvider } from './session';
import { ConfigContext } from './components/useConfig';
import { ROUTES, type RouteName } from './routes';

// Public pages load with the shell; signed-in screens are split out so a citizen's plan page
// downloads none of their code.
const DirectoryPage = lazy(() => import('./pages/DirectoryPage'));
const SignInPage = lazy(() => import('./pages/SignInPage'));
const TodoPage = lazy(() => import('./pages/TodoPage'));
const ReviewPage = lazy(() => import('./pages/ReviewPage'));
const AssignPage = lazy(() => import('./pages/AssignPage'));
const NationalPage = lazy(() => import('./pages/NationalPage'));
const ReportPage = lazy(() => import('./pages/ReportPage'));
const KeysPage = lazy(() => import('./pages/KeysPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const ImportPage = lazy(() => import('./pages/ImportPage'));
const UsersPage = lazy(() => import('./pages/UsersPage'));
const PlanEditPage = lazy(() => import('./pages/PlanEditPage'));
const RegistryPage = lazy(() => import('./pages/RegistryPage'));

const SCREENS: Record<RouteName, ReactNode> = {
  plans: <PlansPage />,
  plan: <PlanPage />,
  planEdit: <PlanEditPage />,
  directory: <DirectoryPage />,
  signIn: <SignInPage />,
  todo: <TodoPage />,
  review: <ReviewPage />,
  assign: <AssignPage />,
  registry: <RegistryPage />,
  national: <NationalPage />,
  report: <ReportPage />,
  keys: <KeysPage />,
  users: <UsersPage />,
  audit: <AuditPage />,
  import: <ImportPage />,
};

export const App = ({ config }: { config: ConsoleConfig }) => {
  const client = useMemo(() => createClient(config.graphqlUrl), [config.graphqlUrl]);
  // A new identity sees nothing cached for the previous one.
  const onSessionChange = useCallback(() => void client.resetStore().catch(() => client.clearStore()), [client]);
  return (
    <ConfigContext.Provider value={config}>
      <I18nProvider>
        <SessionProvider onChange={onSessionChange}>
          <ApolloProvider client={client}>
            <BrowserRouter>
              <Layout>
                <Suspense fallback={<p role="status">…</p>}>
                  <Routes>
                    {(Object.keys(ROUTES) as RouteName[]).map((name) => <Route key={name} path={ROUTES[name].path} element={SCREENS[name]} />)}
                    <Route path="*" element={<NotFoundPage />} />
                  </Routes>
                </Suspense>
              </Layout>
            </BrowserRouter>
          </ApolloProvider>
        </SessionProvider>
      </I18nProvider>
    </ConfigContext.Provider>
  );
};
