import { teamsDarkTheme, teamsHighContrastTheme, webDarkTheme, type Theme } from '@fluentui/react-components';

export const highContrastTheme = teamsHighContrastTheme;

export function darkTheme(inBrowser: boolean): Theme {
  return inBrowser ? webDarkTheme : teamsDarkTheme;
}
