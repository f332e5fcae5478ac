/** The static tab's entityId in the manifest; deep links open the register tab there. */
const REGISTER_ENTITY_ID = 'register';

/**
 * A Teams deep link to a record or review in the personal tab: Teams opens the tab and hands the target to it as
 * subEntityId (the tab reads it as page.subPageId); webUrl is where browsers without Teams go.
 */
export function teamsDeepLink(teamsAppId: string, publicUrl: string, path: string): string {
  const target = new URL(path, publicUrl);
  const webUrl = target.toString();
  const context = JSON.stringify({ subEntityId: target.search.replace(/^\?/, '') });
  const query = new URLSearchParams({ webUrl, label: 'Register', context });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${REGISTER_ENTITY_ID}?${query.toString()}`;
}
