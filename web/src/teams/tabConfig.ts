import type { Language } from '../i18n/language.js';

/** What Teams stores for a channel, group-chat or SharePoint instance of the tab (pages.config.setConfig). */
export interface TabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/** The unit value meaning "the whole register", so "no unit chosen yet" and "all units" stay apart. */
export const ALL_UNITS = '*';

/**
 * The tab instance remembers its unit and language in contentUrl: Teams and SharePoint hand the same URL back on
 * every load, so the tab needs no storage of its own to honour the choice.
 */
export function tabConfigFor(origin: string, unit: string, language: Language, displayName: string): TabConfig {
  const params = new URLSearchParams({ inTeams: '1', lang: language });
  if (unit !== ALL_UNITS) params.set('unit', unit);
  const website = new URLSearchParams(params);
  website.delete('inTeams');
  return {
    entityId: unit === ALL_UNITS ? 'register' : `register-unit-${slug(unit)}`,
    contentUrl: `${origin}/?${params.toString()}`,
    websiteUrl: `${origin}/?${website.toString()}`,
    suggestedDisplayName: displayName,
  };
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'unit'
  );
}
