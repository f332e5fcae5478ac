import type { Country } from '@prt/domain/deadlines/holidays';
import type { CalendarConfig } from '@prt/domain/deadlines/workingDays';

export interface TenantSettings {
  calendar: CalendarConfig;
  whistleblowerRetentionMonths: number;
}

/** Which tenants this deployment serves, and each one's deadline calendar. */
export interface Tenants {
  ids(): string[];
  settings(tenantId: string): TenantSettings;
}

export interface TenantSettingsOverride {
  country?: Country;
  extraClosedDays?: string[];
  openDays?: string[];
  whistleblowerRetentionMonths?: number;
}

/** Sweden's lag (2021:890) keeps whistleblower data at most two years after closure; Denmark sets its own period. */
export const DEFAULT_WHISTLEBLOWER_RETENTION_MONTHS = 24;

export function staticTenants(ids: string[], overrides: Record<string, TenantSettingsOverride>, defaultCountry: Country): Tenants {
  return {
    ids: () => ids,
    settings: (tenantId) => {
      const o = overrides[tenantId] ?? {};
      return {
        calendar: { country: o.country ?? defaultCountry, extraClosedDays: o.extraClosedDays ?? [], openDays: o.openDays ?? [] },
        whistleblowerRetentionMonths: o.whistleblowerRetentionMonths ?? DEFAULT_WHISTLEBLOWER_RETENTION_MONTHS,
      };
    },
  };
}
