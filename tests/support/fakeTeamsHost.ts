/**
 * A page that plays Teams around the tab: it frames the tab and answers the teams-js postMessage protocol
 * (initialize, getContext, settings.setValidityState, settings.setSettings, registerHandler), recording what
 * the tab asked for on `window.hostLog`. It is served from the tab's own origin, which teams-js trusts like the
 * Teams origins, so no real Teams origin has to be faked.
 */
export interface FakeHostOptions {
  /** The tab URL to frame (relative to the host page). */
  src: string;
  frameContext: 'settings' | 'content';
  locale?: string;
  subEntityId?: string;
  entityId?: string;
  hostName?: string;
}

export function fakeTeamsHostHtml(options: FakeHostOptions): string {
  const context = {
    locale: options.locale ?? 'sv-SE',
    theme: 'default',
    frameContext: options.frameContext,
    hostName: options.hostName ?? 'Teams',
    hostClientType: 'web',
    entityId: options.entityId ?? '',
    subEntityId: options.subEntityId ?? '',
    channelId: options.frameContext === 'settings' ? '19:channel@thread.tacv2' : undefined,
  };
  const runtime = { apiVersion: 4, supports: { app: {}, pages: { config: {}, tabs: {} }, appInstallDialog: {} } };
  return `<!doctype html><html><body>
<iframe id="tab" src="${options.src}" style="width:900px;height:700px"></iframe>
<script>
  window.hostLog = { validity: [], settings: [], handlers: [], saved: 0, failed: [], calls: [] };
  const frame = document.getElementById('tab');
  const reply = (msg, args) => frame.contentWindow.postMessage({ id: msg.id, uuidAsString: msg.uuidAsString, args }, '*');
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    const msg = event.data;
    if (!msg || typeof msg.func !== 'string') return;
    window.hostLog.calls.push(msg.func);
    switch (msg.func) {
      case 'initialize':
        return reply(msg, [${JSON.stringify(options.frameContext)}, 'web', ${JSON.stringify(JSON.stringify(runtime))}, '2.58.0']);
      case 'getContext':
        return reply(msg, [${JSON.stringify(context)}]);
      case 'settings.setValidityState':
        window.hostLog.validity.push(msg.args[0]);
        return;
      case 'settings.setSettings':
        window.hostLog.settings.push(msg.args[0]);
        return reply(msg, [true]);
      case 'registerHandler':
        window.hostLog.handlers.push(msg.args[0]);
        return;
      case 'settings.save.success':
        window.hostLog.saved++;
        return;
      case 'settings.save.failure':
        window.hostLog.failed.push(msg.args[0]);
        return;
      default:
        return reply(msg, []);
    }
  });
  /** What Teams does when the user presses Save. */
  window.pressSave = () => frame.contentWindow.postMessage({ func: 'settings.save', args: [{}] }, '*');
</script></body></html>`;
}
