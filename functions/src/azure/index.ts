import azureFunctions from '@azure/functions';
import { composeAzure } from '../app/composeAzure.js';
import { createRoutes } from '../triggers/routes.js';
import { createTimers } from '../triggers/timers.js';
import { LazyServices } from '../wiring/servicesSource.js';
import { azureAuthenticator } from './azureAuthenticator.js';
import { staticFile } from '../http/staticFile.js';
import { fileURLToPath } from 'node:url';

// The package is CommonJS; Node's ESM loader cannot see its named exports.
const { app } = azureFunctions;

/**
 * Entry point of the Function App in Azure (package.json "main"). Functions must be registered synchronously
 * at load, so the routes and timers get a holder that builds the services (Cosmos, Graph) on the first call.
 */
const services = new LazyServices(() => composeAzure(process.env, { authenticator: azureAuthenticator(process.env) }));

// host.json sets an empty route prefix so the Function App can serve the tab at "/" too; the API keeps "/api".
for (const route of createRoutes(services)) {
  app.http(route.name, { methods: route.methods, route: `api/${route.route}`, authLevel: 'anonymous', handler: route.handler });
}

const webRoot = fileURLToPath(new URL('../../webroot', import.meta.url));
app.http('tab', {
  methods: ['GET'],
  route: '{*path}',
  authLevel: 'anonymous',
  handler: async (request) => staticFile(webRoot, new URL(request.url).pathname),
});
for (const timer of createTimers(services)) {
  app.timer(timer.name, { schedule: timer.schedule, handler: timer.handler });
}
