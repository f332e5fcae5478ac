import { z } from 'zod';
import type { Country } from '@prt/domain/deadlines/holidays';
import { isPlainDate } from '@prt/domain/deadlines/plainDate';
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

export const COUNTRIES = ['SE', 'DK'] as const satisfies readonly Country[];

export const countrySchema = z.enum(COUNTRIES, { errorMap: () => ({ message: `must be one of ${COUNTRIES.join(', ')}` }) });

const plainDate = z.string({ invalid_type_error: 'must be a date YYYY-MM-DD' }).refine(isPlainDate, 'must be a date YYYY-MM-DD');

/** One tenant's entry in TENANT_SETTINGS; unknown keys are refused so a misspelt one does not go unnoticed. */
export const tenantSettingsOverrideSchema = z
  .object({
    country: countrySchema.optional(),
    extraClosedDays: z.array(plainDate, { invalid_type_error: 'must be a list of dates YYYY-MM-DD' }).optional(),
    openDays: z.array(plainDate, { invalid_type_error: 'must be a list of dates YYYY-MM-DD' }).optional(),
    whistleblowerRetentionMonths: z
      .number({ invalid_type_error: 'must be a whole number of months' })
      .int('must be a whole number of months')
      .min(1, 'must be at least 1 month')
      .max(120, 'must be at most 120 months')
      .optional(),
  })
  .strict();

export const tenantOverridesSchema = z.record(z.string(), tenantSettingsOverrideSchema, { invalid_type_error: 'must be a JSON object keyed by tenant id' });

export type TenantSettingsOverride = z.infer<typeof tenantSettingsOverrideSchema>;

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
