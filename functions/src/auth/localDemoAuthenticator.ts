import type { HttpRequest } from '@azure/functions';
import { UnauthorizedError } from '../domain/errors.js';
import type { LocalDirectory } from '../directory/localDirectory.js';
import type { Authenticator } from './authenticator.js';
import type { Principal } from './principal.js';
import { rolesFromGroups, type RoleGroups } from './roleMapping.js';

export const DEMO_USER_HEADER = 'x-demo-user';

/**
 * Local mode only: the caller names a demo user from the local directory. Refuses to run where Azure
 * Functions sets its site variables, so it can never be switched on in a deployed app.
 */
export class LocalDemoAuthenticator implements Authenticator {
  constructor(
    private readonly directory: LocalDirectory,
    private readonly roleGroups: RoleGroups,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    if (env['WEBSITE_SITE_NAME'] || env['WEBSITE_INSTANCE_ID']) {
      throw new Error('local demo sign-in cannot be used in Azure');
    }
  }

  async authenticate(request: HttpRequest): Promise<Principal> {
    const userId = request.headers.get(DEMO_USER_HEADER);
    if (!userId) throw new UnauthorizedError(`sign in: send the ${DEMO_USER_HEADER} header with a demo user id`);
    const user = await this.directory.getUser(this.directory.tenantId, userId);
    if (!user) throw new UnauthorizedError('unknown demo user');
    return {
      tenantId: user.tenantId,
      userId: user.id,
      displayName: user.displayName,
      roles: rolesFromGroups(user.groupIds, this.roleGroups),
    };
  }
}
