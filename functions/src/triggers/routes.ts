import type { RouteDefinition } from '../http/apiRoute.js';
import type { Services } from '../app/services.js';
import type { ServicesSource } from '../wiring/servicesSource.js';
import { botRoutes } from './http/botRoutes.js';
import { caseRoutes } from './http/caseRoutes.js';
import { chatRoutes } from './http/chatRoutes.js';
import { entityRoutes } from './http/entityRoutes.js';
import { documentRoutes } from './http/documentRoutes.js';
import { exchangeRoutes } from './http/exchangeRoutes.js';
import { healthRoutes } from './http/healthRoutes.js';
import { meRoutes } from './http/meRoutes.js';
import { overviewRoutes } from './http/overviewRoutes.js';
import { processingRoutes } from './http/processingRoutes.js';
import { recordSettingsRoutes } from './http/recordSettingsRoutes.js';
import { reportRoutes } from './http/reportRoutes.js';
import { reviewRoutes } from './http/reviewRoutes.js';
import { searchRoutes } from './http/searchRoutes.js';
import { templateRoutes } from './http/templateRoutes.js';
import { thesaurusRoutes } from './http/thesaurusRoutes.js';

/** Every HTTP function, bound to these services; the Azure entry point and the local host register exactly this list. */
export function createRoutes(services: ServicesSource<Services>): RouteDefinition[] {
  return [
    ...healthRoutes(services),
    ...meRoutes(services),
    ...processingRoutes(services),
    ...searchRoutes(services),
    ...overviewRoutes(services),
    ...thesaurusRoutes(services),
    ...entityRoutes(services),
    ...reviewRoutes(services),
    ...chatRoutes(services),
    ...caseRoutes(services),
    ...exchangeRoutes(services),
    ...reportRoutes(services),
    ...documentRoutes(services),
    ...templateRoutes(services),
    ...botRoutes(services),
    ...recordSettingsRoutes(services),
  ];
}
