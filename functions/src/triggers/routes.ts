import type { RouteDefinition } from '../http/apiRoute.js';
import { botRoutes } from './http/botRoutes.js';
import { caseRoutes } from './http/caseRoutes.js';
import { chatRoutes } from './http/chatRoutes.js';
import { exchangeRoutes } from './http/exchangeRoutes.js';
import { healthRoutes } from './http/healthRoutes.js';
import { meRoutes } from './http/meRoutes.js';
import { processingRoutes } from './http/processingRoutes.js';
import { reviewRoutes } from './http/reviewRoutes.js';
import { searchRoutes } from './http/searchRoutes.js';

/** Every HTTP function; the Azure entry point and the local host register exactly this list. */
export const routes: RouteDefinition[] = [...healthRoutes, ...meRoutes, ...processingRoutes, ...searchRoutes, ...reviewRoutes, ...chatRoutes, ...caseRoutes, ...exchangeRoutes, ...botRoutes];
