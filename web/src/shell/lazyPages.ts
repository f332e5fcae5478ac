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
export const DocumentsPage = lazy(() => import('../documents/DocumentsPage.js').then((m) => ({ default: m.DocumentsPage })));
export const TemplatesPage = lazy(() => import('../templates/TemplatesPage.js').then((m) => ({ default: m.TemplatesPage })));
export const ExchangePage = lazy(() => import('../exchange/ExchangePage.js').then((m) => ({ default: m.ExchangePage })));
// Local mode only: the simulated Teams chat and the demo-user picker never load in Teams.
export const LocalChatPage = lazy(() => import('../chat/LocalChatPage.js').then((m) => ({ default: m.LocalChatPage })));
export const DemoUserPicker = lazy(() => import('./DemoUserPicker.js').then((m) => ({ default: m.DemoUserPicker })));
