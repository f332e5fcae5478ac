import { firstRequestsSent, startup } from './boot/startup.js';

/**
 * Evaluating React and the tab is one long task of the main thread; a request whose turn comes during it waits.
 * So sign-in and the first requests go out first and the server works on them meanwhile, waiting no longer than
 * FIRST_REQUESTS_WAIT_MS (a slow sign-in, Teams' SDK), since the chunks download alongside either way.
 */
const FIRST_REQUESTS_WAIT_MS = 250;

// The entry is kept to a few kB so that sign-in, the messages and the first search start at once; React and the tab
// come in their own chunk, which index.html preloads alongside this one (web/vite/preloadFirstPage.ts).
void startup();
void Promise.race([firstRequestsSent(), new Promise((resolve) => setTimeout(resolve, FIRST_REQUESTS_WAIT_MS))]).then(() => import('./render.js'));
