import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import { useEffect, useRef, useState } from 'react';
import { searchRegister } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { LANGUAGES, type Language } from '../i18n/language.js';
import { ALL_UNITS, tabConfigFor, type TabConfig } from './tabConfig.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: '36rem' },
});

const LANGUAGE_NAMES: Record<Language, string> = { sv: 'Svenska', da: 'Dansk', en: 'English' };

export interface ConfigurePageProps {
  /** False in a plain browser: the page still renders, but there is no Teams Save button to enable. */
  inHost: boolean;
  onLanguageChange: (language: Language) => void;
}

/**
 * The configurationUrl of the channel/group-chat tab and SharePoint web part. Teams keeps its Save button disabled
 * until setValidityState(true); on Save it calls the registered handler, which stores the tab's settings.
 */
export function ConfigurePage({ inHost, onLanguageChange }: ConfigurePageProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [units, setUnits] = useState<string[]>([]);
  const [unit, setUnit] = useState('');
  const config = useRef<TabConfig | undefined>(undefined);

  useEffect(() => {
    void searchRegister({ q: '' })
      .then((r) => setUnits(Object.keys(r.facets.organisationUnit).sort((a, b) => a.localeCompare(b, 'sv'))))
      .catch(() => setUnits([]));
  }, []);

  useEffect(() => {
    if (!inHost || !pages.config.isSupported()) return;
    pages.config.registerOnSaveHandler((save) => {
      const chosen = config.current;
      if (!chosen) return save.notifyFailure('no unit chosen');
      pages.config.setConfig(chosen).then(
        () => save.notifySuccess(),
        (error: unknown) => save.notifyFailure(error instanceof Error ? error.message : 'setConfig failed'),
      );
    });
  }, [inHost]);

  useEffect(() => {
    config.current = unit
      ? tabConfigFor(window.location.origin, unit, language, unit === ALL_UNITS ? t('configAllUnits') : t('configTabName', { unit }))
      : undefined;
    if (inHost && pages.config.isSupported()) pages.config.setValidityState(Boolean(unit));
  }, [unit, language, inHost, t]);

  return (
    <main className={styles.page}>
      <Text as="h1" size={500} weight="semibold">
        {t('configTitle')}
      </Text>
      <Text as="p">{t('configIntro')}</Text>
      <Field label={t('configUnit')}>
        <Select value={unit} onChange={(_e, d) => setUnit(d.value)}>
          <option value="">{t('configUnitChoose')}</option>
          <option value={ALL_UNITS}>{t('configAllUnits')}</option>
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('configLanguage')}>
        <Select value={language} onChange={(_e, d) => onLanguageChange(d.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </Select>
      </Field>
      {unit ? <Text role="status">{t('configReady')}</Text> : null}
    </main>
  );
}
