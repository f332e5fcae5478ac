import {
  Badge,
  Button,
  Link,
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
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { apiFetch } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { ReportForm } from './ReportForm.js';
import { LongText } from '../record/LongText.js';

interface MyReport {
  processingId: string;
  processingName: string;
  version: number;
  state: 'pending' | 'approved' | 'rejected' | 'changesRequested';
  proposedAt: string;
  reason: string;
}

const STATE_COLOR = { pending: 'warning', approved: 'success', rejected: 'danger', changesRequested: 'important' } as const;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  cell: { overflowWrap: 'anywhere', minWidth: 0 },
});

/** Report a new processing, and follow what happened to earlier reports. */
/** The record drawer, passed in by the app so that report/ and register/ do not import each other. */
export type RecordDrawer = ComponentType<{ id: string | undefined; onClose: () => void; userKey?: string }>;

export function ReportPage({ userKey, Detail }: { userKey?: string; Detail: RecordDrawer }) {
  const { t, dateTime } = useI18n();
  const styles = useStyles();
  const [items, setItems] = useState<MyReport[]>([]);
  const [done, setDone] = useState<string | undefined>();
  const [formKey, setFormKey] = useState(0);
  const [openId, setOpenId] = useState<string | undefined>();
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    void apiFetch<{ items: MyReport[] }>('me/reports').then((r) => setItems(r.body.items));
  }, [formKey, openId]);

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
          draftKey={`prt.draft.${userKey ?? 'me'}.new`}
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
                  <TableCell className={styles.cell}>
                    <Link
                      as="button"
                      inline
                      aria-label={t('openReport', { name: r.processingName })}
                      onClick={(e) => {
                        opener.current = e.currentTarget;
                        setOpenId(r.processingId);
                      }}
                    >
                      {r.processingName}
                    </Link>
                  </TableCell>
                  <TableCell>{r.version}</TableCell>
                  <TableCell className={styles.cell}>
                    <Badge appearance="tint" color={STATE_COLOR[r.state]}>
                      {t(`state.${r.state}` as MessageKey)}
                    </Badge>
                    {r.reason && (
                      <Text as="p" block size={200}>
                        <LongText text={r.reason} max={200} />
                      </Text>
                    )}
                  </TableCell>
                  <TableCell>{dateTime(r.proposedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <Detail
        id={openId}
        userKey={userKey}
        onClose={() => {
          setOpenId(undefined);
          // The drawer is gone: focus goes back to the row that opened it, not to <body>.
          setTimeout(() => opener.current?.focus(), 0);
        }}
      />
    </div>
  );
}
