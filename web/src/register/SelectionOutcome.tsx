import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider.js';

/** What a bulk review did: how many, and which were not reviewed. */
export interface Outcome {
  done: number;
  failed: string[];
  /** Changed by someone since it was read: look at it again before confirming the review. */
  changed: string[];
}

/** What a bulk action on the selection did, or that its export failed. */
export function SelectionOutcome({ outcome, exportFailed }: { outcome: Outcome | undefined; exportFailed: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {outcome && (
        <MessageBar intent={outcome.failed.length || outcome.changed.length ? 'warning' : 'success'}>
          <MessageBarBody>
            {t('bulkReviewedDone', { count: outcome.done })}
            {outcome.changed.length > 0 && ` ${t('bulkReviewedChanged', { names: outcome.changed.join(', ') })}`}
            {outcome.failed.length > 0 && ` ${t('bulkReviewedFailed', { names: outcome.failed.join(', ') })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {exportFailed && (
        <MessageBar intent="error">
          <MessageBarBody>{t('errorGeneric')}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
