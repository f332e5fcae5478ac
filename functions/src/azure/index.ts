import azureFunctions from '@azure/functions';
import { createRoutes } from '../triggers/routes.js';
import { createTimers } from '../triggers/timers.js';
import { LazyServices } from '../wiring/servicesSource.js';
import { staticFile } from '../http/staticFile.js';
import { fileURLToPath } from 'node:url';

// The package is CommonJS; Node's ESM loader cannot see its named exports.
const { app } = azureFunctions;

/**
 * Entry point of the Function App in Azure (package.json "main"). Functions must be registered synchronously
 * at load, so the routes and timers get a holder that builds the services (Cosmos, Graph) on the first call.
 */
// The SDKs behind them (Cosmos, @azure/identity, Graph, jose, the Teams SDK) load with the first request, not with the worker.
const services = new LazyServices(async () => {
  const [{ composeAzure }, { azureAuthenticator }, { createAzureTeamsBot }] = await Promise.all([
    import('../app/composeAzure.js'),
    import('./azureAuthenticator.js'),
    import('./teamsBotFactory.js'),
  ]);
  return composeAzure(process.env, { authenticator: azureAuthenticator(process.env), createBot: createAzureTeamsBot });
});

// host.json sets an empty route prefix so the Function App can serve the tab at "/" too; the API keeps "/api".
for (const route of createRoutes(services)) {
  app.http(route.name, { methods: route.methods, route: `api/${route.route}`, authLevel: 'anonymous', handler: route.handler });
}

const webRoot = fileURLToPath(new URL('../../webroot', import.meta.url));
app.http('tab', {
  methods: ['GET'],
  route: '{*path}',
  authLevel: 'anonymous',
  handler: async (request) => staticFile(webRoot, new URL(request.url).pathname, request.headers.get('accept-encoding') ?? undefined),
});
for (const timer of createTimers(services)) {
  app.timer(timer.name, { schedule: timer.schedule, handler: timer.handler });
}
