import { createElement, lazy, type ComponentType } from 'react';
import { allMessagesLoaded } from '../i18n/messages.js';

/**
 * A page beyond the first screen: its chunk, the messages the first screen did not load and the focus manager
 * (FocusManager.tsx), fetched together.
 */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [Page, { FocusManager }] = await Promise.all([load(), import('./FocusManager.js'), allMessagesLoaded()]);
    const Managed = (props: P) => createElement(FocusManager, null, createElement(Page, props));
    return { default: Managed };
  });
}

// Each page is its own chunk, fetched when first shown. The register, the first screen of nearly every start, is
// part of the app's own chunk: as a lazy chunk it was split into many small shared chunks, which gzip worse.
export { RegisterPage } from '../register/RegisterPage.js';
export const ReportPage = page(() => import('../report/ReportPage.js').then((m) => m.ReportPage));
export const ReviewPage = page(() => import('../review/ReviewPage.js').then((m) => m.ReviewPage));
export const DeadlinesPage = page(() => import('../deadlines/DeadlinesPage.js').then((m) => m.DeadlinesPage));
export const BreachLogPage = page(() => import('../deadlines/BreachLogPage.js').then((m) => m.BreachLogPage));
export const AuditLogPage = page(() => import('../deadlines/AuditLogPage.js').then((m) => m.AuditLogPage));
export const ThesaurusPage = page(() => import('../thesaurus/ThesaurusPage.js').then((m) => m.ThesaurusPage));
// The overview carries the chart library; it loads only when a DPO or admin opens it.
export const OverviewPage = page(() => import('../overview/OverviewPage.js').then((m) => m.OverviewPage));
export const DocumentsPage = page(() => import('../documents/DocumentsPage.js').then((m) => m.DocumentsPage));
export const TemplatesPage = page(() => import('../templates/TemplatesPage.js').then((m) => m.TemplatesPage));
export const SystemsPage = page(() => import('../entities/SystemsPage.js').then((m) => m.SystemsPage));
export const ProcessorsPage = page(() => import('../entities/ProcessorsPage.js').then((m) => m.ProcessorsPage));
export const ExchangePage = page(() => import('../exchange/ExchangePage.js').then((m) => m.ExchangePage));
// Local mode only: the simulated Teams chat and the demo-user picker never load in Teams.
export const LocalChatPage = page(() => import('../chat/LocalChatPage.js').then((m) => m.LocalChatPage));
export const DemoUserPicker = lazy(() => import('./DemoUserPicker.js').then((m) => ({ default: m.DemoUserPicker })));
// Only Teams' tab configuration shows it; it is the one page that imports teams-js statically, which would otherwise
// put the whole SDK into the first chunk of every plain-browser load.
export const ConfigurePage = page(() => import('../teams/ConfigurePage.js').then((m) => m.ConfigurePage));
