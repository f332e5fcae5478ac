import { teamsLightTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from '../teams/teamsHost.js';

/** The light themes ship with the tab; dark and high contrast are fetched the first time a user needs them. */
export function initialTheme(inBrowser: boolean): Theme {
  return inBrowser ? webLightTheme : teamsLightTheme;
}

export async function loadTheme(theme: HostTheme, inBrowser: boolean): Promise<Theme> {
  if (theme === 'light') return initialTheme(inBrowser);
  const { darkTheme, highContrastTheme } = await import('./darkThemes.js');
  return theme === 'contrast' ? highContrastTheme : darkTheme(inBrowser);
}
