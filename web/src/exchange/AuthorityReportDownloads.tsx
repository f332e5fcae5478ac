import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
});

/** The Art. 30(4) register as PDF or Word, for one nämnd or the whole municipality. */
export function AuthorityReportDownloads({ download }: { download: (path: string, fileName: string) => Promise<void> }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [unit, setUnit] = useState('');
  const path = (extension: 'pdf' | 'docx') => `export/register.${extension}${unit.trim() ? `?unit=${encodeURIComponent(unit.trim())}` : ''}`;
  return (
    <section aria-labelledby="authority-report-title" className={styles.form}>
      <Text as="h3" id="authority-report-title" block size={500} weight="semibold">
        {t('exportReportsTitle')}
      </Text>
      <Text as="p" block>
        {t('exportReportsIntro')}
      </Text>
      <div className={styles.row}>
        <Field label={t('exportScope')}>
          <Input value={unit} onChange={(_e, d) => setUnit(d.value)} />
        </Field>
        <Button onClick={() => void download(path('pdf'), `${t('fileNameRegister')}.pdf`)}>{t('exportPdf')}</Button>
        <Button onClick={() => void download(path('docx'), `${t('fileNameRegister')}.docx`)}>{t('exportDocx')}</Button>
      </div>
    </section>
  );
}
