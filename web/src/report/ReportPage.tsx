import {
  Badge,
  Button,
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
import { useEffect, useState } from 'react';
import { apiFetch } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { ReportForm } from './ReportForm.js';

interface MyReport {
  processingId: string;
  processingName: string;
  version: number;
  state: 'pending' | 'approved' | 'rejected' | 'changesRequested';
  proposedAt: string;
  reason: string;
}

const STATE_COLOR = { pending: 'warning', approved: 'success', rejected: 'danger', changesRequested: 'important' } as const;

const useStyles = makeStyles({ page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL } });

/** Report a new processing, and follow what happened to earlier reports. */
export function ReportPage() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [items, setItems] = useState<MyReport[]>([]);
  const [done, setDone] = useState<string | undefined>();
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    void apiFetch<{ items: MyReport[] }>('me/reports').then((r) => setItems(r.body.items));
  }, [formKey]);

  return (
    <div className={styles.page}>
      {done ? (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
          <Button onClick={() => setDone(undefined)}>{t('reportTitle')}</Button>
        </MessageBar>
      ) : (
        <ReportForm
          key={formKey}
          onDone={(message) => {
            setDone(message);
            setFormKey((k) => k + 1);
          }}
        />
      )}
      <section aria-label={t('navMyReports')}>
        <Text as="h2" block size={500} weight="semibold">
          {t('navMyReports')}
        </Text>
        {items.length === 0 ? (
          <Text as="p" block>
            {t('myReportsEmpty')}
          </Text>
        ) : (
          <Table size="small" aria-label={t('navMyReports')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('fieldName')}</TableHeaderCell>
                <TableHeaderCell>{t('version')}</TableHeaderCell>
                <TableHeaderCell>{t('status')}</TableHeaderCell>
                <TableHeaderCell>{t('submittedAt')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((r) => (
                <TableRow key={`${r.processingId}-${r.version}`}>
                  <TableCell>{r.processingName}</TableCell>
                  <TableCell>{r.version}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={STATE_COLOR[r.state]}>
                      {t(`state.${r.state}` as MessageKey)}
                    </Badge>
                    {r.reason && <Text size={200}> {r.reason}</Text>}
                  </TableCell>
                  <TableCell>{new Date(r.proposedAt).toLocaleString(language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
