import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from './api/hooks';
import { Layout } from './components/Layout';
import { ErrorView, Loading, NotFound } from './components/ui';
import { AuditPage, UsersPage } from './routes/admin';
import { CouncilPage } from './routes/council';
import { EffortEditPage } from './routes/effort-edit';
import { EffortHistoryPage } from './routes/effort-history';
import { EffortPage } from './routes/effort';
import { HomePage } from './routes/home';
import { LoginPage } from './routes/login';
import { OpenFieldsPage } from './routes/open-fields';
import { GoalPage, GoalsPage, OrganisationPage, OrganisationsPage, PeoplePage, PersonPage, PrinciplePage, PrinciplesPage } from './routes/reference';
import { SearchPage } from './routes/search';

// The steering and finance pages share the Zod schemas of src/shared/steering.ts: a separate chunk, loaded when first needed.
const SteeringPage = lazy(() => import('./routes/steering').then((m) => ({ default: m.SteeringPage })));
const SignalsPage = lazy(() => import('./routes/signals').then((m) => ({ default: m.SignalsPage })));
const RisksPage = lazy(() => import('./routes/risks').then((m) => ({ default: m.RisksPage })));
const FinancePage = lazy(() => import('./routes/finance').then((m) => ({ default: m.FinancePage })));
const RoadmapPage = lazy(() => import('./routes/roadmap').then((m) => ({ default: m.RoadmapPage })));
// Tussen Wal en Schip casework: its own chunk (the shared Zod schemas of src/shared/cases.ts).
const CasesPage = lazy(() => import('./routes/cases').then((m) => ({ default: m.CasesPage })));
const CasePage = lazy(() => import('./routes/cases').then((m) => ({ default: m.CasePage })));
const CaseNewPage = lazy(() => import('./routes/case-new').then((m) => ({ default: m.CaseNewPage })));
const CaseDashboardPage = lazy(() => import('./routes/case-dashboard').then((m) => ({ default: m.CaseDashboardPage })));
const LearningPage = lazy(() => import('./routes/case-dashboard').then((m) => ({ default: m.LearningPage })));
const ConferencesPage = lazy(() => import('./routes/case-conferences').then((m) => ({ default: m.ConferencesPage })));
const ConferenceNewPage = lazy(() => import('./routes/case-conferences').then((m) => ({ default: m.ConferenceNewPage })));
const ConferencePage = lazy(() => import('./routes/case-conferences').then((m) => ({ default: m.ConferencePage })));
const SystemSignalsPage = lazy(() => import('./routes/case-signals').then((m) => ({ default: m.SignalsPage })));
const SystemSignalPage = lazy(() => import('./routes/case-signals').then((m) => ({ default: m.SignalPage })));
const TwsBudgetPage = lazy(() => import('./routes/tws-budget').then((m) => ({ default: m.TwsBudgetPage })));
const DependenciesPage = lazy(() => import('./routes/dependencies').then((m) => ({ default: m.DependenciesPage })));
// Monitoring — figures (charts, d3): its own chunks.
const MonitoringPage = lazy(() => import('./routes/monitoring').then((m) => ({ default: m.MonitoringPage })));
const IndicatorPage = lazy(() => import('./routes/monitoring').then((m) => ({ default: m.IndicatorPage })));
const AreaPage = lazy(() => import('./routes/monitoring').then((m) => ({ default: m.AreaPage })));
const ComparePage = lazy(() => import('./routes/monitoring').then((m) => ({ default: m.ComparePage })));
const ImportPage = lazy(() => import('./routes/monitoring-import').then((m) => ({ default: m.ImportPage })));

// Resident voice and theme pages (issue 5): their own chunk (charts, src/shared/voice.ts).
const VoicePage = lazy(() => import('./routes/voice').then((m) => ({ default: m.VoicePage })));
const RoundPage = lazy(() => import('./routes/voice').then((m) => ({ default: m.RoundPage })));
const ThemeCodesPage = lazy(() => import('./routes/voice').then((m) => ({ default: m.ThemeCodesPage })));
const RoundFormPage = lazy(() => import('./routes/voice-forms').then((m) => ({ default: m.RoundFormPage })));
const StoryFormPage = lazy(() => import('./routes/voice-forms').then((m) => ({ default: m.StoryFormPage })));
const ThemesIndexPage = lazy(() => import('./routes/theme').then((m) => ({ default: m.ThemesIndexPage })));
const ThemePageView = lazy(() => import('./routes/theme').then((m) => ({ default: m.ThemePageView })));

function RequireSession({ children }: { children: React.ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorView error={session.error} />;
  if (!session.data) return <Navigate to={`/inloggen?terug=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/inloggen" element={<LoginPage />} />
        <Route path="/" element={<RequireSession><HomePage /></RequireSession>} />
        <Route path="/inspanningen/:id" element={<RequireSession><EffortPage /></RequireSession>} />
        <Route path="/inspanningen/:id/bewerken" element={<RequireSession><EffortEditPage /></RequireSession>} />
        <Route path="/inspanningen/:id/geschiedenis" element={<RequireSession><EffortHistoryPage /></RequireSession>} />
        <Route path="/inspanningen/:id/sturing" element={<RequireSession><SteeringPage /></RequireSession>} />
        <Route path="/signalen" element={<RequireSession><SignalsPage /></RequireSession>} />
        <Route path="/risicos" element={<RequireSession><RisksPage /></RequireSession>} />
        <Route path="/financien" element={<RequireSession><FinancePage /></RequireSession>} />
        <Route path="/roadmap" element={<RequireSession><RoadmapPage /></RequireSession>} />
        <Route path="/afhankelijkheden" element={<RequireSession><DependenciesPage /></RequireSession>} />
        <Route path="/casussen" element={<RequireSession><CasesPage /></RequireSession>} />
        <Route path="/casussen/nieuw" element={<RequireSession><CaseNewPage /></RequireSession>} />
        <Route path="/casussen/:id" element={<RequireSession><CasePage /></RequireSession>} />
        <Route path="/casusoverzicht" element={<RequireSession><CaseDashboardPage /></RequireSession>} />
        <Route path="/leren" element={<RequireSession><LearningPage /></RequireSession>} />
        <Route path="/casusoverleggen" element={<RequireSession><ConferencesPage /></RequireSession>} />
        <Route path="/casusoverleggen/nieuw" element={<RequireSession><ConferenceNewPage /></RequireSession>} />
        <Route path="/casusoverleggen/:id" element={<RequireSession><ConferencePage /></RequireSession>} />
        <Route path="/systeemsignalen" element={<RequireSession><SystemSignalsPage /></RequireSession>} />
        <Route path="/systeemsignalen/:id" element={<RequireSession><SystemSignalPage /></RequireSession>} />
        <Route path="/tws-budget" element={<RequireSession><TwsBudgetPage /></RequireSession>} />
        <Route path="/monitoring" element={<RequireSession><MonitoringPage /></RequireSession>} />
        <Route path="/monitoring/indicatoren/:id" element={<RequireSession><IndicatorPage /></RequireSession>} />
        <Route path="/monitoring/gebieden/:code" element={<RequireSession><AreaPage /></RequireSession>} />
        <Route path="/monitoring/vergelijken" element={<RequireSession><ComparePage /></RequireSession>} />
        <Route path="/monitoring/importeren" element={<RequireSession><ImportPage /></RequireSession>} />
        <Route path="/zoeken" element={<RequireSession><SearchPage /></RequireSession>} />
        <Route path="/open-velden" element={<RequireSession><OpenFieldsPage /></RequireSession>} />
        <Route path="/principes" element={<RequireSession><PrinciplesPage /></RequireSession>} />
        <Route path="/principes/:id" element={<RequireSession><PrinciplePage /></RequireSession>} />
        <Route path="/doelstellingen" element={<RequireSession><GoalsPage /></RequireSession>} />
        <Route path="/doelstellingen/:id" element={<RequireSession><GoalPage /></RequireSession>} />
        <Route path="/organisaties" element={<RequireSession><OrganisationsPage /></RequireSession>} />
        <Route path="/organisaties/:id" element={<RequireSession><OrganisationPage /></RequireSession>} />
        <Route path="/personen" element={<RequireSession><PeoplePage /></RequireSession>} />
        <Route path="/personen/:id" element={<RequireSession><PersonPage /></RequireSession>} />
        <Route path="/raadsvragen" element={<RequireSession><CouncilPage /></RequireSession>} />
        <Route path="/logboek" element={<RequireSession><AuditPage /></RequireSession>} />
        <Route path="/gebruikers" element={<RequireSession><UsersPage /></RequireSession>} />
        <Route path="/stem-van-bewoners" element={<RequireSession><VoicePage /></RequireSession>} />
        <Route path="/stem-van-bewoners/themas" element={<RequireSession><ThemeCodesPage /></RequireSession>} />
        <Route path="/stem-van-bewoners/rondes/nieuw" element={<RequireSession><RoundFormPage /></RequireSession>} />
        <Route path="/stem-van-bewoners/rondes/:id" element={<RequireSession><RoundPage /></RequireSession>} />
        <Route path="/stem-van-bewoners/rondes/:id/bewerken" element={<RequireSession><RoundFormPage /></RequireSession>} />
        <Route path="/stem-van-bewoners/verhalen/nieuw" element={<RequireSession><StoryFormPage /></RequireSession>} />
        <Route path="/stem-van-bewoners/verhalen/:id/bewerken" element={<RequireSession><StoryFormPage /></RequireSession>} />
        <Route path="/thema" element={<RequireSession><ThemesIndexPage /></RequireSession>} />
        <Route path="/thema/:theme" element={<RequireSession><ThemePageView /></RequireSession>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
