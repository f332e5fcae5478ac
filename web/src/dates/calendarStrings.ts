import type { CalendarStrings, DateFormatting } from '@fluentui/react-calendar-compat';
import type { Translate } from '../i18n/I18nProvider.js';
import { LOCALES, type Language } from '../i18n/language.js';

/** Twelve months and seven days (Sunday first, as the calendar indexes them) named by Intl in the page's locale. */
function names(language: Language) {
  const locale = LOCALES[language];
  const month = (style: 'long' | 'short') => new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
  const weekday = (style: 'long' | 'narrow') => new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_v, i) => new Date(Date.UTC(2026, i, 1)));
  // 4 January 2026 is a Sunday.
  const days = Array.from({ length: 7 }, (_v, i) => new Date(Date.UTC(2026, 0, 4 + i)));
  return {
    months: months.map((d) => month('long').format(d)),
    // What the month picker shows; each button's name (formatMonth below) begins with it.
    shortMonths: months.map((d) => month('long').format(d).slice(0, 3)),
    days: days.map((d) => weekday('long').format(d)),
    shortDays: days.map((d) => weekday('narrow').format(d).toLocaleUpperCase(locale)),
  };
}

export function calendarStrings(language: Language, t: Translate): CalendarStrings {
  return {
    ...names(language),
    goToToday: t('dateGoToToday'),
    prevMonthAriaLabel: t('datePrevMonth'),
    nextMonthAriaLabel: t('dateNextMonth'),
    prevYearAriaLabel: t('datePrevYear'),
    nextYearAriaLabel: t('dateNextYear'),
    prevYearRangeAriaLabel: t('datePrevYearRange'),
    nextYearRangeAriaLabel: t('dateNextYearRange'),
    closeButtonAriaLabel: t('dateClose'),
    selectedDateFormatString: t('dateSelected'),
    todayDateFormatString: t('dateToday'),
    monthPickerHeaderAriaLabel: t('dateMonthPickerHeader'),
    yearPickerHeaderAriaLabel: t('dateYearPickerHeader'),
    weekNumberFormatString: t('dateWeekNumber'),
  };
}

/** The calendar's own texts (its heading, each day's name for a screen reader) in the locale's word order. */
export function calendarFormatting(language: Language): DateFormatting {
  const locale = LOCALES[language];
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
  return {
    formatDay: (date) => String(date.getDate()),
    // Only the month picker's buttons are named by this; a speech-input user says what is seen ("jan"), so the name
    // starts with the visible text and then gives the whole month (WCAG 2.5.3).
    formatMonth: (date, strings) => {
      const [short, long] = [strings.shortMonths[date.getMonth()] ?? '', strings.months[date.getMonth()] ?? ''];
      return short === long ? long : `${short}, ${long}`;
    },
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date) => long.format(date),
    formatMonthYear: (date) => monthYear.format(date),
  };
}
