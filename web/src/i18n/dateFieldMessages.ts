import type { MessageTable } from './language.js';

// Month and day names come from Intl in the page's locale; these are the calendar's own words. {0} is the
// calendar's placeholder (a date, a year or a month), filled in by the calendar itself.
type Key =
  | 'dateGoToToday'
  | 'datePrevMonth'
  | 'dateNextMonth'
  | 'datePrevYear'
  | 'dateNextYear'
  | 'datePrevYearRange'
  | 'dateNextYearRange'
  | 'dateClose'
  | 'dateSelected'
  | 'dateToday'
  | 'dateMonthPickerHeader'
  | 'dateYearPickerHeader'
  | 'dateWeekNumber'
  | 'datePlaceholder'
  | 'timePlaceholder'
  | 'awareAtDate'
  | 'awareAtTime';

export const dateFieldMessages: MessageTable<Key> = {
  sv: {
    dateGoToToday: 'Gå till idag',
    datePrevMonth: 'Föregående månad',
    dateNextMonth: 'Nästa månad',
    datePrevYear: 'Föregående år',
    dateNextYear: 'Nästa år',
    datePrevYearRange: 'Föregående årsintervall',
    dateNextYearRange: 'Nästa årsintervall',
    dateClose: 'Stäng kalendern',
    dateSelected: 'Valt datum {0}',
    dateToday: 'Dagens datum {0}',
    dateMonthPickerHeader: '{0}, byt år',
    dateYearPickerHeader: '{0}, byt månad',
    dateWeekNumber: 'Vecka {0}',
    datePlaceholder: 'ÅÅÅÅ-MM-DD',
    timePlaceholder: 'TT:MM',
    awareAtDate: 'Datum',
    awareAtTime: 'Klockslag',
  },
  da: {
    dateGoToToday: 'Gå til i dag',
    datePrevMonth: 'Forrige måned',
    dateNextMonth: 'Næste måned',
    datePrevYear: 'Forrige år',
    dateNextYear: 'Næste år',
    datePrevYearRange: 'Forrige årsinterval',
    dateNextYearRange: 'Næste årsinterval',
    dateClose: 'Luk kalenderen',
    dateSelected: 'Valgt dato {0}',
    dateToday: 'Dagens dato {0}',
    dateMonthPickerHeader: '{0}, skift år',
    dateYearPickerHeader: '{0}, skift måned',
    dateWeekNumber: 'Uge {0}',
    datePlaceholder: 'DD.MM.ÅÅÅÅ',
    timePlaceholder: 'TT:MM',
    awareAtDate: 'Dato',
    awareAtTime: 'Klokkeslæt',
  },
  en: {
    dateGoToToday: 'Go to today',
    datePrevMonth: 'Previous month',
    dateNextMonth: 'Next month',
    datePrevYear: 'Previous year',
    dateNextYear: 'Next year',
    datePrevYearRange: 'Previous range of years',
    dateNextYearRange: 'Next range of years',
    dateClose: 'Close the calendar',
    dateSelected: 'Selected date {0}',
    dateToday: "Today's date {0}",
    dateMonthPickerHeader: '{0}, change year',
    dateYearPickerHeader: '{0}, change month',
    dateWeekNumber: 'Week {0}',
    datePlaceholder: 'DD/MM/YYYY',
    timePlaceholder: 'HH:MM',
    awareAtDate: 'Date',
    awareAtTime: 'Time',
  },
};
