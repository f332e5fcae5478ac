import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ApiError, listProcessings, type Processing } from '../api/apiClient.js';
import { apiErrorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { UploadField } from '../upload/UploadField.js';
import { DOCUMENT_TYPES } from './documentTypes.js';
import { checkNotice, type NoticeCheck } from './documentsApi.js';
import { DIFFERENCE_FIELD } from './draftTexts.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // A native select grows to its longest option; a processing's name can be long.
  select: { width: '100%', maxWidth: '100%', minWidth: 0, '& select': { width: '100%', minWidth: 0, textOverflow: 'ellipsis' } },
  table: { tableLayout: 'fixed', width: '100%', overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
});

/** A published notice against one processing of the register: what each says that the other does not. */
export function NoticeCheckPanel() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [processings, setProcessings] = useState<Processing[]>([]);
  const [processingId, setProcessingId] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | undefined>();
  const [result, setResult] = useState<NoticeCheck | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void listProcessings({}).then(
      (r) => setProcessings([...r.items].sort((a, b) => a.name.localeCompare(b.name, language))),
      () => setProcessings([]),
    );
  }, [language]);

  const run = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      setResult(await checkNotice(processingId, language, file ? { file } : { text }));
    } catch (e) {
      setResult(undefined);
      setFailure(e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t('checkTitle')} className={styles.panel}>
      <Text as="h2" block size={600} weight="semibold">
        {t('checkTitle')}
      </Text>
      <Text as="p" block>
        {t('checkIntro')}
      </Text>
      <Field label={t('checkProcessing')}>
        <Select className={styles.select} value={processingId} onChange={(_e, d) => setProcessingId(d.value)}>
          <option value="">{t('checkChooseProcessing')}</option>
          {processings.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.organisationUnit})
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('checkText')}>
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} rows={6} resize="vertical" />
      </Field>
      <UploadField label={t('checkFile')} accept={DOCUMENT_TYPES} onChange={setFile} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !processingId || (!text.trim() && !file)} onClick={() => void run()}>
          {t('runCheck')}
        </Button>
      </div>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.differences.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t('noDifferences')}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.differences.length > 0 && (
        <Table size="small" className={styles.table} aria-label={t('differencesCount', { count: result.differences.length })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('columnField')}</TableHeaderCell>
              <TableHeaderCell>{t('columnSide')}</TableHeaderCell>
              <TableHeaderCell>{t('columnValue')}</TableHeaderCell>
              <TableHeaderCell>{t('columnPassage')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.differences.map((d, i) => (
              <TableRow key={i}>
                <TableCell>{t(DIFFERENCE_FIELD[d.field])}</TableCell>
                <TableCell>{t(d.side === 'noticeOnly' ? 'sideNoticeOnly' : 'sideRegisterOnly')}</TableCell>
                <TableCell>{d.value}</TableCell>
                <TableCell>{d.passage?.text ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
