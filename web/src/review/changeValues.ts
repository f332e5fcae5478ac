import type { Translate } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import type { ThirdCountryTransfer } from '@prt/domain/processing';
import { article6Text, article9Texts, systemText, transferText } from '../record/recordTexts.js';

/**
 * A value from a version's change as a reader of the register says it: legal bases by name, booleans as yes/no,
 * a purpose by its description, a system as "Name (kind)"; never raw JSON or internal ids.
 */
export function changeValueText(value: unknown, path: string, t: Translate): string {
  const key =
    path
      .split('.')
      .at(-1)
      ?.replace(/\[\d+\]$/, '') ?? '';
  return show(value, key, t);
}

function show(value: unknown, key: string, t: Translate): string {
  if (value === undefined || value === null || value === '') return t('none');
  if (key === 'status' && typeof value === 'string') return t(`status.${value}` as MessageKey);
  if (key === 'residualRisk' && typeof value === 'string') return t(`recRisk.${value}` as MessageKey);
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('none');
    if (key === 'article6') return article6Text(value.map(String), t);
    if (key === 'article9') return article9Texts(value.map(String), t).join(', ');
    if (key === 'periods') return value.map((p) => periodText(p)).join(', ');
    if (key === 'criteria') return value.map((c) => t(`recCrit.${String(c)}` as MessageKey)).join(', ');
    return value.map((v) => show(v, '', t)).join(', ');
  }
  if (typeof value === 'object') return objectText(value as Record<string, unknown>, key, t);
  return String(value);
}

function objectText(o: Record<string, unknown>, key: string, t: Translate): string {
  if (typeof o['description'] === 'string') return o['description'];
  // A who-gets-what cell: "Elever: Betyg → Skolverket".
  if (typeof o['subject'] === 'string' && typeof o['dataCategory'] === 'string' && Array.isArray(o['recipients']))
    return `${o['subject']}: ${o['dataCategory']} → ${(o['recipients'] as string[]).join(', ') || t('recInHouse')}`;
  if (typeof o['reason'] === 'string' && typeof o['on'] === 'string') return `${o['on']}: ${o['reason']}`;
  if (typeof o['country'] === 'string') return transferText({ country: o['country'], safeguard: o['safeguard'] as ThirdCountryTransfer['safeguard'] }, t);
  if (typeof o['name'] === 'string') {
    if (o['special'] === true) return `${o['name']} (${t('specialCategory')})`;
    return systemText({ name: o['name'], kind: typeof o['kind'] === 'string' ? o['kind'] : '' });
  }
  if (typeof o['text'] === 'string') return o['text'] || t('none');
  if (Array.isArray(o['article6'])) return show(o['article6'], 'article6', t);
  if (Array.isArray(o['units']) || Array.isArray(o['roles']))
    return [...((o['units'] as string[]) ?? []), ...((o['roles'] as string[]) ?? [])].join(', ') || t('none');
  return (
    Object.entries(o)
      .map(([k, v]) => show(v, k, t))
      .filter((v) => v !== t('none'))
      .join(' · ') || (key ? t('none') : '')
  );
}

function periodText(p: unknown): string {
  const period = p as { amount?: number; unit?: string };
  return period.amount !== undefined ? `${period.amount} ${period.unit ?? ''}`.trim() : '';
}
