import { z } from 'zod';
import type { Country } from '@prt/domain/deadlines/holidays';
import { isPlainDate } from '@prt/domain/deadlines/plainDate';
import type { CalendarConfig } from '@prt/domain/deadlines/workingDays';
import { DEFAULT_CASE_FIELD_POLICY, type CaseFieldPolicy } from '@prt/domain/deadlines/caseInput';
import { CASE_TYPES, type CaseType } from '@prt/domain/deadlines/cases';

export interface TenantSettings {
  calendar: CalendarConfig;
  whistleblowerRetentionMonths: number;
  /** How long a closed data-subject request or breach stays searchable before the timer deletes it. */
  closedCaseRetentionMonths: number;
  /** The form of case numbers and the list of units case fields accept. */
  caseFields: CaseFieldPolicy;
  /** The tenant's own Entra groups for the roles; absent when TENANT_SETTINGS names none for it. */
  roleGroups?: { dpo?: string; whistleblowerHandler?: string; dsrHandler?: string; admin?: string };
  /** Where notifications go: the bot's personal chat (default), the Teams activity feed, or both. */
  notificationChannel: NotificationChannel;
  /** Who is controller in this municipality's register, and the DPO it may share with others. */
  record: RecordSettings;
}

/**
 * "unit": each nämnd/styrelse is its own controller (SKR's guidance for Swedish municipalities); "municipality":
 * the municipality as a whole is (the Danish model). It decides the controller a new report starts with.
 */
export const CONTROLLER_MODELS = ['unit', 'municipality'] as const;
export type ControllerModel = (typeof CONTROLLER_MODELS)[number];

export interface SharedDpo {
  name: string;
  contact: string;
  /** The other municipalities (or kommunalförbund) that appointed the same DPO (Art. 37(3)). */
  sharedWith: string[];
}

export interface RecordSettings {
  controllerModel: ControllerModel;
  /** The legal entity, e.g. "Exempelby kommun"; the controller under the municipality model. */
  municipalityName: string;
  sharedDpo?: SharedDpo;
}

/** Sweden's municipalities follow SKR (the nämnd is controller); Denmark's the municipality as one controller. */
export function defaultControllerModel(country: Country): ControllerModel {
  return country === 'DK' ? 'municipality' : 'unit';
}

/** Where a tenant's notifications go (TENANT_SETTINGS notificationChannel). */
export const NOTIFICATION_CHANNELS = ['chat', 'activityFeed', 'both'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Which tenants this deployment serves, and each one's deadline calendar. */
export interface Tenants {
  ids(): string[];
  settings(tenantId: string): TenantSettings;
}

export const COUNTRIES = ['SE', 'DK'] as const satisfies readonly Country[];

export const countrySchema = z.enum(COUNTRIES, { errorMap: () => ({ message: `must be one of ${COUNTRIES.join(', ')}` }) });

const plainDate = z.string({ invalid_type_error: 'must be a date YYYY-MM-DD' }).refine(isPlainDate, 'must be a date YYYY-MM-DD');

const months = z
  .number({ invalid_type_error: 'must be a whole number of months' })
  .int('must be a whole number of months')
  .min(1, 'must be at least 1 month')
  .max(120, 'must be at most 120 months');

/** A regular expression a case number must match in full, and an example users are shown. */
const caseNumberPattern = z
  .object({
    regex: z.string().refine((r) => {
      try {
        new RegExp(r, 'u');
        return true;
      } catch {
        return false;
      }
    }, 'must be a valid regular expression'),
    example: z.string().min(1),
  })
  .strict()
  .refine((p) => new RegExp(p.regex, 'u').test(p.example), 'the example must match the regex');

/** One tenant's entry in TENANT_SETTINGS; unknown keys are refused so a misspelt one does not go unnoticed. */
export const tenantSettingsOverrideSchema = z
  .object({
    country: countrySchema.optional(),
    extraClosedDays: z.array(plainDate, { invalid_type_error: 'must be a list of dates YYYY-MM-DD' }).optional(),
    openDays: z.array(plainDate, { invalid_type_error: 'must be a list of dates YYYY-MM-DD' }).optional(),
    whistleblowerRetentionMonths: months.optional(),
    closedCaseRetentionMonths: months.optional(),
    /** Denmark: also close grundlovsdag, juleaftensdag, nytårsaftensdag (later deadlines than the statutory reading). */
    danishCustomaryClosedDays: z.boolean({ invalid_type_error: 'must be true or false' }).optional(),
    units: z.array(z.string().trim().min(1, 'must not be blank').max(200), { invalid_type_error: 'must be a list of unit names' }).optional(),
    caseNumberPattern: z.record(z.enum(CASE_TYPES), caseNumberPattern, { invalid_type_error: 'must be an object keyed by case type' }).optional(),
    notificationChannel: z.enum(NOTIFICATION_CHANNELS, { errorMap: () => ({ message: `must be one of ${NOTIFICATION_CHANNELS.join(', ')}` }) }).optional(),
    roleGroups: z
      .object({
        dpo: z.string().min(1, 'must be a group object id').optional(),
        whistleblowerHandler: z.string().min(1, 'must be a group object id').optional(),
        dsrHandler: z.string().min(1, 'must be a group object id').optional(),
        admin: z.string().min(1, 'must be a group object id').optional(),
      })
      .strict()
      .optional(),
    controllerModel: z.enum(CONTROLLER_MODELS, { errorMap: () => ({ message: `must be one of ${CONTROLLER_MODELS.join(', ')}` }) }).optional(),
    municipalityName: z.string().trim().min(1, 'must not be blank').max(300).optional(),
    sharedDpo: z
      .object({
        name: z.string().trim().min(1, 'must not be blank').max(300),
        contact: z.string().trim().min(1, 'must not be blank').max(500),
        sharedWith: z.array(z.string().trim().min(1, 'must not be blank').max(300), { invalid_type_error: 'must be a list of municipality names' }).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();

export const TENANT_SETTING_KEYS = Object.keys(tenantSettingsOverrideSchema.shape);

export const tenantOverridesSchema = z.record(z.string(), tenantSettingsOverrideSchema, { invalid_type_error: 'must be a JSON object keyed by tenant id' });

export type TenantSettingsOverride = z.infer<typeof tenantSettingsOverrideSchema>;

/** A closed request or breach stays findable three years (the period a complaint to the authority is likely in). */
export const DEFAULT_CLOSED_CASE_RETENTION_MONTHS = 36;

function caseFieldPolicy(o: TenantSettingsOverride): CaseFieldPolicy {
  const pattern = { ...DEFAULT_CASE_FIELD_POLICY.caseNumberPattern };
  const example = { ...DEFAULT_CASE_FIELD_POLICY.caseNumberExample };
  for (const type of CASE_TYPES as readonly CaseType[]) {
    const p = o.caseNumberPattern?.[type];
    if (p) {
      pattern[type] = p.regex;
      example[type] = p.example;
    }
  }
  return { caseNumberPattern: pattern, caseNumberExample: example, units: o.units ?? [] };
}

/** The breach authority follows the municipality's country, never the language the tab is read in. */
export function breachAuthority(settings: Pick<TenantSettings, 'calendar'>): 'IMY' | 'Datatilsynet' {
  return settings.calendar.country === 'DK' ? 'Datatilsynet' : 'IMY';
}

/** Sweden's lag (2021:890) keeps whistleblower data at most two years after closure; Denmark sets its own period. */
export const DEFAULT_WHISTLEBLOWER_RETENTION_MONTHS = 24;

export function staticTenants(ids: string[], overrides: Record<string, TenantSettingsOverride>, defaultCountry: Country): Tenants {
  return {
    ids: () => ids,
    settings: (tenantId) => {
      const o = overrides[tenantId] ?? {};
      return {
        calendar: {
          country: o.country ?? defaultCountry,
          extraClosedDays: o.extraClosedDays ?? [],
          openDays: o.openDays ?? [],
          danishCustomaryClosedDays: o.danishCustomaryClosedDays ?? false,
        },
        whistleblowerRetentionMonths: o.whistleblowerRetentionMonths ?? DEFAULT_WHISTLEBLOWER_RETENTION_MONTHS,
        closedCaseRetentionMonths: o.closedCaseRetentionMonths ?? DEFAULT_CLOSED_CASE_RETENTION_MONTHS,
        caseFields: caseFieldPolicy(o),
        ...(o.roleGroups ? { roleGroups: o.roleGroups } : {}),
        notificationChannel: o.notificationChannel ?? 'chat',
        record: {
          controllerModel: o.controllerModel ?? defaultControllerModel(o.country ?? defaultCountry),
          municipalityName: o.municipalityName ?? '',
          ...(o.sharedDpo ? { sharedDpo: o.sharedDpo } : {}),
        },
      };
    },
  };
}
