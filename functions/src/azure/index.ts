import azureFunctions from '@azure/functions';
import { composeAzure } from '../app/composeAzure.js';
import { configureServices } from '../app/services.js';
import { routes } from '../triggers/routes.js';
import { timers } from '../triggers/timers.js';
import { azureAuthenticator } from './azureAuthenticator.js';

// The package is CommonJS; Node's ESM loader cannot see its named exports.
const { app } = azureFunctions;

/** Entry point of the Function App in Azure (package.json "main"). */
configureServices(() => composeAzure(process.env, { authenticator: azureAuthenticator(process.env) }));

for (const route of routes) {
  app.http(route.name, { methods: route.methods, route: route.route, authLevel: 'anonymous', handler: route.handler });
}
for (const timer of timers) {
  app.timer(timer.name, { schedule: timer.schedule, handler: timer.handler });
}
