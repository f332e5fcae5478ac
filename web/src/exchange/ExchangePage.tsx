import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { apiBlob, ApiError, offerBlob } from '../api/apiClient.js';
import { apiErrorText, errorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { UploadField } from '../upload/UploadField.js';
import type { Language } from '../i18n/language.js';
import { AuthorityReportDownloads } from './AuthorityReportDownloads.js';

interface ImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; field?: string; code: string; params?: Record<string, unknown> }[];
  processings?: { line: number; content: { name: string; organisationUnit: string; purposes: unknown[] } }[];
}

/** A row's field is named when the problem is one field's (a validation code), not the row's as a whole. */
function rejectedRowText(row: ImportResult['rejected'][number], language: Language): string {
  const text = errorText(row.code, row.params, language);
  return row.field && !row.code.startsWith('import.') ? `${row.field}: ${text}` : text;
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, maxWidth: '56rem' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** For the DPO and admins: bring a register in from another tool, and take the register out again. */
export function ExchangePage() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [file, setFile] = useState<File | undefined>();
  const [unit, setUnit] = useState('');
  const [controller, setController] = useState('');
  const [result, setResult] = useState<ImportResult | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setFailure(undefined);
    const query = new URLSearchParams({ dryRun: String(dryRun), filename: file.name });
    if (unit) query.set('unit', unit);
    if (controller) query.set('controller', controller);
    try {
      const blob = await apiBlob(`import?${query.toString()}`, {
        method: 'POST',
        body: file,
        headers: { 'content-type': file.type || 'application/octet-stream' },
      });
      setResult(JSON.parse(await blob.text()) as ImportResult);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && (e.body as unknown as ImportResult).rejected) setResult(e.body as unknown as ImportResult);
      else setFailure(e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric'));
    }
  };

  const download = async (path: string, name: string) => {
    try {
      offerBlob(await apiBlob(`${path}${path.includes('?') ? '&' : '?'}lang=${language}`), name);
    } catch (e) {
      setFailure(e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric'));
    }
  };

  return (
    <div className={styles.page}>
      <section aria-label={t('importTitle')} className={styles.form}>
        <Text as="h2" block size={600} weight="semibold">
          {t('importTitle')}
        </Text>
        <Text as="p" block>
          {t('importIntro')}
        </Text>
        <UploadField
          label={t('importFile')}
          accept={['.xlsx', '.csv', '.tsv', '.txt']}
          onChange={(picked) => {
            setFile(picked);
            setResult(undefined);
          }}
        />
        <div className={styles.row}>
          <Field label={t('importUnit')}>
            <Input value={unit} onChange={(_e, d) => setUnit(d.value)} />
          </Field>
          <Field label={t('importController')}>
            <Input value={controller} onChange={(_e, d) => setController(d.value)} />
          </Field>
        </div>
        <div className={styles.row}>
          <Button disabled={!file} onClick={() => void send(true)}>
            {t('preview')}
          </Button>
          <Button appearance="primary" disabled={!file || !result?.dryRun || result.rejected.length > 0} onClick={() => void send(false)}>
            {t('importNow')}
          </Button>
        </div>
        {failure && (
          <MessageBar intent="error">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
        {result && result.rejected.length === 0 && (
          <MessageBar intent={result.dryRun ? 'info' : 'success'}>
            <MessageBarBody>
              {t(result.dryRun ? 'willCreate' : 'importSummary', { created: result.created, updated: result.updated, unchanged: result.unchanged })}
            </MessageBarBody>
          </MessageBar>
        )}
        {result && result.rejected.length > 0 && (
          <>
            <MessageBar intent="error">
              <MessageBarBody>{t('nothingWritten')}</MessageBarBody>
            </MessageBar>
            <Table size="small" aria-label={t('rejectedRows')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('line')}</TableHeaderCell>
                  <TableHeaderCell>{t('problem')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.rejected.map((r, i) => (
                  <TableRow key={i}>
                    <TableCell>{r.line}</TableCell>
                    <TableCell>{rejectedRowText(r, language)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
        {result?.processings && (
          <Table size="small" aria-label={t('parsedCount', { count: result.processings.length })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('line')}</TableHeaderCell>
                <TableHeaderCell>{t('fieldName')}</TableHeaderCell>
                <TableHeaderCell>{t('unit')}</TableHeaderCell>
                <TableHeaderCell>{t('purposes')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.processings.map((p) => (
                <TableRow key={p.line}>
                  <TableCell>{p.line}</TableCell>
                  <TableCell>{p.content.name}</TableCell>
                  <TableCell>{p.content.organisationUnit}</TableCell>
                  <TableCell>{p.content.purposes.length}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section aria-label={t('exportTitle')} className={styles.form}>
        <Text as="h2" block size={600} weight="semibold">
          {t('exportTitle')}
        </Text>
        <div className={styles.row}>
          <Button onClick={() => void download('export/register.xlsx', `${t('fileNameRegister')}.xlsx`)}>{t('exportXlsx')}</Button>
          <Button onClick={() => void download('export/register.csv', `${t('fileNameRegister')}.csv`)}>{t('exportCsv')}</Button>
          <Button onClick={() => void download('export/public-register.html', `${t('fileNameRegister')}.html`)}>{t('exportPublic')}</Button>
        </div>
        <AuthorityReportDownloads download={download} />
      </section>
    </div>
  );
}
