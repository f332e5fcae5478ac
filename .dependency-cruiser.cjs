/**
 * Boundaries of the workspaces (issue #11): the domain stays pure, the clients (tab, Teams app package) never
 * reach into the Function App, HTTP/timer triggers reach the store only through app/ use cases and ports, and
 * no file-level import cycles anywhere. Folder-level cycles are checked by tools/folderCycles.ts on top of this.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-no-node-builtins',
      comment: 'packages/domain runs in the Function App and in the tab: no Node built-ins (node:crypto, node:fs …).',
      severity: 'error',
      from: { path: '^packages/domain/src', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-imports-only-itself',
      comment: 'packages/domain imports nothing but its own modules and @noble/hashes: no adapters, no @azure/*, no functions/ or web/ code.',
      severity: 'error',
      from: { path: '^packages/domain/src', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypesNot: ['core'], pathNot: '^(packages/domain/src/|node_modules/@noble/hashes/)' },
    },
    {
      name: 'clients-not-functions',
      comment: 'web/ and teams-app/ share code with the Function App only through @prt/domain.',
      severity: 'error',
      from: { path: '^(web|teams-app)/' },
      to: { path: '^functions/' },
    },
    {
      name: 'triggers-not-store',
      comment: 'Triggers go through app/ use cases and ports; the Cosmos/embedded adapters are wired in app/services.',
      severity: 'error',
      from: { path: '^functions/src/triggers/' },
      to: { path: ['^functions/src/store/', '^node_modules/@azure/cosmos/', '^node_modules/@vercel/cosmosdb-server/'] },
    },
    {
      name: 'no-circular',
      comment: 'File-level import cycles make load order matter and hide layering mistakes.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import depcruise cannot resolve would slip past every rule above.',
      severity: 'error',
      from: { path: '^(packages/domain|functions|web|teams-app)/src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Built output is not cruised, but an import that lands in it is still recorded, so the rules see it.
    doNotFollow: { path: ['node_modules', '(^|/)(dist|dist-types|build)/'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      // @prt/domain resolves to its TypeScript sources through the 'source' condition, as in vitest ('types' is left
      // out: it comes first in the exports map and would land on dist/*.d.ts). @prt/functions has no source
      // condition, so an import of it lands in functions/dist/, which the rules treat as functions/ all the same.
      conditionNames: ['source', 'import', 'default'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
