import type { RecordSettingsResponse } from '@prt/domain/api/recordSettings';
import type { Principal } from '@prt/domain/principal';
import type { Tenants } from '../tenants/tenantSettings.js';

/** The tenant's controller model and shared DPO, which every signed-in user's report form starts from. */
export function recordSettings(deps: { tenants: Tenants }, principal: Principal): RecordSettingsResponse {
  const { record } = deps.tenants.settings(principal.tenantId);
  return {
    controllerModel: record.controllerModel,
    municipalityName: record.municipalityName,
    ...(record.sharedDpo ? { sharedDpo: { ...record.sharedDpo, sharedWith: [...record.sharedDpo.sharedWith] } } : {}),
  };
}
