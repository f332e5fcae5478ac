import { Field, makeStyles } from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import { errorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** What the upload routes read at the most (documents, notices, templates and register imports alike: 10 MiB). */
export const UPLOAD_LIMIT_MEGABYTES = 10;

const useStyles = makeStyles({
  // The browser's own "choose file" control, kept native so it stays keyboard operable (Tab, then Enter or Space).
  input: { maxWidth: '100%' },
});

export interface UploadFieldProps {
  label: string;
  /** The file name endings the picker offers and the hint names, e.g. ['.xlsx', '.csv']. */
  accept: readonly string[];
  maxMegabytes?: number;
  /** The file picked, or undefined when none is (or the one picked is over the limit). */
  onChange: (file: File | undefined) => void;
}

/**
 * One file to upload: a labelled native file input with the accepted types and the size limit as its hint, and
 * the size error (upload.tooLarge) shown before anything is sent.
 */
export function UploadField({ label, accept, maxMegabytes = UPLOAD_LIMIT_MEGABYTES, onChange }: UploadFieldProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [tooLarge, setTooLarge] = useState(false);
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    const over = file !== undefined && file.size > maxMegabytes * 1024 * 1024;
    setTooLarge(over);
    onChange(over ? undefined : file);
  };
  return (
    <Field
      label={label}
      hint={t('uploadAccepts', { types: accept.join(', '), megabytes: maxMegabytes })}
      validationState={tooLarge ? 'error' : 'none'}
      validationMessage={tooLarge ? errorText('upload.tooLarge', { megabytes: maxMegabytes }, language) : undefined}
    >
      {(control) => <input {...control} type="file" className={styles.input} accept={accept.join(',')} onChange={pick} />}
    </Field>
  );
}
