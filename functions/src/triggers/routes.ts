import type { RouteDefinition } from '../http/apiRoute.js';
import { chatRoutes } from './http/chatRoutes.js';
import { healthRoutes } from './http/healthRoutes.js';
import { processingRoutes } from './http/processingRoutes.js';

/** Every HTTP function; the Azure entry point and the local host register exactly this list. */
export const routes: RouteDefinition[] = [...healthRoutes, ...processingRoutes, ...chatRoutes];
