import { Badge, Button, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { NEEDS_DIALOG, formatPlainDate, type CaseView, type Deadline } from './caseTypes.js';

const useStyles = makeStyles({
  card: { maxWidth: '100%', boxSizing: 'border-box' },
  facts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  history: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** One case: when it came in, who handles it, its next deadline and history, and only the actions its state allows. */
export function CaseCard({
  view,
  authority,
  formatDue,
  onAction,
}: {
  view: CaseView;
  authority: string;
  formatDue: (d: Deadline) => string;
  onAction: (view: CaseView, event: string, direct: boolean) => void;
}) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const c = view.case;
  const next = view.deadlines.filter((d) => !d.completed).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
  const openPause = c.pauses?.find((p) => !p.to);
  const date = (d: string) => formatPlainDate(d, language);
  return (
    <Card className={styles.card} aria-label={c.reference}>
      <CardHeader header={<Text weight="semibold">{c.reference}</Text>} description={`${t(`type.${c.type}` as MessageKey)} · ${c.unit}`} />
      <div className={styles.facts}>
        <Text size={200}>
          {c.receivedOn
            ? t('caseReceived', { date: date(c.receivedOn) })
            : c.awareAt
              ? t('caseAware', { date: new Date(c.awareAt).toLocaleString(language) })
              : ''}
        </Text>
        <Text size={200}>{t('caseHandler', { name: view.handlerName ?? c.handlerId })}</Text>
        <Text size={200}>
          {next ? t('caseNextDeadline', { what: t(`deadline.${next.kind}` as MessageKey, { authority }), due: formatDue(next) }) : t('caseNoDeadline')}{' '}
          {next?.overdue && <Badge color="danger">{t('overdue')}</Badge>}
        </Text>
        {openPause && (
          <div>
            <Badge color="informative">{t('pausedSince', { date: date(openPause.from) })}</Badge>
          </div>
        )}
        {c.closedOn && (
          <Text size={200}>
            {t('closedOn', { date: date(c.closedOn) })}
            {view.deletesOn ? ` · ${t('deletesOn', { date: date(view.deletesOn) })}` : ''}
          </Text>
        )}
      </div>
      {c.history && c.history.length > 0 && (
        <details>
          <summary>{t('caseHistory')}</summary>
          <ul className={styles.history}>
            {c.history.map((h, i) => (
              <li key={i}>
                <Text size={200}>{t('caseHistoryEntry', { event: t(`event.${h.event}` as MessageKey, { authority }), date: date(h.date) })}</Text>
              </li>
            ))}
          </ul>
        </details>
      )}
      {view.allowedEvents.length > 0 && (
        <div className={styles.actions}>
          {view.allowedEvents.map((name) => (
            <Button
              key={name}
              size="small"
              appearance={name === 'close' || name === 'delete' ? 'outline' : 'secondary'}
              onClick={() => onAction(view, name, !NEEDS_DIALOG.has(name))}
            >
              {t(`event.${name}` as MessageKey, { authority })}
            </Button>
          ))}
        </div>
      )}
    </Card>
  );
}
