import { danishCustomaryClosedDays, holidays, type Country } from './holidays.js';
import { addDays, weekday, type PlainDate } from './plainDate.js';

/** A tenant's calendar: its country's holidays, adjusted by days it closes or keeps open. */
export interface CalendarConfig {
  country: Country;
  extraClosedDays?: PlainDate[];
  openDays?: PlainDate[];
  timeZone?: string;
  /** Denmark: also close grundlovsdag, juleaftensdag and nytårsaftensdag (later deadlines; off by default). */
  danishCustomaryClosedDays?: boolean;
}

export class WorkingDayCalendar {
  readonly timeZone: string;
  private readonly closed: Set<PlainDate>;
  private readonly open: Set<PlainDate>;

  constructor(readonly config: CalendarConfig) {
    this.timeZone = config.timeZone ?? (config.country === 'DK' ? 'Europe/Copenhagen' : 'Europe/Stockholm');
    this.closed = new Set(config.extraClosedDays ?? []);
    this.open = new Set(config.openDays ?? []);
  }

  isWorkingDay(date: PlainDate): boolean {
    if (this.open.has(date)) return true;
    if (this.closed.has(date)) return false;
    const day = weekday(date);
    if (day === 0 || day === 6) return false;
    const year = Number(date.slice(0, 4));
    if (this.config.country === 'DK' && this.config.danishCustomaryClosedDays && danishCustomaryClosedDays(year).some(([d]) => d === date)) return false;
    return !holidays(this.config.country, year).has(date);
  }

  /** The date itself if it is a working day, else the next one (Regulation 1182/71 Art. 3(4)). */
  onOrAfter(date: PlainDate): PlainDate {
    let d = date;
    for (let i = 0; i < 30 && !this.isWorkingDay(d); i++) d = addDays(d, 1);
    return d;
  }
}
