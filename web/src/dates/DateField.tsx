import { DayOfWeek, FirstWeekOfYear } from '@fluentui/react-calendar-compat';
import { DatePicker, type DatePickerValidationResultData } from '@fluentui/react-datepicker-compat';
import { Field } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { errorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { calendarFormatting, calendarStrings } from './calendarStrings.js';
import { dateOfDay, dayOfDate, formatDateText, parseDateText } from './dateText.js';

export interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  hint?: string;
  /** The server's word on the stored value; a date the field cannot read is said first. */
  validationMessage?: string;
  disabled?: boolean;
}

/**
 * The one date field of the tab: a calendar in the page's language (Monday first, ISO weeks), the date written as the
 * language writes it and typed that way or as YYYY-MM-DD, the value in and out always YYYY-MM-DD.
 */
export function DateField({ label, value, onChange, required, hint, validationMessage, disabled }: DateFieldProps) {
  const { t, language } = useI18n();
  const [problem, setProblem] = useState<string | undefined>();
  const strings = useMemo(() => calendarStrings(language, t), [language, t]);
  const formatting = useMemo(() => calendarFormatting(language), [language]);
  // Stable identities: the picker rewrites its text whenever the value or the formatter changes.
  const selected = useMemo(() => dateOfDay(value), [value]);
  const formatDate = useCallback((date?: Date) => (date ? formatDateText(dayOfDate(date), language) : ''), [language]);
  const parse = useCallback(
    (text: string) => {
      const read = parseDateText(text, language);
      return read.ok ? dateOfDay(read.day) : null;
    },
    [language],
  );
  const validated = ({ error }: DatePickerValidationResultData) =>
    setProblem(
      error === 'invalid-input'
        ? errorText('date.unrecognised', {}, language)
        : error === 'required-input'
          ? errorText('field.required', {}, language)
          : undefined,
    );

  return (
    <Field label={label} required={required} hint={hint} validationMessage={problem ?? validationMessage}>
      <DatePicker
        allowTextInput
        value={selected}
        onSelectDate={(date) => onChange(date ? dayOfDate(date) : '')}
        formatDate={formatDate}
        parseDateFromString={parse}
        onValidationResult={validated}
        // Typing again withdraws the complaint; leaving the field reads the new text.
        onChange={() => setProblem(undefined)}
        strings={strings}
        dateTimeFormatter={formatting}
        firstDayOfWeek={DayOfWeek.Monday}
        firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
        placeholder={t('datePlaceholder')}
        disabled={disabled}
      />
    </Field>
  );
}
