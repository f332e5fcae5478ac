import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/apiClient.js';
import { apiErrorText, fieldErrorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  surface: { maxWidth: 'min(640px, calc(100vw - 32px))' },
});

/** A create/edit dialog for an entity: the caller's fields, a save that shows every field error from the API. */
export function EntityDialog({ title, onSave, onClose, children }: { title: string; onSave: () => Promise<void>; onClose: () => void; children: ReactNode }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string[] | undefined>();
  const save = async () => {
    setBusy(true);
    try {
      await onSave();
      onClose();
    } catch (e) {
      setProblem(
        e instanceof ApiError ? [apiErrorText(e, language), ...e.errors.map((f) => `${f.field}: ${fieldErrorText(f, language)}`)] : [t('errorGeneric')],
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {children}
            {problem && (
              <MessageBar intent="error">
                <MessageBarBody>
                  {problem.map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => void save()}>
              {t('entitySave')}
            </Button>
            <Button onClick={onClose}>{t('entityCancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
