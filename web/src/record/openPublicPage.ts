/**
 * Inside Teams a link with target="_blank" may be swallowed by the host frame; teams-js openLink asks Teams to open
 * it. Outside Teams (or when the SDK is not initialised) the browser follows the link itself.
 */
export function openPublicPage(event: { preventDefault(): void }, url: string): void {
  if (window.parent === window) return;
  event.preventDefault();
  void import('@microsoft/teams-js')
    .then(async ({ app }) => {
      if (!app.isInitialized()) throw new Error('teams-js not initialised');
      await app.openLink(url);
    })
    .catch(() => window.open(url, '_blank', 'noopener'));
}
