import { Field } from '@fluentui/react-components';
import { TimePicker, type TimeSelectionData } from '@fluentui/react-timepicker-compat';
import { useCallback, useMemo, useState } from 'react';
import { errorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { parseTimeText } from './dateText.js';

export interface TimeFieldProps {
  label: string;
  /** HH:MM (24-hour), or '' for none. */
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
}

const ANCHOR_DAY = new Date(2000, 0, 1);
const pad = (n: number) => String(n).padStart(2, '0');
const timeOf = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** A time of day on a 24-hour clock, as Sweden, Denmark and the UK's forms write it: picked by the half hour or typed. */
export function TimeField({ label, value, onChange, required }: TimeFieldProps) {
  const { t, language } = useI18n();
  const [problem, setProblem] = useState<string | undefined>();
  // What is being typed, until it is read: then the field shows the time as it was understood (9.30 becomes 09:30),
  // so what is on screen is what will be saved. Text that cannot be read stays, beside its error.
  const [typed, setTyped] = useState<string | undefined>();
  const selected = useMemo(() => {
    const read = parseTimeText(value);
    if (!read.ok) return null;
    const [hours, minutes] = read.time.split(':').map(Number) as [number, number];
    return new Date(ANCHOR_DAY.getFullYear(), ANCHOR_DAY.getMonth(), ANCHOR_DAY.getDate(), hours, minutes);
  }, [value]);
  const parse = useCallback((text: string | undefined) => {
    if (!text?.trim()) return { date: null };
    const read = parseTimeText(text);
    if (!read.ok) return { date: null, errorType: 'invalid-input' as const };
    const [hours, minutes] = read.time.split(':').map(Number) as [number, number];
    return { date: new Date(ANCHOR_DAY.getFullYear(), ANCHOR_DAY.getMonth(), ANCHOR_DAY.getDate(), hours, minutes) };
  }, []);
  const changed = (_e: unknown, data: TimeSelectionData) => {
    if (data.errorType === 'invalid-input') {
      setProblem(errorText('time.invalid', {}, language));
      return;
    }
    setProblem(undefined);
    setTyped(undefined);
    onChange(data.selectedTime ? timeOf(data.selectedTime) : '');
  };

  return (
    <Field label={label} required={required} validationMessage={problem}>
      <TimePicker
        freeform
        hourCycle="h23"
        increment={30}
        dateAnchor={ANCHOR_DAY}
        selectedTime={selected}
        value={typed ?? (selected ? timeOf(selected) : '')}
        onChange={(e) => setTyped(e.target.value)}
        onTimeChange={changed}
        formatDateToTimeString={timeOf}
        parseTimeStringToDate={parse}
        placeholder={t('timePlaceholder')}
      />
    </Field>
  );
}
