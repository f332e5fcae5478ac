import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { REASONS, type CaseView } from './caseTypes.js';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  surface: { maxWidth: 'min(36rem, calc(100vw - 2rem))', boxSizing: 'border-box' },
});

export interface ActionRequest {
  view: CaseView;
  event: string;
}

/** Asks for what an event needs (a reason from the list, a short note, breach documentation) and confirms closing and deleting. */
export function CaseActionDialog({
  request,
  authority,
  onCancel,
  onSubmit,
}: {
  request: ActionRequest;
  authority: string;
  onCancel: () => void;
  onSubmit: (body: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const { view, event } = request;
  const reasons = REASONS[event];
  const [reason, setReason] = useState(reasons?.[0] ?? '');
  const [note, setNote] = useState('');
  const [doc, setDoc] = useState({ facts: view.case.facts ?? '', effects: view.case.effects ?? '', remedialAction: view.case.remedialAction ?? '' });
  const reference = view.case.reference;
  const title =
    event === 'close'
      ? t('confirmCloseTitle', { reference })
      : event === 'delete'
        ? t('confirmDeleteTitle', { reference })
        : `${t(`event.${event}` as MessageKey, { authority })} – ${reference}`;

  const submit = () => {
    const body: Record<string, string> = { event };
    if (reasons && reason) body['reason'] = reason;
    if (note.trim()) body['note'] = note.trim();
    if (event === 'document') Object.assign(body, doc);
    onSubmit(body);
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {event === 'close' && <Text>{t('confirmCloseBody')}</Text>}
            {event === 'delete' && <Text>{t('confirmDeleteBody')}</Text>}
            {reasons && (
              <Field label={t('caseReason')}>
                <Select value={reason} onChange={(_e, d) => setReason(d.value)}>
                  {reasons.map((r) => (
                    <option key={r} value={r}>
                      {t(`reason.${r}` as MessageKey)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {event === 'document' &&
              (
                [
                  ['facts', 'breachFacts'],
                  ['effects', 'breachEffects'],
                  ['remedialAction', 'breachRemedial'],
                ] as const
              ).map(([key, label]) => (
                <Field key={key} label={t(label)}>
                  <Textarea value={doc[key]} maxLength={500} onChange={(_e, d) => setDoc((v) => ({ ...v, [key]: d.value }))} />
                </Field>
              ))}
            {reasons && (
              <Field label={t('caseNote')}>
                <Input value={note} maxLength={200} onChange={(_e, d) => setNote(d.value)} />
              </Field>
            )}
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="secondary" onClick={onCancel}>
              {t('cancel')}
            </Button>
            <Button appearance="primary" onClick={submit}>
              {event === 'close' || event === 'delete' ? t('confirm') : t(`event.${event}` as MessageKey, { authority })}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
