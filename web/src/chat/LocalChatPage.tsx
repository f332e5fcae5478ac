import { Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { AdaptiveCardView } from './AdaptiveCardView.js';
import { apiFetch } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';

interface ChatItem {
  id: string;
  kind: string;
  title: string;
  text: string;
  createdAt: string;
  link?: string;
  card?: IAdaptiveCard;
}

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  text: { whiteSpace: 'pre-line' },
});

/** Refreshes every few seconds so reminders sent by the timer show up like chat messages. */
const REFRESH_MS = 5000;

export function LocalChatPage({ userKey }: { userKey: string }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [items, setItems] = useState<ChatItem[]>([]);

  const load = useCallback(
    () =>
      apiFetch<{ items: ChatItem[] }>('chat/messages')
        .then((r) => setItems(r.body.items))
        .catch(() => undefined),
    [],
  );

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [userKey, load]);

  return (
    <section aria-label={t('chatTitle')}>
      <Text as="h2" block size={500} weight="semibold">
        {t('chatTitle')}
      </Text>
      <Text as="p" block>
        {t('chatIntro')}
      </Text>
      {items.length === 0 ? (
        <Text>{t('chatEmpty')}</Text>
      ) : (
        <ul className={styles.list}>
          {items.map((m) => (
            <li key={m.id}>
              <Card>
                <CardHeader header={<Text weight="semibold">{m.title}</Text>} description={new Date(m.createdAt).toLocaleString(language)} />
                {m.card ? (
                  <AdaptiveCardView
                    card={m.card}
                    onExecute={async (verb, data) => {
                      await apiFetch('local/card-action', { method: 'POST', body: JSON.stringify({ messageId: m.id, verb, data }) });
                      await load();
                    }}
                  />
                ) : (
                  <Text className={styles.text}>{m.text}</Text>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
