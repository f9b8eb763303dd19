// Routes: the public portal (no sign-in) under /cong-khai, every other page behind sign-in. The dashboard, the maps
// and the charts (the heavy libraries) load as their own chunks.
import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SessionProvider, useSession } from '../auth/session.tsx';
import { LoginPage } from '../auth/login-page.tsx';
import { Layout } from './layout.tsx';
import { PeopleSearchPage } from '../people/search-page.tsx';
import { PersonPage } from '../people/person-page.tsx';
import { ImportsPage } from '../imports/imports-page.tsx';
import { ReportsPage } from '../reports/reports-page.tsx';
import { DraftPage } from '../reports/draft-page.tsx';
import { PeriodPage } from '../reports/period-page.tsx';
import { ReviewPage } from '../reports/review-page.tsx';
import { QuarantinePage } from '../quarantine/quarantine-page.tsx';
import { ClustersPage } from '../tracing/clusters-page.tsx';
import { TasksPage } from '../command/tasks-page.tsx';
import { DirectivesPage } from '../command/directives-page.tsx';
import { SuppliesPage } from '../command/supplies-page.tsx';
import { FundsPage } from '../command/funds-page.tsx';
import { SupportPage } from '../command/support-page.tsx';
import { DecisionsPage, MeasuresPage } from '../zoning/orders-page.tsx';
import { ZoningRulesPage } from '../zoning/rules-page.tsx';
import { EntryPage } from '../entry/entry-page.tsx';
import { CohortPage } from '../entry/cohort-page.tsx';
import { ResidentsPage } from '../residents/residents-page.tsx';
import { TestingPage } from '../testing/testing-page.tsx';
import { VaccinationPage } from '../vaccination/vaccination-page.tsx';
import { VerifyPage } from '../vaccination/verify-page.tsx';
import { PortalSettingsPage } from '../portal/settings-page.tsx';
import { PORTAL_PATH } from '../portal/portal-path.ts';

const ZoningMapPage = lazy(() => import('../zoning/zoning-map-page.tsx').then((m) => ({ default: m.ZoningMapPage })));
const DashboardPage = lazy(() => import('../reports/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })));
const TreatmentPage = lazy(() => import('../treatment/treatment-page.tsx').then((m) => ({ default: m.TreatmentPage })));
const PortalPage = lazy(() => import('../portal/portal-page.tsx').then((m) => ({ default: m.PortalPage })));
const CapacityPage = lazy(() => import('../treatment/capacity-page.tsx').then((m) => ({ default: m.CapacityPage })));

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}

function NotFound() {
  const { t } = useTranslation();
  return <p>{t('app.notFound')}</p>;
}

/** Moves focus to the page on navigation, so keyboard and screen-reader users start at the new content. */
function FocusOnNavigate() {
  const { pathname } = useLocation();
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}

function SignedIn() {
  const { me, can } = useSession();
  if (me === undefined) return <Loading />;
  if (me === null) return <LoginPage />;
  return (
    <Layout>
      <FocusOnNavigate />
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={can('reports.read') ? <DashboardPage /> : <Navigate to="/people" replace />} />
          <Route path="/people" element={<PeopleSearchPage />} />
          <Route path="/people/:ref" element={<PersonPage />} />
          <Route path="/imports" element={<ImportsPage />} />
          <Route path="/reports" element={<ReportsPage />} />
          <Route path="/reports/drafts/:id" element={<DraftPage />} />
          <Route path="/reports/period" element={<PeriodPage />} />
          <Route path="/reports/review" element={<ReviewPage />} />
          <Route path="/reports/residents" element={<ResidentsPage />} />
          <Route path="/quarantine" element={<QuarantinePage />} />
          <Route path="/clusters" element={<ClustersPage />} />
          <Route path="/command" element={<Navigate to="/command/tasks" replace />} />
          <Route path="/command/tasks" element={<TasksPage />} />
          <Route path="/command/directives" element={<DirectivesPage />} />
          <Route path="/command/supplies" element={<SuppliesPage />} />
          <Route path="/command/funds" element={<FundsPage />} />
          <Route path="/command/support" element={<SupportPage />} />
          <Route path="/zoning" element={<ZoningMapPage />} />
          <Route path="/zoning/decisions" element={<DecisionsPage />} />
          <Route path="/zoning/measures" element={<MeasuresPage />} />
          <Route path="/zoning/rules" element={<ZoningRulesPage />} />
          <Route path="/entry" element={<EntryPage />} />
          <Route path="/entry/cohorts" element={<CohortPage />} />
          <Route path="/testing" element={<TestingPage />} />
          <Route path="/vaccination" element={<VaccinationPage />} />
          <Route path="/vaccination/verify" element={<VerifyPage />} />
          <Route path="/treatment" element={<TreatmentPage />} />
          <Route path="/treatment/capacity" element={<CapacityPage />} />
          <Route path="/portal" element={<PortalSettingsPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route
          path={`${PORTAL_PATH}/*`}
          element={
            <Suspense fallback={<Loading />}>
              <FocusOnNavigate />
              <PortalPage />
            </Suspense>
          }
        />
        <Route
          path="*"
          element={
            <SessionProvider>
              <SignedIn />
            </SessionProvider>
          }
        />
      </Routes>
    </BrowserRouter>
  );
}
