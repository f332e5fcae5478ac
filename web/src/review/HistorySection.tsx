import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { apiFetch } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { ChangeTable, type FieldChange } from './ChangeTable.js';

interface HistoryEntry {
  version: number;
  state: 'pending' | 'approved' | 'rejected' | 'changesRequested';
  origin: 'report' | 'proposal' | 'import';
  proposedBy: { displayName: string };
  proposedAt: string;
  changes: FieldChange[];
  decision?: { reason: string; decidedBy: { displayName: string }; decidedAt: string };
}

/** Every version of a processing: who, when, what changed, and the DPO's decision. */
export function HistorySection({ processingId, refreshKey }: { processingId: string; refreshKey: number }) {
  const { t, language } = useI18n();
  const [items, setItems] = useState<HistoryEntry[]>([]);

  useEffect(() => {
    void apiFetch<{ items: HistoryEntry[] }>(`processings/${encodeURIComponent(processingId)}/versions`).then((r) => setItems(r.body.items));
  }, [processingId, refreshKey]);

  return (
    <section aria-label={t('history')}>
      <Text as="h3" block size={500} weight="semibold">
        {t('history')}
      </Text>
      {items.length === 0 ? (
        <Text as="p" block>
          {t('historyEmpty')}
        </Text>
      ) : (
        <Accordion multiple collapsible>
          {items.map((h) => (
            <AccordionItem key={h.version} value={h.version}>
              <AccordionHeader>
                {t('version')} {h.version} · {h.origin === 'import' ? t('imported') : h.proposedBy.displayName} ·{' '}
                {new Date(h.proposedAt).toLocaleDateString(language)} <Badge appearance="tint">{t(`state.${h.state}` as MessageKey)}</Badge>
              </AccordionHeader>
              <AccordionPanel>
                {h.decision && (
                  <Text as="p" block>
                    {t('decidedBy', { name: h.decision.decidedBy.displayName })}, {new Date(h.decision.decidedAt).toLocaleString(language)}
                    {h.decision.reason ? `: ${h.decision.reason}` : ''}
                  </Text>
                )}
                <ChangeTable changes={h.changes} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
