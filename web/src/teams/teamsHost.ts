import { app } from '@microsoft/teams-js';

export type HostTheme = 'light' | 'dark' | 'contrast';

export interface HostContext {
  /** 'teams', 'sharepoint' (web part) or 'browser' (plain page). */
  host: 'teams' | 'sharepoint' | 'browser';
  locale: string;
  theme: HostTheme;
  /** Entra object id when Teams provides it. */
  userObjectId?: string;
  onThemeChange(listener: (theme: HostTheme) => void): void;
}

/** teams-js never settles when the page is not inside a Teams (or SharePoint) frame, so it gets a deadline. */
const INITIALIZE_TIMEOUT_MS = 1500;

export async function connectToHost(): Promise<HostContext> {
  const browser: HostContext = {
    host: 'browser',
    locale: navigator.language || 'sv-SE',
    theme: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    onThemeChange: () => undefined,
  };
  if (window.parent === window && !new URLSearchParams(window.location.search).has('inTeams')) return browser;
  try {
    await withTimeout(app.initialize(), INITIALIZE_TIMEOUT_MS);
    const context = await withTimeout(app.getContext(), INITIALIZE_TIMEOUT_MS);
    void app.notifySuccess();
    const hostName = String(context.app.host.name).toLowerCase();
    return {
      host: hostName.includes('sharepoint') ? 'sharepoint' : 'teams',
      locale: context.app.locale || browser.locale,
      theme: toTheme(context.app.theme),
      userObjectId: context.user?.id,
      onThemeChange: (listener) => app.registerOnThemeChangeHandler((theme) => listener(toTheme(theme))),
    };
  } catch {
    return browser;
  }
}

function toTheme(theme: string | undefined): HostTheme {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'contrast';
  return 'light';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('host did not answer')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
