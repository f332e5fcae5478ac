/** GET /api/record-settings: who a new report names as controller, and the DPO the record and exports show. */
export interface RecordSettingsResponse {
  controllerModel: 'unit' | 'municipality';
  municipalityName: string;
  sharedDpo?: { name: string; contact: string; sharedWith: string[] };
}
