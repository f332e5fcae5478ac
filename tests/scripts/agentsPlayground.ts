import { startAgentsPlayground } from '../support/agentsPlayground.js';

/**
 * `npm run playground -- <bot endpoint>`: Microsoft 365 Agents Playground on loopback against the local host's bot,
 * with the demo directory's tenant and users (functions/local/agentsPlayground.yml). `npm start` prints the endpoint.
 */
const endpoint = process.argv[2];
if (!endpoint?.includes('secret=')) {
  console.error('usage: npm run playground -- "<the bot endpoint npm start printed, with ?secret=>"');
  process.exit(2);
}
const playground = await startAgentsPlayground(endpoint, { port: Number(process.env['PLAYGROUND_PORT'] ?? 56150) });
console.log(`Microsoft 365 Agents Playground at ${playground.url}/ (bot: ${new URL(endpoint).origin}${new URL(endpoint).pathname})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void playground.stop().then(() => process.exit(0));
  });
}
