import { ApolloProvider } from '@apollo/client';
import { lazy, Suspense, useCallback, useMemo } from 'react';
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
                    <Route path="/" element={<PlansPage />} />
                    <Route path="/plans/:id" element={<PlanPage />} />
                    <Route path="/plans/:id/edit" element={<PlanEditPage />} />
                    <Route path="/directory" element={<DirectoryPage />} />
                    <Route path="/sign-in" element={<SignInPage />} />
                    <Route path="/todo" element={<TodoPage />} />
                    <Route path="/review" element={<ReviewPage />} />
                    <Route path="/assign" element={<AssignPage />} />
                    <Route path="/national" element={<NationalPage />} />
                    <Route path="/report" element={<ReportPage />} />
                    <Route path="/keys" element={<KeysPage />} />
                    <Route path="/audit" element={<AuditPage />} />
                    <Route path="/import" element={<ImportPage />} />
                    <Route path="/users" element={<UsersPage />} />
                    <Route path="/registry" element={<RegistryPage />} />
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
