import type { ItSystem, ThirdCountryTransfer } from '@prt/domain/processing';
import type { Translate } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';

/** How the tab writes parts of a record, the same in the record view, the change table and the report form. */
export function systemText(s: Pick<ItSystem, 'name' | 'kind'>): string {
  return s.kind ? `${s.name} (${s.kind})` : s.name;
}

export function transferText(x: Pick<ThirdCountryTransfer, 'country' | 'safeguard'>, t: Translate): string {
  return `${x.country} – ${t(`safeguard.${x.safeguard}` as MessageKey)}`;
}

export function article6Text(bases: readonly string[], t: Translate): string {
  return bases.map((b) => t(`basis.${b}` as MessageKey)).join(', ');
}

export function article9Texts(conditions: readonly string[], t: Translate): string[] {
  return conditions.map((c) => t(`art9.${c}` as MessageKey));
}
