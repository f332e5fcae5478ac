import { lazy } from 'react';

// Each page is its own chunk, fetched when first shown; the register (the first page) is requested at start-up,
// alongside sign-in, rather than after it.
const registerPage = import('../register/RegisterPage.js');
export const RegisterPage = lazy(() => registerPage.then((m) => ({ default: m.RegisterPage })));
export const ReportPage = lazy(() => import('../report/ReportPage.js').then((m) => ({ default: m.ReportPage })));
export const ReviewPage = lazy(() => import('../review/ReviewPage.js').then((m) => ({ default: m.ReviewPage })));
export const DeadlinesPage = lazy(() => import('../deadlines/DeadlinesPage.js').then((m) => ({ default: m.DeadlinesPage })));
export const BreachLogPage = lazy(() => import('../deadlines/BreachLogPage.js').then((m) => ({ default: m.BreachLogPage })));
export const AuditLogPage = lazy(() => import('../deadlines/AuditLogPage.js').then((m) => ({ default: m.AuditLogPage })));
export const ThesaurusPage = lazy(() => import('../thesaurus/ThesaurusPage.js').then((m) => ({ default: m.ThesaurusPage })));
// The overview carries the chart library; it loads only when a DPO or admin opens it.
export const OverviewPage = lazy(() => import('../overview/OverviewPage.js').then((m) => ({ default: m.OverviewPage })));
export const DocumentsPage = lazy(() => import('../documents/DocumentsPage.js').then((m) => ({ default: m.DocumentsPage })));
export const TemplatesPage = lazy(() => import('../templates/TemplatesPage.js').then((m) => ({ default: m.TemplatesPage })));
export const SystemsPage = lazy(() => import('../entities/SystemsPage.js').then((m) => ({ default: m.SystemsPage })));
export const ProcessorsPage = lazy(() => import('../entities/ProcessorsPage.js').then((m) => ({ default: m.ProcessorsPage })));
export const ExchangePage = lazy(() => import('../exchange/ExchangePage.js').then((m) => ({ default: m.ExchangePage })));
// Local mode only: the simulated Teams chat and the demo-user picker never load in Teams.
export const LocalChatPage = lazy(() => import('../chat/LocalChatPage.js').then((m) => ({ default: m.LocalChatPage })));
export const DemoUserPicker = lazy(() => import('./DemoUserPicker.js').then((m) => ({ default: m.DemoUserPicker })));
// Only Teams' tab configuration shows it; it is the one page that imports teams-js statically, which would otherwise
// put the whole SDK into the first chunk of every plain-browser load.
export const ConfigurePage = lazy(() => import('../teams/ConfigurePage.js').then((m) => ({ default: m.ConfigurePage })));
