import { startup } from './boot/startup.js';

// The entry is kept to a few kB so that sign-in, the messages and the first search start at once; React and the tab
// come in their own chunk, which index.html preloads alongside this one (web/vite/preloadFirstPage.ts).
void startup();
void import('./render.js');
