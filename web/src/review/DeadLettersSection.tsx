import { Button, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiFetch } from '../api/apiClient.js';
import { apiErrorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';

interface DeadLetter {
  id: string;
  recipientUserId: string;
  kind: string;
  createdAt: string;
  deadLetteredAt: string;
  attempts: number;
}

/**
 * Chat messages Teams never took, for the DPO: who, what kind and when, never the text (it may name a case), and a
 * retry once the cause is fixed. Hidden while there are none, so the review page stays about reviews.
 */
export function DeadLettersSection() {
  const { t, language } = useI18n();
  const [items, setItems] = useState<DeadLetter[]>([]);
  const [notice, setNotice] = useState<{ intent: 'success' | 'warning' | 'error'; text: string } | undefined>();

  const load = useCallback(() => {
    void apiFetch<{ items: DeadLetter[] }>('chat/dead-letters').then(
      (r) => setItems(r.body.items),
      () => setItems([]),
    );
  }, []);
  useEffect(load, [load]);

  const retry = async (id: string) => {
    try {
      const answer = await apiFetch<{ delivered: boolean }>(`chat/dead-letters/${encodeURIComponent(id)}/retry`, { method: 'POST' });
      setNotice(answer.body.delivered ? { intent: 'success', text: t('deadLetterDelivered') } : { intent: 'warning', text: t('deadLetterStillFailing') });
    } catch (e) {
      setNotice({ intent: 'error', text: e instanceof ApiError ? apiErrorText(e, language) : t('errorGeneric') });
    }
    load();
  };

  if (items.length === 0 && !notice) return null;
  return (
    <section aria-label={t('deadLettersTitle')}>
      <Text as="h3" block size={500} weight="semibold">
        {t('deadLettersTitle')}
      </Text>
      <Text as="p" block>
        {t('deadLettersIntro')}
      </Text>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {items.length > 0 && (
        <Table size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('deadLetterRecipient')}</TableHeaderCell>
              <TableHeaderCell>{t('deadLetterKind')}</TableHeaderCell>
              <TableHeaderCell>{t('deadLetterSince')}</TableHeaderCell>
              <TableHeaderCell />
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableCell>{item.recipientUserId}</TableCell>
                <TableCell>{item.kind}</TableCell>
                <TableCell>{new Date(item.deadLetteredAt).toLocaleString(language)}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => void retry(item.id)}>
                    {t('deadLetterRetry')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
