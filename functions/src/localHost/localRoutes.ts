import { rolesFromGroups } from '../auth/roleMapping.js';
import type { LocalDirectory } from '../directory/localDirectory.js';
import { apiRoute, type RouteDefinition } from '../http/apiRoute.js';
import { json } from '../http/responses.js';

/** Routes that exist only in the local host: the demo-user picker of the tab. Never registered in Azure. */
export function localRoutes(directory: LocalDirectory): RouteDefinition[] {
  return [
    apiRoute({
      name: 'localDemoUsers',
      methods: ['GET'],
      route: 'local/demo-users',
      anonymous: true,
      handler: async () =>
        json(200, {
          items: directory.users().map((u) => ({
            id: u.id,
            displayName: u.displayName,
            department: u.department,
            jobTitle: u.jobTitle,
            preferredLanguage: u.preferredLanguage,
            roles: rolesFromGroups(u.groupIds, directory.roleGroups),
          })),
        }),
    }),
  ];
}
